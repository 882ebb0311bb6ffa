from b9 import *
DOC = "23_yabsed_tweedie.md"; TIER = 3
TOPIC = "Markdown lecture notes: Tweedie's formula by differentiating the Gaussian convolution (indented $$ displays inside a list)"
NOTES = "Y = X + sigma Z; phi_sigma the N(0, sigma^2 I) density; checked in one dimension by quadrature with P_X a Gaussian mixture"

_x = np.linspace(-20, 20, 40001)


def _I(y):
    return np.trapezoid(y, _x) if hasattr(np, "trapezoid") else np.trapz(y, _x)


def _ph(u, s):
    return np.exp(-u * u / (2 * s * s)) / np.sqrt(2 * np.pi * s * s)


def _i(r):
    m, w = r.normal(), r.uniform(.2, .8)
    PX = w * np.exp(-.5 * (_x - m) ** 2 / .5) + (1 - w) * np.exp(-.5 * (_x - 1.5) ** 2)
    PX /= _I(PX)
    return PX, r.uniform(.4, 1.5), r.uniform(-1.5, 1.5)


def _PY(PX, s, y):
    return _I(PX * _ph(y - _x, s))


def _EX(PX, s, y):
    return _I(_x * PX * _ph(y - _x, s)) / _PY(PX, s, y)


def _VX(PX, s, y):
    return _I(_x * _x * PX * _ph(y - _x, s)) / _PY(PX, s, y) - _EX(PX, s, y) ** 2


def _dPY(PX, s, y, h=1e-4):
    return (_PY(PX, s, y + h) - _PY(PX, s, y - h)) / (2 * h)


STEPS = [
    S(3, "not-an-identity", "observation model"),
    S(9, "not-an-identity", "noise density (definition)"),
    S(12, "not-an-identity", "marginal density of Y (definition)"),
    S(18, "valid", "differentiation under the integral", ok=lambda r: (lambda PX, s, y: (_dPY(PX, s, y), _I(PX * d(lambda t: _ph(t - _x, s), y))))(*_i(r))),
    S(22, "valid", "Gaussian kernel derivative", ok=lambda r: (lambda PX, s, y: (lambda u: (d(lambda t: _ph(t - u, s), y), -(y - u) / s ** 2 * _ph(y - u, s)))(r.normal()))(*_i(r))),
    S(26, "valid", "line 22 substituted", ok=lambda r: (lambda PX, s, y: (_dPY(PX, s, y), -1 / s ** 2 * _I((y - _x) * PX * _ph(y - _x, s))))(*_i(r))),
    S(27, "valid", "integral split", ok=lambda r: (lambda PX, s, y: (-1 / s ** 2 * _I((y - _x) * PX * _ph(y - _x, s)), -1 / s ** 2 * (y * _PY(PX, s, y) - _I(_x * PX * _ph(y - _x, s)))))(*_i(r))),
    S(32, "valid", "joint = marginal times posterior", ok=lambda r: (lambda PX, s, y: (_I(_x * PX * _ph(y - _x, s)), _PY(PX, s, y) * _I(_x * PX * _ph(y - _x, s) / _PY(PX, s, y))))(*_i(r))),
    S(32, "valid", "posterior mean", ok=lambda r: (lambda PX, s, y: (_PY(PX, s, y) * _I(_x * PX * _ph(y - _x, s) / _PY(PX, s, y)), _PY(PX, s, y) * _EX(PX, s, y)))(*_i(r))),
    S(35, "valid", "line 32 in line 27", ok=lambda r: (lambda PX, s, y: (_dPY(PX, s, y), -1 / s ** 2 * (y * _PY(PX, s, y) - _PY(PX, s, y) * _EX(PX, s, y))))(*_i(r))),
    S(39, "valid", "divided by P_Y", ok=lambda r: (lambda PX, s, y: (_dPY(PX, s, y) / _PY(PX, s, y), (_EX(PX, s, y) - y) / s ** 2))(*_i(r))),
    S(40, "valid", "grad log = grad / value", ok=lambda r: (lambda PX, s, y: (d(lambda t: np.log(_PY(PX, s, t)), y, 1e-4), (_EX(PX, s, y) - y) / s ** 2))(*_i(r))),
    S(43, "valid", "solved for the posterior mean", ok=lambda r: (lambda PX, s, y: (_EX(PX, s, y), y + s ** 2 * d(lambda t: np.log(_PY(PX, s, t)), y, 1e-4)))(*_i(r))),
    S(46, "valid", "second-order Tweedie (posterior variance)", ok=lambda r: (lambda PX, s, y: (_VX(PX, s, y), s ** 2 * (1 + s ** 2 * d2(lambda t: np.log(_PY(PX, s, t)), y, 1e-3))))(*_i(r))),
]
CLAIMS = [(18, 43, "valid", "E[X|Y=y] = y + sigma^2 grad log P_Y(y)")]
