from h8 import *
DOC = "46_yikang_pg_definitions.md"; TIER = 3
TOPIC = "Jekyll post: trajectory distribution, RL objective as a sum of per-step expectations, Q and V"
NOTES = "finite horizon T; p_theta(tau) = p(s_1) prod pi_theta(a_t|s_t) p(s_{t+1}|s_t, a_t)"
STEPS = [
    S(6, "not-an-identity", "trajectory distribution (naming)"),
    S(6, "not-an-identity", "trajectory distribution (definition)"),
    S(12, "not-an-identity", "optimal parameter (definition)"),
    S(13, "valid", "linearity of expectation: E[sum_t r] = sum_t E_{(s_t, a_t)}[r] (the objectives agree, so the argmax does)",
      ok=lambda r: (lambda p1, P, R, phi, th: (Jmdp(p1, P, R, phi, th),
                                               sum(pr * R[t[0], t[1]] for pr, t in trajs(p1, P, phi, th)) + sum(pr * R[t[2], t[3]] for pr, t in trajs(p1, P, phi, th))))(*mdp(r))),
    S(19, "valid", "state-action pairs form a Markov chain", ok=lambda r: (lambda p1, P, R, phi, th: (
        sum(pr for pr, t in trajs(p1, P, phi, th) if t[:3] == (0, 1, 1) and t[3] == 0) / sum(pr for pr, t in trajs(p1, P, phi, th) if t[:2] == (0, 1)),
        P[0, 1, 1] * pol(phi, th, 1)[0]))(*mdp(r))),
    S(24, "not-an-identity", "Q (definition)"),
    S(33, "not-an-identity", "V (definition)"),
    S(34, "valid", "V = E_{a ~ pi}[Q]", ok=lambda r: (lambda p1, P, R, phi, th: (
        sum(pol(phi, th, 0)[a] * (R[0, a] + sum(P[0, a, s2] * (pol(phi, th, s2) * R[s2]).sum() for s2 in range(2))) for a in range(2)),
        (pol(phi, th, 0) * np.array([R[0, a] + sum(P[0, a, s2] * (pol(phi, th, s2) * R[s2]).sum() for s2 in range(2)) for a in range(2)])).sum()))(*mdp(r))),
]
CLAIMS = []
