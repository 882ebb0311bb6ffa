from b9 import *
DOC = "09_dinrhiw_free_energy_grad_tm.md"; TIER = 1
TOPIC = "TeXmacs notes: free energy of a latent EBM, d(-log p)/dtheta = dF/dtheta + Z'/Z = dF/dtheta - E_v[dF/dtheta]"
NOTES = "F(v) = -log sum_h e^{-E(v,h)}; p(v) = e^{-F(v)}/Z; v continuous (integrals) or discrete; theta a parameter of E"


def _m(r, K=4):
    a, c = r.normal(size=K), r.normal(size=K) * .5
    F = lambda t: a + c * t * t + np.sin(t) * a   # free energy of each of K visible states as a function of theta
    return F, r.uniform(-1, 1)


def _p(F, t):
    w = np.exp(-F(t)); return w / w.sum()


def _Zt(F, t):
    return np.exp(-F(t)).sum()


STEPS = [
    S(6, "not-an-identity", "free energy (definition)"),
    S(10, "valid", "p(v) = e^{-F(v)}/Z with line 6 (a latent EBM's marginal)",
      ok=lambda r: (lambda Ev: (np.exp(-(-np.log(np.exp(-Ev).sum(1)))) / np.exp(-Ev).sum(), np.exp(-Ev).sum(1) / np.exp(-Ev).sum()))(r.normal(size=(3, 2)))),
    S(10, "valid", "e^{-F} = sum_h e^{-E}",
      ok=lambda r: (lambda Ev: (np.exp(-(-np.log(np.exp(-Ev).sum(1)))) / np.exp(-Ev).sum(), np.exp(-Ev).sum(1) / np.exp(-Ev).sum()))(r.normal(size=(3, 2)))),
    S(11, "not-an-identity", "normaliser written as an integral of e^{-F}"),
    S(17, "valid", "d(-log p) = -p'/p", ok=lambda r: (lambda F, t: (d(lambda s: -np.log(_p(F, s)[0]), t), -d(lambda s: _p(F, s)[0], t) / _p(F, t)[0]))(*_m(r))),
    S(17, "valid", "quotient rule on e^{-F}/Z",
      ok=lambda r: (lambda F, t: (-d(lambda s: _p(F, s)[0], t) / _p(F, t)[0], -(_p(F, t)[0] * (-d(lambda s: F(s)[0], t)) - _p(F, t)[0] * d(lambda s: _Zt(F, s), t) / _Zt(F, t)) / _p(F, t)[0]))(*_m(r))),
    S(17, "valid", "simplified", ok=lambda r: (lambda F, t: (-(_p(F, t)[0] * (-d(lambda s: F(s)[0], t)) - _p(F, t)[0] * d(lambda s: _Zt(F, s), t) / _Zt(F, t)) / _p(F, t)[0], d(lambda s: F(s)[0], t) + d(lambda s: _Zt(F, s), t) / _Zt(F, t)))(*_m(r))),
    S(22, "valid", "Z' = int -F' e^{-F}", ok=lambda r: (lambda F, t: (d(lambda s: _Zt(F, s), t) / _Zt(F, t), np.sum(-d(F, t) * np.exp(-F(t))) / _Zt(F, t)))(*_m(r))),
    S(22, "valid", "p(v) = e^{-F}/Z", ok=lambda r: (lambda F, t: (np.sum(-d(F, t) * np.exp(-F(t))) / _Zt(F, t), -np.sum(_p(F, t) * d(F, t))))(*_m(r))),
    S(26, "valid", "lines 17 and 22 combined (sign of d log p = -d(-log p))",
      ok=lambda r: (lambda F, t: (d(lambda s: np.log(_p(F, s)[0]), t), -(d(F, t)[0] - np.sum(_p(F, t) * d(F, t)))))(*_m(r))),
    S(26, "valid", "the integral is E_v", ok=lambda r: (lambda F, t: (-(d(F, t)[0] - np.sum(_p(F, t) * d(F, t))), -(d(F, t)[0] - np.sum(_p(F, t) * d(F, t)))))(*_m(r))),
]
CLAIMS = [(17, 26, "valid", "d log p/dtheta = -(dF/dtheta - E_v[dF/dtheta])")]
