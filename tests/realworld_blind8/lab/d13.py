from ddpm import *
DOC = "13_dengwei_ddpm_vlb.md"; TIER = 3
TOPIC = "Jekyll post in Chinese: DDPM negative log-likelihood bound and the VLB split into KL terms (telescoping by Bayes)"
NOTES = "q the forward Markov chain, p_theta the reverse model; checked on a chain with T = 3 binary steps (all kernels random); " \
        "E_q over x_{0:T} ~ q; L_T, L_{t-1}, L_0 named by underbraces on line 21"


def _fx0(r):
    c = chain(r); q0, Q, pT, P, T, K = c
    x0 = int(r.integers(0, K))
    ps = [x for x in paths(T, K) if x[0] == x0]
    px0 = sum(p_joint(x, pT, P) for x in ps)
    return c, x0, ps, px0


def _r(which):
    def f(r):
        (q0, Q, pT, P, T, K), x0, ps, px0 = _fx0(r)
        qc = np.array([q_cond(x, Q) for x in ps]); pj = np.array([p_joint(x, pT, P) for x in ps])
        kl = np.sum(qc * np.log(qc / (pj / px0)))
        R = {5: -np.log(px0), 55: -np.log(px0) + kl, 6: -np.log(px0) + np.sum(qc * np.log(qc / (pj / px0))),
             7: -np.log(px0) + np.sum(qc * (np.log(qc / pj) + np.log(px0))), 8: np.sum(qc * np.log(qc / pj))}
        return R[which[0]], R[which[1]]
    return f


def _vlb_rows(r):
    q0, Q, pT, P, T, K = chain(r)
    rows = {k: 0.0 for k in (14, 15, 16, 17, 18, 19, 20, 21)}
    qT0 = lambda t, a, b: q_t_given_0(t, a, b, Q, K)
    for x in paths(T, K):
        w = q_joint(x, q0, Q); x0 = x[0]
        lp = lambda t: np.log(P[t][x[t], x[t - 1]])
        lq = lambda t: np.log(Q[t][x[t - 1], x[t]])
        # q(x_{t-1}|x_t, x_0) by Bayes
        qpost = lambda t: Q[t][x[t - 1], x[t]] * qT0(t - 1, x0, x[t - 1]) / qT0(t, x0, x[t])
        rows[14] += w * np.log(q_cond(x, Q) / p_joint(x, pT, P))
        rows[15] += w * np.log(np.prod([Q[t][x[t - 1], x[t]] for t in range(1, T + 1)]) / (pT[x[T]] * np.prod([P[t][x[t], x[t - 1]] for t in range(1, T + 1)])))
        rows[16] += w * (-np.log(pT[x[T]]) + sum(lq(t) - lp(t) for t in range(1, T + 1)))
        rows[17] += w * (-np.log(pT[x[T]]) + sum(lq(t) - lp(t) for t in range(2, T + 1)) + lq(1) - lp(1))
        rows[18] += w * (-np.log(pT[x[T]]) + sum(lq(t) - lp(t) for t in range(2, T + 1)) + lq(1) - lp(1))   # q(x_t|x_{t-1},x_0) = q(x_t|x_{t-1})
        rows[19] += w * (-np.log(pT[x[T]]) + sum(np.log(qpost(t) / P[t][x[t], x[t - 1]] * qT0(t, x0, x[t]) / qT0(t - 1, x0, x[t - 1])) for t in range(2, T + 1)) + lq(1) - lp(1))
        rows[20] += w * (np.log(qT0(T, x0, x[T]) / pT[x[T]]) + sum(np.log(qpost(t) / P[t][x[t], x[t - 1]]) for t in range(2, T + 1)) - lp(1))
    # line 21: KL terms averaged over q (x_0 for L_T; (x_0, x_t) for L_{t-1}), minus E_q log p(x_0|x_1)
    r21 = 0.0
    for x0 in range(K):
        r21 += q0[x0] * sum(q_t_given_0(T, x0, b, Q, K) * np.log(q_t_given_0(T, x0, b, Q, K) / pT[b]) for b in range(K))
        for t in range(2, T + 1):
            for xt in range(K):
                wq = q0[x0] * q_t_given_0(t, x0, xt, Q, K)
                post = np.array([Q[t][a, xt] * q_t_given_0(t - 1, x0, a, Q, K) for a in range(K)]) / q_t_given_0(t, x0, xt, Q, K)
                r21 += wq * np.sum(post * np.log(post / P[t][xt, :]))
    for x in paths(T, K):
        r21 -= q_joint(x, q0, Q) * np.log(P[1][x[1], x[0]])
    rows[21] = r21
    return rows


def _v(a, b):
    return lambda r: (lambda R: (R[a], R[b]))(_vlb_rows(r))


STEPS = [
    S(5, "valid", "KL >= 0", ok=lambda r: (lambda a, b: (float(a <= b + 1e-12), 1.0))(*_r((5, 55))(r))),
    S(6, "valid", "p(x_{1:T}|x_0) = p(x_{0:T})/p(x_0) in the KL", ok=_r((55, 6))),
    S(7, "valid", "log of the quotient split", ok=_r((6, 7))),
    S(8, "valid", "E_q[log p(x_0)] = log p(x_0) cancels", ok=_r((7, 8))),
    S(14, "not-an-identity", "L_VLB (definition, restated from the prose)"),
    S(15, "valid", "Markov factorisations of q and p_theta", ok=_v(14, 15)),
    S(16, "valid", "log of products", ok=_v(15, 16)),
    S(17, "valid", "the t = 1 term split off", ok=_v(16, 17)),
    S(18, "valid", "Markov property q(x_t|x_{t-1}) = q(x_t|x_{t-1}, x_0)", ok=_v(17, 18)),
    S(19, "valid", "Bayes for q(x_t|x_{t-1}, x_0)", ok=_v(18, 19)),
    S(20, "valid", "telescoping sum of log q(x_t|x_0)/q(x_{t-1}|x_0)", ok=_v(19, 20)),
    S(21, "valid", "the terms' expectations are KL divergences (tower property)", ok=_v(20, 21)),
    S(22, "valid", "the underbraced terms renamed", ok=_v(21, 21)),
]
CLAIMS = [(14, 22, "valid", "L_VLB = E_q[L_T + sum L_{t-1} - L_0]")]
