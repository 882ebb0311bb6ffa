from h8 import *
DOC = "47_yikang_reinforce.md"; TIER = 3
TOPIC = "Jekyll post: REINFORCE, grad J = E[grad log p_theta(tau) r(tau)] = E[(sum grad log pi)(sum r)]"
NOTES = "r(tau) = sum_t r(s_t, a_t); dynamics independent of theta"


def _g(p1, P, R, phi, th):
    tot = 0.0
    for pr, t in trajs(p1, P, phi, th):
        gl = sum(d(lambda u: np.log(pol(phi, u, s)[a]), th) for s, a in ((t[0], t[1]), (t[2], t[3])))
        tot += pr * gl * (R[t[0], t[1]] + R[t[2], t[3]])
    return tot


def _lp(p1, P, phi, th, t):
    return np.log(p1[t[0]] * pol(phi, th, t[0])[t[1]] * P[t[0], t[1], t[2]] * pol(phi, th, t[2])[t[3]])


V = lambda fn: (lambda r: fn(*mdp(r)))
STEPS = [
    S(8, "not-an-identity", "objective (definition)"),
    S(9, "valid", "expectation as an integral (sum over trajectories)", ok=V(lambda p1, P, R, phi, th: (Jmdp(p1, P, R, phi, th), sum(pr * (R[t[0], t[1]] + R[t[2], t[3]]) for pr, t in trajs(p1, P, phi, th))))),
    S(14, "not-an-identity", "r(tau) (definition)", outside_display=True),
    S(18, "valid", "gradient of the objective", ok=V(lambda p1, P, R, phi, th: (d(lambda u: Jmdp(p1, P, R, phi, u), th), d(lambda u: sum(pr * (R[t[0], t[1]] + R[t[2], t[3]]) for pr, t in trajs(p1, P, phi, u)), th)))),
    S(19, "valid", "differentiate under the integral", ok=V(lambda p1, P, R, phi, th: (d(lambda u: Jmdp(p1, P, R, phi, u), th),
                                                                                      sum(d(lambda u: dict((t, pr) for pr, t in trajs(p1, P, phi, u))[t0], th) * (R[t0[0], t0[1]] + R[t0[2], t0[3]]) for _, t0 in trajs(p1, P, phi, th))))),
    S(20, "valid", "grad p = p grad log p", ok=V(lambda p1, P, R, phi, th: (d(lambda u: Jmdp(p1, P, R, phi, u), th),
                                                                          sum(pr * d(lambda u: _lp(p1, P, phi, u, t), th) * (R[t[0], t[1]] + R[t[2], t[3]]) for pr, t in trajs(p1, P, phi, th))))),
    S(21, "valid", "as an expectation", ok=V(lambda p1, P, R, phi, th: (sum(pr * d(lambda u: _lp(p1, P, phi, u, t), th) * (R[t[0], t[1]] + R[t[2], t[3]]) for pr, t in trajs(p1, P, phi, th)),
                                                                      sum(pr * d(lambda u: _lp(p1, P, phi, u, t), th) * (R[t[0], t[1]] + R[t[2], t[3]]) for pr, t in trajs(p1, P, phi, th))))),
    S(22, "valid", "grad log p_theta(tau) = sum_t grad log pi (dynamics free of theta)", ok=V(lambda p1, P, R, phi, th: (d(lambda u: Jmdp(p1, P, R, phi, u), th), _g(p1, P, R, phi, th)))),
    S(23, "not-an-identity", "Monte Carlo approximation"),
]
CLAIMS = [(18, 22, "valid", "REINFORCE gradient")]
