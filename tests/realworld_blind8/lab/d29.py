from em import *
DOC = "29_weize_em_convergence.md"; TIER = 3
TOPIC = "Chinese notes: EM monotonicity, log-likelihood = L - H, Jensen on the H difference (\\because / \\therefore rows, \\\\ rows without alignment)"
NOTES = "Q^(t) = P(z|x; theta^(t)); one data point; theta^(t+1) the argmax of L(., theta^(t)) over a grid"


def _i(r):
    jt = model(r); t0 = float(r.uniform(-1, 1)); Q = post(jt, t0)
    t1 = TH[int(np.argmax([np.sum(Q * np.log(jt(u))) for u in TH]))]
    return jt, Q, t0, t1


def _L(jt, Q, t):
    return np.sum(Q * np.log(jt(t)))


def _H(jt, Q, t):
    return np.sum(Q * np.log(post(jt, t)))


STEPS = [
    S(3, "not-an-identity", "L(theta, theta^(t)) (definition)"),
    S(4, "not-an-identity", "H(theta, theta^(t)) (definition)"),
    S(8, "valid", "log P(x) = L - H (sum Q = 1, Bayes)", ok=lambda r: (lambda jt, Q, t0, t1: (np.log(jt(t1).sum()), _L(jt, Q, t1) - _H(jt, Q, t1)))(*_i(r))),
    S(10, "valid", "difference of line 8 at theta^(t+1) and theta^(t)",
      ok=lambda r: (lambda jt, Q, t0, t1: (np.log(jt(t1).sum()) - np.log(jt(t0).sum()), (_L(jt, Q, t1) - _L(jt, Q, t0)) - (_H(jt, Q, t1) - _H(jt, Q, t0))))(*_i(r))),
    S(14, "valid", "theta^(t+1) maximises L(., theta^(t))", ok=lambda r: (lambda jt, Q, t0, t1: (float(_L(jt, Q, t1) - _L(jt, Q, t0) >= -1e-12), 1.0))(*_i(r))),
    S(19, "valid", "H written out", ok=lambda r: (lambda jt, Q, t0, t1: (_H(jt, Q, t1) - _H(jt, Q, t0), np.sum(Q * np.log(post(jt, t1))) - np.sum(Q * np.log(post(jt, t0)))))(*_i(r))),
    S(21, "valid", "difference of logs", ok=lambda r: (lambda jt, Q, t0, t1: (_H(jt, Q, t1) - _H(jt, Q, t0), np.sum(Q * np.log(post(jt, t1) / post(jt, t0)))))(*_i(r))),
    S(22, "valid", "Jensen", ok=lambda r: (lambda jt, Q, t0, t1: (float(np.sum(Q * np.log(post(jt, t1) / post(jt, t0))) <= np.log(np.sum(Q * post(jt, t1) / post(jt, t0))) + 1e-12), 1.0))(*_i(r))),
    S(23, "valid", "Q^(t) = P(z|x; theta^(t))", ok=lambda r: (lambda jt, Q, t0, t1: (np.log(np.sum(Q * post(jt, t1) / post(jt, t0))), np.log(np.sum(Q * post(jt, t1) / Q))))(*_i(r))),
    S(24, "valid", "the posterior sums to 1", ok=lambda r: (lambda jt, Q, t0, t1: (np.log(np.sum(Q * post(jt, t1) / Q)), 0.0))(*_i(r))),
    S(28, "valid", "lines 14 and 24", ok=lambda r: (lambda jt, Q, t0, t1: (float((_L(jt, Q, t1) - _L(jt, Q, t0)) - (_H(jt, Q, t1) - _H(jt, Q, t0)) >= -1e-12), 1.0))(*_i(r))),
]
CLAIMS = [(8, 28, "valid", "the log-likelihood does not decrease")]
