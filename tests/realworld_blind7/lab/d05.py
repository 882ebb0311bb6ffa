from h8 import *
DOC = "05_maxentjl_learning_rule_tm.md"; TIER = 1
TOPIC = "TeXmacs (.tm) source: EBM learning rule dL/dtheta = E_pD[dE] - E_pE[dE]; effective energy; latent learning rule"
NOTES = "TeXmacs markup (<frac|..|..>, <big|int>, \\<partial\\>); L = -int p_D ln p_E; p_E = e^{-E}/int e^{-E}"


def _L(E, pD, t):
    return -(pD * np.log(pE(E, t))).sum()


def _g(r):
    E, t, pD = ebm(r)
    dE = d(E, t)
    return E, t, pD, dE


def _lat(r):
    E, t, pD = lat(r)
    return E, t, pD


def _peff(E, t):
    w = np.exp(-E(t)).sum(1); return w / w.sum()


def _Eeff(E, t):
    return -np.log(np.exp(-E(t)).sum(1))


def _latL(E, t, pD):
    return -(pD * np.log(_peff(E, t))).sum()


def _post(E, t):
    w = np.exp(-E(t)); return w / w.sum(1, keepdims=True)


def _joint(E, t):
    w = np.exp(-E(t)); return w / w.sum()


STEPS = [
    S(11, "valid", "L = int p_D E + ln Z, dL = E_pD[dE] - E_pE[dE]",
      ok=lambda r: (lambda E, t, pD, dE: (d(lambda s: _L(E, pD, s), t), (pD * dE).sum() - (pE(E, t) * dE).sum()))(*_g(r))),
    S(19, "valid", "the same in expectation notation",
      ok=lambda r: (lambda E, t, pD, dE: (d(lambda s: _L(E, pD, s), t), (pD * dE).sum() - (pE(E, t) * dE).sum()))(*_g(r))),
    S(36, "not-an-identity", "effective energy (definition)"),
    S(49, "valid", "marginal of the joint Gibbs distribution is Gibbs of E_eff",
      ok=lambda r: (lambda E, t, pD: (_peff(E, t)[0], np.exp(-_Eeff(E, t))[0] / np.exp(-_Eeff(E, t)).sum()))(*_lat(r))),
    S(58, "valid", "dE_eff/dtheta = E_{p(h|v)}[dE]",
      ok=lambda r: (lambda E, t, pD: (d(lambda s: _Eeff(E, s), t)[1], (_post(E, t) * d(E, t))[1].sum()))(*_lat(r))),
    S(73, "valid", "latent learning rule: data-clamped posterior phase minus joint phase",
      ok=lambda r: (lambda E, t, pD: (d(lambda s: _latL(E, s, pD), t),
                                      (pD[:, None] * _post(E, t) * d(E, t)).sum() - (_joint(E, t) * d(E, t)).sum()))(*_lat(r))),
    S(82, "valid", "the same in expectation notation",
      ok=lambda r: (lambda E, t, pD: (d(lambda s: _latL(E, s, pD), t),
                                      (pD[:, None] * _post(E, t) * d(E, t)).sum() - (_joint(E, t) * d(E, t)).sum()))(*_lat(r))),
]
CLAIMS = [(11, 19, "valid", "learning rule"), (73, 82, "valid", "learning rule with latents")]
