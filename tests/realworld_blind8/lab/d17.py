from em import *
DOC = "17_icecream_em_bound.md"; TIER = 3
TOPIC = "Hexo post in Chinese: EM lower bound by Jensen, equality at the posterior, the M step as an argmax; \\because/\\therefore rows"
NOTES = "L(theta) = log P(Y|theta); H(theta, Q) the lower bound; theta_bar, theta_hat two parameter values; checked on a model with Z in {0,1,2} and theta on a grid"


def _i(r):
    jt = model(r); Q = r.dirichlet(np.ones(3)); return jt, Q, r.uniform(-1, 1), r.uniform(-1, 1)


def _Lg(jt, t):
    return np.log(jt(t).sum())


def _same_post():       # P(Y,Z|t) = P(Y|t) Q0(Z): the posterior does not depend on t
    Q0 = np.array([.2, .3, .5]); return lambda t: Q0 * (0.5 + 0.4 * np.tanh(t))


_js = _same_post()

STEPS = [
    S(4, "not-an-identity", "log-likelihood (definition)"),
    S(4, "valid", "marginal over Z", ok=lambda r: (lambda jt, Q, t, s: (_Lg(jt, t), np.log(np.sum(jt(t)))))(*_i(r))),
    S(12, "valid", "line 4 restated", ok=lambda r: (lambda jt, Q, t, s: (_Lg(jt, t), np.log(np.sum(jt(t)))))(*_i(r))),
    S(13, "valid", "multiply and divide by Q(Z)", ok=lambda r: (lambda jt, Q, t, s: (np.log(np.sum(jt(t))), np.log(np.sum(Q * jt(t) / Q))))(*_i(r))),
    S(14, "valid", "Jensen (log concave)", ok=lambda r: (lambda jt, Q, t, s: (float(np.log(np.sum(Q * jt(t) / Q)) >= Hb(jt, t, Q) - 1e-12), 1.0))(*_i(r))),
    S(15, "not-an-identity", "H(theta, Q) named (definition)"),
    S(25, "valid", "equality of Jensen at Q = posterior", ok=lambda r: (lambda jt, Q, t, s: (_Lg(jt, t), Hb(jt, t, post(jt, t))))(*_i(r))),
    S(26, "either", "reading A: the posteriors at theta_hat and theta_bar differ (the text's case 'otherwise' of eq. 6): strict inequality (valid); "
      "reading B: theta_hat != theta_bar alone: a model whose posterior does not depend on theta, P(Y,Z|t) = (0.5 + 0.4 tanh t) Q0(Z): "
      "theta_bar = 0.5, theta_hat = -0.5: L(theta_bar) = H(theta_bar, P(Z|Y,theta_hat)) = -0.5089, equality, not >",
      ok=lambda r: (lambda jt, Q, t, s: (float(_Lg(jt, t) > Hb(jt, t, post(jt, s))), 1.0))(*_i(r)),
      cx=lambda: (float(_Lg(_js, .5) > Hb(_js, .5, post(_js, -.5)) + 1e-12), 1.0)),
    S(27, "either", "follows from lines 25 and 26: as line 26 (reading A valid; reading B the same counterexample gives equality)",
      ok=lambda r: (lambda jt, Q, t, s: (float(Hb(jt, t, post(jt, t)) > Hb(jt, t, post(jt, s))), 1.0))(*_i(r)),
      cx=lambda: (float(Hb(_js, .5, post(_js, .5)) > Hb(_js, .5, post(_js, -.5)) + 1e-12), 1.0)),
    S(35, "not-an-identity", "theta_bar defined as an argmax"),
    S(36, "valid", "H written out", ok=lambda r: (lambda jt, Q, t, s: (np.argmax([Hb(jt, u, post(jt, s)) for u in TH]), np.argmax([np.sum(post(jt, s) * np.log(jt(u) / post(jt, s))) for u in TH])))(*_i(r))),
    S(37, "valid", "the term -sum P log P(Z|Y,theta_hat) is free of theta: same argmax", ok=lambda r: (lambda jt, Q, t, s: (np.argmax([Hb(jt, u, post(jt, s)) for u in TH]), np.argmax([np.sum(post(jt, s) * np.log(jt(u))) for u in TH])))(*_i(r))),
    S(38, "valid", "the sum is an expectation", ok=lambda r: (lambda jt, Q, t, s: (np.argmax([np.sum(post(jt, s) * np.log(jt(u))) for u in TH]), np.argmax([np.sum(post(jt, s) * np.log(jt(u))) for u in TH])))(*_i(r))),
    S(39, "valid", "the argmax is at least as good as theta_hat",
      ok=lambda r: (lambda jt, Q, t, s: (float(max(Hb(jt, u, post(jt, s)) for u in TH) >= Hb(jt, s, post(jt, s)) - 1e-9), 1.0))(*_i(r))),
]
CLAIMS = [(12, 15, "valid", "L(theta) >= H(theta, Q)")]
