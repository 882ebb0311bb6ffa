from b9 import *
DOC = "40_saymd_canonical_typ.md"; TIER = 1
TOPIC = "Typst notes in Chinese: canonical ensemble, mean energy, generalised force, energy fluctuation = k T^2 C_V (a proportionality row)"
NOTES = "rho_s = e^{-beta E_s}/Z_N, beta = 1/(kT); E_s(y) with external parameters y_l; overline(E^2) the mean of E^2, macron(E) the mean energy"


def _i(r):
    return r.uniform(-1, 2, 5), r.uniform(-1, 1, 5), r.uniform(.3, 2), r.uniform(-.5, .5), r.uniform(.5, 2)   # E0, c, beta, y, k


def _E(E0, c, y):
    return E0 + c * y


def _Z(E0, c, b, y):
    return np.exp(-b * _E(E0, c, y)).sum()


def _m(E0, c, b, y, p=1):
    w = np.exp(-b * _E(E0, c, y)); return ((_E(E0, c, y) ** p) * w).sum() / w.sum()


STEPS = [
    S(2, "not-an-identity", "canonical density (stated)"),
    S(4, "not-an-identity", "canonical distribution (definition)"),
    S(6, "not-an-identity", "partition function (definition)"),
    S(10, "not-an-identity", "classical limit of Z_N (definition)"),
    S(16, "not-an-identity", "mean energy (definition)"),
    S(16, "valid", "canonical distribution", ok=lambda r: (lambda E0, c, b, y, k: (_m(E0, c, b, y), np.sum(_E(E0, c, y) * np.exp(-b * _E(E0, c, y))) / _Z(E0, c, b, y)))(*_i(r))),
    S(17, "valid", "E e^{-beta E} = -d/dbeta e^{-beta E}", ok=lambda r: (lambda E0, c, b, y, k: (_m(E0, c, b, y), -d(lambda t: _Z(E0, c, t, y), b) / _Z(E0, c, b, y)))(*_i(r))),
    S(17, "valid", "Z'/Z = (ln Z)'", ok=lambda r: (lambda E0, c, b, y, k: (-d(lambda t: _Z(E0, c, t, y), b) / _Z(E0, c, b, y), -d(lambda t: np.log(_Z(E0, c, t, y)), b)))(*_i(r))),
    S(19, "not-an-identity", "mean generalised force (definition)"),
    S(19, "valid", "as a derivative of ln Z", ok=lambda r: (lambda E0, c, b, y, k: (np.sum(c * np.exp(-b * _E(E0, c, y))) / _Z(E0, c, b, y), -1 / b * d(lambda t: np.log(_Z(E0, c, b, t)), y)))(*_i(r))),
    S(21, "not-an-identity", "entropy formula (stated)"),
    S(27, "valid", "variance", ok=lambda r: (lambda E0, c, b, y, k: (np.sum(np.exp(-b * _E(E0, c, y)) * (_E(E0, c, y) - _m(E0, c, b, y)) ** 2) / _Z(E0, c, b, y), _m(E0, c, b, y, 2) - _m(E0, c, b, y) ** 2))(*_i(r))),
    S(29, "not-an-identity", "mean of E^2 (definition)"),
    S(29, "valid", "canonical distribution", ok=lambda r: (lambda E0, c, b, y, k: (_m(E0, c, b, y, 2), np.sum(_E(E0, c, y) ** 2 * np.exp(-b * _E(E0, c, y))) / _Z(E0, c, b, y)))(*_i(r))),
    S(30, "valid", "second derivative in beta", ok=lambda r: (lambda E0, c, b, y, k: (_m(E0, c, b, y, 2), d2(lambda t: _Z(E0, c, t, y), b) / _Z(E0, c, b, y)))(*_i(r))),
    S(30, "valid", "the sum is Z_N", ok=lambda r: (lambda E0, c, b, y, k: (d2(lambda t: _Z(E0, c, t, y), b) / _Z(E0, c, b, y), d2(lambda t: _Z(E0, c, t, y), b) / _Z(E0, c, b, y)))(*_i(r))),
    S(31, "valid", "Z' = Z (ln Z)'", ok=lambda r: (lambda E0, c, b, y, k: (d2(lambda t: _Z(E0, c, t, y), b) / _Z(E0, c, b, y), d(lambda t: _Z(E0, c, t, y) * d(lambda s: np.log(_Z(E0, c, s, y)), t), b) / _Z(E0, c, b, y)))(*_i(r))),
    S(31, "valid", "product rule, (ln Z)' = -E", ok=lambda r: (lambda E0, c, b, y, k: (_m(E0, c, b, y, 2), _m(E0, c, b, y) ** 2 - d(lambda t: _m(E0, c, t, y), b)))(*_i(r))),
    S(33, "valid", "line 27 with line 31", ok=lambda r: (lambda E0, c, b, y, k: (_m(E0, c, b, y, 2) - _m(E0, c, b, y) ** 2, -d(lambda t: _m(E0, c, t, y), b)))(*_i(r))),
    S(33, "valid", "beta = 1/(kT)", ok=lambda r: (lambda E0, c, b, y, k: (-d(lambda t: _m(E0, c, t, y), b), k * (1 / (k * b)) ** 2 * d(lambda T: _m(E0, c, 1 / (k * T), y), 1 / (k * b))))(*_i(r))),
    S(33, "valid", "C_V = dE/dT", ok=lambda r: (lambda E0, c, b, y, k: (k * (1 / (k * b)) ** 2 * d(lambda T: _m(E0, c, 1 / (k * T), y), 1 / (k * b)), k * (1 / (k * b)) ** 2 * d(lambda T: _m(E0, c, 1 / (k * T), y), 1 / (k * b))))(*_i(r))),
    S(35, "valid", "divided by E^2", ok=lambda r: (lambda E0, c, b, y, k: ((_m(E0, c, b, y, 2) - _m(E0, c, b, y) ** 2) / _m(E0, c, b, y) ** 2, k * (1 / (k * b)) ** 2 * d(lambda T: _m(E0, c, 1 / (k * T), y), 1 / (k * b)) / _m(E0, c, b, y) ** 2))(*_i(r))),
    S(35, "not-an-identity", "scaling with N (prop)"),
]
CLAIMS = [(27, 33, "valid", "energy variance = k T^2 C_V")]
