from h8 import *
DOC = "07_sbm_ebm_learning_rule_tm.md"; TIER = 1
TOPIC = "TeXmacs: EBM definition, entropy, learning rule and its proof (three sign slips), effective energy"
NOTES = "p_E = e^{-E}/int e^{-E}; L := -int p_D ln p_E (inline, lines 89-91); Z = int e^{-E} (used, not defined)"


def _g(r):
    E, t, pD = ebm(r); return E, t, pD, d(E, t)


def _L(E, pD, t):
    return -(pD * np.log(pE(E, t))).sum()


def _Zl(E, t):
    return np.exp(-E(t)).sum()


E2 = lambda t: np.array([t, 0.0])

STEPS = [
    S(10, "not-an-identity", "EBM (definition)"),
    S(31, "invalid", "entropy of p_E is E_p[E] + ln Z, not E_p[E] - ln Z: two states, E = (0, 0): H = ln 2 = 0.693, row gives 0 - ln 2 = -0.693",
      cx=lambda: (Sgibbs([.5, .5]), 0.0 - np.log(2.0))),
    S(54, "valid", "conditional of a Gibbs distribution",
      ok=lambda r: (lambda Ev: ((np.exp(-Ev) / np.exp(-Ev).sum())[0, 1] / (np.exp(-Ev) / np.exp(-Ev).sum())[:, 1].sum(),
                                np.exp(-Ev[0, 1]) / np.exp(-Ev[:, 1]).sum()))(r.normal(size=(3, 3)))),
    S(94, "invalid", "dL/dtheta = E_pD[dE] - E_pE[dE]; the row has both signs flipped: two states, E = (theta, 0), theta = 0, "
      "p_D = (1, 0): dL/dtheta = 1 - 1/2 = 0.5, row gives -1 + 1/2 = -0.5",
      cx=lambda: (d(lambda t: _L(E2, np.array([1., 0.]), t), 0.0), -1.0 + 0.5)),
    S(104, "invalid", "L = -int p_D ln p_E = int p_D E + ln Z; the row has -int p_D E - ln Z: two states, E = (0, 0), p_D = (1, 0): "
      "L = ln 2 = 0.693, row gives -0.693",
      cx=lambda: (_L(lambda t: np.zeros(2), np.array([1., 0.]), 0.0), -0.0 - np.log(2.0))),
    S(112, "valid", "d ln Z = dZ/Z", ok=lambda r: (lambda E, t, pD, dE: (d(lambda s: np.log(_Zl(E, s)), t), d(lambda s: _Zl(E, s), t) / _Zl(E, t)))(*_g(r))),
    S(113, "valid", "Z = int e^{-E}", ok=lambda r: (lambda E, t, pD, dE: (d(lambda s: _Zl(E, s), t) / _Zl(E, t), d(lambda s: np.exp(-E(s)).sum(), t) / _Zl(E, t)))(*_g(r))),
    S(115, "valid", "differentiate under the integral", ok=lambda r: (lambda E, t, pD, dE: (d(lambda s: np.exp(-E(s)).sum(), t) / _Zl(E, t), -(np.exp(-E(t)) * dE).sum() / _Zl(E, t)))(*_g(r))),
    S(117, "valid", "p_E = e^{-E}/Z", ok=lambda r: (lambda E, t, pD, dE: (-(np.exp(-E(t)) * dE).sum() / _Zl(E, t), -(pE(E, t) * dE).sum()))(*_g(r))),
    S(124, "invalid", "restates line 94 (it does follow from line 104's wrong L, but L is defined as -int p_D ln p_E): "
      "same instance, 0.5 vs -0.5",
      cx=lambda: (d(lambda t: _L(E2, np.array([1., 0.]), t), 0.0), -1.0 + 0.5)),
    S(138, "not-an-identity", "effective energy (definition)"),
    S(145, "valid", "dE~/dtheta = E_{p(h|v)}[dE]",
      ok=lambda r: (lambda E, t, pD: (d(lambda s: -np.log(np.exp(-E(s)).sum(1)), t)[0],
                                      ((np.exp(-E(t)) / np.exp(-E(t)).sum(1, keepdims=True)) * d(E, t))[0].sum()))(*lat(r))),
]
CLAIMS = [(94, 94, "invalid", "learning rule with flipped signs"), (112, 117, "valid", "d ln Z = -E_p[dE]")]
