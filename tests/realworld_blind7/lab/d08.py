from h8 import *
DOC = "08_sbm_bm_activity_rule_tm.md"; TIER = 2
TOPIC = "TeXmacs: binary Boltzmann machine activity rule; proof by ratio of conditionals, last row loses the minus sign"
NOTES = "E(x) = -1/2 W_ab x^a x^b - b_a x^a (summation convention), W symmetric with zero diagonal, x in {0,1}^n; alpha = 0 below"


def _inst(r, n=4):
    A = r.normal(size=(n, n)); W = (A + A.T) / 2; np.fill_diagonal(W, 0)
    return W, r.normal(size=n), r.integers(0, 2, n).astype(float)


def _E(W, b, x):
    return -0.5 * x @ W @ x - b @ x


def _p(W, b, x, v, a=0):
    """p(x^a = v | rest) and the joint (unnormalised) p(x^a=v, rest)"""
    x1 = x.copy(); x1[a] = 1; x0 = x.copy(); x0[a] = 0
    j1, j0 = np.exp(-_E(W, b, x1)), np.exp(-_E(W, b, x0))
    return (j1 if v else j0) / (j1 + j0), (j1 if v else j0)


def _h(W, b, x, a=0):
    return W[a] @ x + b[a]


STEPS = [
    S(18, "either", "reading A: the row is p(x^a = 1 | rest) = sigma(W x + b) (valid); reading B: x^a a generic value, e.g. x^a = 0: "
      "p(x^a = 0 | rest) = 1 - sigma(Wx + b); W = 0, b = (1, 0, ...): 0.269 vs 0.731",
      ok=lambda r: (lambda W, b, x: (_p(W, b, x, 1)[0], sig(_h(W, b, x))))(*_inst(r)),
      cx=lambda: (1 - sig(1.0), sig(1.0))),
    S(28, "valid", "ratio of conditionals = ratio of joints (same conditioning)",
      ok=lambda r: (lambda W, b, x: (_p(W, b, x, 1)[0] / _p(W, b, x, 0)[0], _p(W, b, x, 1)[1] / _p(W, b, x, 0)[1]))(*_inst(r))),
    S(28, "valid", "the same expression repeated",
      ok=lambda r: (lambda W, b, x: (_p(W, b, x, 1)[1] / _p(W, b, x, 0)[1], _p(W, b, x, 1)[1] / _p(W, b, x, 0)[1]))(*_inst(r))),
    S(28, "valid", "Gibbs form: ratio = exp(-E(x^a=1, rest) + E(x^a=0, rest))",
      ok=lambda r: (lambda W, b, x: (_p(W, b, x, 1)[1] / _p(W, b, x, 0)[1],
                                      np.exp(-_E(W, b, np.r_[1., x[1:]]) + _E(W, b, np.r_[0., x[1:]]))))(*_inst(r))),
    S(28, "valid", "W symmetric, zero diagonal: -E(1) + E(0) = W^{ab} x_b + b^a",
      ok=lambda r: (lambda W, b, x: (np.exp(-_E(W, b, np.r_[1., x[1:]]) + _E(W, b, np.r_[0., x[1:]])), np.exp(_h(W, b, x))))(*_inst(r))),
    S(34, "valid", "p1 = p1/(p1 + p0) since p1 + p0 = 1",
      ok=lambda r: (lambda W, b, x: (_p(W, b, x, 1)[0], _p(W, b, x, 1)[0] / (_p(W, b, x, 1)[0] + _p(W, b, x, 0)[0])))(*_inst(r))),
    S(34, "valid", "divide by p1",
      ok=lambda r: (lambda W, b, x: (_p(W, b, x, 1)[0] / (_p(W, b, x, 1)[0] + _p(W, b, x, 0)[0]), 1 / (1 + _p(W, b, x, 0)[0] / _p(W, b, x, 1)[0])))(*_inst(r))),
    S(34, "invalid", "p0/p1 = exp(-(W x + b)) by the first display, so the row should read 1/(1 + exp(-(Wx + b))) = sigma(Wx + b); "
      "the minus sign is lost: W = 0, b_a = 1: 1/(1 + e^{-1}) = 0.731 but 1/(1 + e) = 0.269",
      cx=lambda: (1 / (1 + np.exp(-1.0)), 1 / (1 + np.exp(1.0)))),
]
CLAIMS = [(34, 34, "invalid", "p(x^a=1|rest) = 1/(1+exp(Wx+b)) contradicts the theorem's sigma(Wx+b)")]
