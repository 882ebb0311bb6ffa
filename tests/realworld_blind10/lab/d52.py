from common import *
DOC = "52_wujlin_mean_energy_lnZ.md"; TIER = 1
TOPIC = "Chinese knowledge-base note (YAML front matter cut away): <E> = -d_beta ln Z, d_beta^2 ln Z = Var(E), C_V = Var(E)/(k_B T^2); \\( \\) and \\[ \\] delimiters, \\partial_\\beta shorthand, \\boxed rows, an operator identity d/dT = -(1/k_B T^2) d/d beta, source anchors as inline relations"
NOTES = "Z(beta) = sum_x e^{-beta E(x)}, p = e^{-beta E}/Z, beta = 1/(k_B T); <.> under p"
def _E(r):
    return r.normal(size=5), r.uniform(0.3, 2)
def _lnZ(E):
    return lambda b: np.log(np.exp(-b * E).sum())
def _mean(E, b):
    return boltz(E, b)[0] @ E
def _var(E, b):
    p = boltz(E, b)[0]; return p @ E ** 2 - (p @ E) ** 2
def _r19(k):
    def f(r):
        E, b = _E(r); Z = np.exp(-b * E).sum()
        vals = [d(_lnZ(E), b), d(lambda bb: np.exp(-bb * E).sum(), b) / Z, np.sum(-E * np.exp(-b * E)) / Z,
                -np.sum(E * np.exp(-b * E) / Z), -_mean(E, b)]
        return vals[k], vals[k + 1]
    return f
def _r26(r):
    E, b = _E(r); return _mean(E, b), -d(_lnZ(E), b)
def _r32(r):
    E, b = _E(r); return d2(_lnZ(E), b), -d(lambda bb: _mean(E, bb), b)
def _r36a(r):
    E, b = _E(r); p = boltz(E, b)[0]; return d2(_lnZ(E), b), p @ E ** 2 - (p @ E) ** 2
def _r36b(r):
    E, b = _E(r); p = boltz(E, b)[0]; return p @ E ** 2 - (p @ E) ** 2, _var(E, b)
def _CV(E, T):
    return d(lambda t: _mean(E, 1 / t), T)
def _r46(r):
    E, T = r.normal(size=5), r.uniform(0.5, 3)
    return _CV(E, T), d(lambda t: 1 / t, T) * d(lambda b: _mean(E, b), 1 / T)
def _r47(r):
    E, T = r.normal(size=5), r.uniform(0.5, 3)
    return d(lambda t: 1 / t, T) * d(lambda b: _mean(E, b), 1 / T), -1 / T ** 2 * d(lambda b: _mean(E, b), 1 / T)
def _r52(r):
    E, T = r.normal(size=5), r.uniform(0.5, 3); return _CV(E, T), -1 / T ** 2 * d(lambda b: _mean(E, b), 1 / T)
def _r53(r):
    E, T = r.normal(size=5), r.uniform(0.5, 3); return -1 / T ** 2 * d(lambda b: _mean(E, b), 1 / T), _var(E, 1 / T) / T ** 2
def _r57(r):
    E, T = r.normal(size=5), r.uniform(0.5, 3); return _var(E, 1 / T), T ** 2 * _CV(E, T)
def _r69(r):
    E, b = _E(r); p = boltz(E, b)[0]; return d(lambda bb: _mean(E, bb), b), -(p @ E ** 2) + (p @ E) ** 2
STEPS = [
    S(11, "valid", "goal: <E> = -d_beta ln Z (inline)", ok=_r26, outside_display=True),
    S(14, "not-an-identity", "Z defined (inline)", outside_display=True),
    S(15, "not-an-identity", "p defined (inline)", outside_display=True),
    S(19, "valid", "d ln Z = dZ / Z", ok=_r19(0)),
    S(19, "valid", "differentiate the sum (row continues on 20)", ok=_r19(1)),
    S(19, "valid", "= -sum E e^{-beta E}/Z (line 21)", ok=_r19(2)),
    S(19, "valid", "= -<E> (line 22)", ok=_r19(3)),
    S(26, "valid", "boxed <E> = -d_beta ln Z", ok=_r26),
    S(32, "valid", "d^2 ln Z = -d<E>/d beta", ok=_r32),
    S(36, "valid", "d^2 ln Z = <E^2> - <E>^2", ok=_r36a),
    S(36, "valid", "= Var(E)", ok=_r36b),
    S(42, "not-an-identity", "C_V defined"),
    S(44, "not-an-identity", "beta = 1/(k_B T) (inline)", outside_display=True),
    S(46, "valid", "chain rule for d/dT (operator identity, rows 46-47)", ok=_r46),
    S(46, "valid", "d beta / dT = -1/(k_B T^2) (line 47)", ok=_r47),
    S(51, "valid", "C_V = -(1/(k_B T^2)) d<E>/d beta (row 51-52)", ok=_r52),
    S(51, "valid", "= Var(E)/(k_B T^2) (line 53)", ok=_r53),
    S(57, "valid", "boxed Var(E) = k_B T^2 C_V", ok=_r57),
    S(68, "valid", "anchor: d_beta ln Z = -<E> (inline)", ok=_r19(3) if False else (lambda r: (lambda E, b: (d(_lnZ(E), b), -_mean(E, b)))(*_E(r))), outside_display=True),
    S(69, "valid", "anchor: d_beta <E> = -<E^2> + <E>^2 (inline)", ok=_r69, outside_display=True),
]
CLAIMS = [(19, 19, "valid", "d ln Z/d beta = -<E>"), (36, 36, "valid", "second derivative is the variance"), (51, 51, "valid", "C_V = Var(E)/(k_B T^2)")]
