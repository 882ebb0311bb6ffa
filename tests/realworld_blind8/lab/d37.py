from bz import *
DOC = "37_an314_canonical_thermo_typ.md"; TIER = 1
TOPIC = "Typst lecture notes in Chinese: canonical ensemble U = -d ln Z/d beta, generalised force, entropy S - S' = k(ln Z + beta E)"
NOTES = "rho_s = e^{-beta E_s}/Z (the canonical distribution, earlier in the chapter); E_s = E_s(y); k_B = 1/(beta T); one system (N absent); " \
        "p = -Y for y = V (line 37 uses it)"


def _i(r):
    e, c, w, b, y, N = inst(r); return e, c, b, y, r.normal(), r.normal()


def _Z(e, c, b, y):
    return np.sum(np.exp(-b * (e + c * y)))


def _rho(e, c, b, y):
    return np.exp(-b * (e + c * y)) / _Z(e, c, b, y)


def _U(e, c, b, y):
    return np.sum(_rho(e, c, b, y) * (e + c * y))


def _l(e, c, b, y):
    return np.log(_Z(e, c, b, y))


def _lb(e, c, b, y):
    return d(lambda t: _l(e, c, t, y), b)


def _ly(e, c, b, y):
    return d(lambda t: _l(e, c, b, t), y)


STEPS = [
    S(9, "not-an-identity", "U is the mean energy"),
    S(9, "not-an-identity", "mean energy (definition)"),
    S(13, "valid", "canonical distribution", ok=lambda r: (lambda e, c, b, y, db, dy: (_U(e, c, b, y), np.sum((e + c * y) * np.exp(-b * (e + c * y))) / _Z(e, c, b, y)))(*_i(r))),
    S(17, "valid", "as a derivative of ln Z", ok=lambda r: (lambda e, c, b, y, db, dy: (_U(e, c, b, y), -_lb(e, c, b, y)))(*_i(r))),
    S(23, "not-an-identity", "levels depend on the external parameter"),
    S(27, "not-an-identity", "generalised force of a microstate (definition, with '=>')"),
    S(31, "not-an-identity", "mean generalised force (definition)"),
    S(31, "valid", "canonical distribution", ok=lambda r: (lambda e, c, b, y, db, dy: (np.sum(_rho(e, c, b, y) * c), np.sum(c * np.exp(-b * (e + c * y))) / _Z(e, c, b, y)))(*_i(r))),
    S(31, "valid", "as a derivative of ln Z", ok=lambda r: (lambda e, c, b, y, db, dy: (np.sum(_rho(e, c, b, y) * c), -1 / b * _ly(e, c, b, y)))(*_i(r))),
    S(37, "valid", "p = -Y for y = V: ideal gas Z proportional to V: p = 1/(beta V)", ok=lambda r: (lambda b, V: (1 / (b * V), 1 / b * d(lambda v: np.log(3.0 * v), V)))(r.uniform(.5, 2), r.uniform(.5, 2))),
    S(42, "not-an-identity", "T dS = dQ (reversible)"),
    S(42, "valid", "first law", ok=lambda r: (lambda e, c, b, y, db, dy: (D(lambda t, u: _U(e, c, t, u), b, y, db, dy) - np.sum(_rho(e, c, b, y) * c) * dy, D(lambda t, u: _U(e, c, t, u), b, y, db, dy) - np.sum(_rho(e, c, b, y) * c) * dy))(*_i(r))),
    S(43, "valid", "U and Y in terms of ln Z", ok=lambda r: (lambda e, c, b, y, db, dy: (D(lambda t, u: _U(e, c, t, u), b, y, db, dy) - np.sum(_rho(e, c, b, y) * c) * dy, -D(lambda t, u: _lb(e, c, t, u), b, y, db, dy) + 1 / b * _ly(e, c, b, y) * dy))(*_i(r))),
    S(47, "valid", "total differential", ok=lambda r: (lambda e, c, b, y, db, dy: (D(lambda t, u: _l(e, c, t, u), b, y, db, dy), _lb(e, c, b, y) * db + _ly(e, c, b, y) * dy))(*_i(r))),
    S(51, "valid", "the sum eliminated with line 47", ok=lambda r: (lambda e, c, b, y, db, dy: (-D(lambda t, u: _lb(e, c, t, u), b, y, db, dy) + 1 / b * _ly(e, c, b, y) * dy, 1 / b * D(lambda t, u: _l(e, c, t, u) - t * _lb(e, c, t, u), b, y, db, dy)))(*_i(r))),
    S(55, "not-an-identity", "integrability condition (beta T constant)"),
    S(59, "valid", "integrated, k_B = 1/(beta T) (differentials agree)", ok=lambda r: (lambda e, c, b, y, db, dy: (D(lambda t, u: _l(e, c, t, u) - t * _lb(e, c, t, u), b, y, db, dy), D(lambda t, u: _l(e, c, t, u) + t * _U(e, c, t, u), b, y, db, dy)))(*_i(r))),
    S(59, "valid", "-d ln Z/d beta = E", ok=lambda r: (lambda e, c, b, y, db, dy: (_l(e, c, b, y) - b * _lb(e, c, b, y), _l(e, c, b, y) + b * _U(e, c, b, y)))(*_i(r))),
]
CLAIMS = [(42, 59, "valid", "S - S' = k(ln Z + beta E)")]
