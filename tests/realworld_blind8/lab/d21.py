from em import *
DOC = "21_weize_em.md"; TIER = 3
TOPIC = "Chinese notes: EM by Jensen on argmax rows (an inequality between two argmaxes), posterior as the equality case, log-likelihood decomposition"
NOTES = "one data point (the sum over i has one term); Q any distribution over z; Q^(t) the posterior at theta^(t); rows separated by \\\\ without alignment"


def _i(r):
    jt = model(r); Q = r.dirichlet(np.ones(3)); return jt, Q, r.uniform(-1, 1)


def _cx():
    # search a fixed seed for a model where the maximiser of the bound is below the maximiser of the objective
    g = np.random.default_rng(5)
    for _ in range(200):
        jt = model(g); Q = g.dirichlet(np.ones(3))
        a = TH[np.argmax([np.log(jt(u).sum()) for u in TH])]; b = TH[np.argmax([Hb(jt, u, Q) for u in TH])]
        if a < b - .05:
            return a, b
    return 0.0, 0.0


STEPS = [
    S(4, "valid", "multiply and divide by Q: the same objective, the same argmax",
      ok=lambda r: (lambda jt, Q, t: (np.argmax([np.log(jt(u).sum()) for u in TH]), np.argmax([np.log(np.sum(Q * jt(u) / Q)) for u in TH])))(*_i(r))),
    S(5, "either", "reading A: the maximised values (Jensen: max of the objective >= max of the bound), valid; reading B: the maximisers as written "
      "(arg max >= arg max): a model and Q (seed 5 search) where the bound's maximiser exceeds the objective's: the row's >= fails",
      ok=lambda r: (lambda jt, Q, t: (float(max(np.log(jt(u).sum()) for u in TH) >= max(Hb(jt, u, Q) for u in TH) - 1e-12), 1.0))(*_i(r)),
      cx=lambda: (float(_cx()[0] >= _cx()[1]), 1.0)),
    S(13, "not-an-identity", "Q chosen as the equality case (P/Q constant), normalised"),
    S(14, "valid", "Bayes", ok=lambda r: (lambda jt, Q, t: (jt(t) / jt(t).sum(), post(jt, t)))(*_i(r))),
    S(21, "not-an-identity", "the inequality to be shown"),
    S(26, "valid", "sum_z Q = 1", ok=lambda r: (lambda jt, Q, t: (np.log(jt(t).sum()), np.sum(Q * np.log(jt(t).sum()))))(*_i(r))),
    S(27, "valid", "P(x) = P(x,z)/P(z|x)", ok=lambda r: (lambda jt, Q, t: (np.sum(Q * np.log(jt(t).sum())), np.sum(Q * np.log(jt(t) / post(jt, t)))))(*_i(r))),
    S(29, "valid", "log of the quotient split (a parenthesis left open)", ok=lambda r: (lambda jt, Q, t: (np.sum(Q * np.log(jt(t) / post(jt, t))), np.sum(Q * np.log(jt(t))) - np.sum(Q * np.log(post(jt, t)))))(*_i(r))),
]
CLAIMS = [(25, 29, "valid", "log P(x) = sum Q log P(x,z) - sum Q log P(z|x)")]
