from b9 import *
import itertools
DOC = "22_yabsed_ism.md"; TIER = 3
TOPIC = "Markdown lecture summary (Korean course folder): implicit score matching by integration by parts, Hutchinson trace estimator, JVP"
NOTES = "S_theta the score network, p_t the data density at time t; integration by parts checked in 1D by quadrature; E_v over v with E[v v^T] = I (checked with Rademacher v, enumerated)"

_x = np.linspace(-25, 25, 200001)


def _I(y):
    return np.trapezoid(y, _x) if hasattr(np, "trapezoid") else np.trapz(y, _x)


def _one(r):
    m, w = r.normal(), r.uniform(.2, .8)
    p = w * np.exp(-.5 * (_x - m) ** 2) + (1 - w) * np.exp(-.5 * ((_x + 1) / .7) ** 2) / .7
    p /= _I(p); dp = np.gradient(p, _x)
    a, b = r.normal(size=2)
    return p, dp, a * np.sin(_x) + b * _x, a * np.cos(_x) + b


def _mat(r, dd=3):
    return r.normal(size=(dd, dd))


def _Ev(A):
    vs = [np.array(s, float) for s in itertools.product([-1, 1], repeat=A.shape[0])]
    return np.mean([v @ A @ v for v in vs])


def _S(r):
    B = r.normal(size=(2, 2)); c = r.normal(size=2)
    S = lambda x: np.tanh(B @ x) + c * x * x
    return S, r.normal(size=2), r.normal(size=2)


def _jac(S, x, h=1e-5):
    return np.array([(S(x + e) - S(x - e)) / (2 * h) for e in np.eye(len(x)) * h]).T


STEPS = [
    S(5, "not-an-identity", "Fisher-divergence objective (definition)"),
    S(10, "not-an-identity", "J(theta): the objective less a theta-free term (definition)"),
    S(19, "valid", "p grad log p = grad p", ok=lambda r: (lambda p, dp, s, ds: (_I(p * s * dp / p), _I(s * dp)))(*_one(r))),
    S(19, "valid", "integration by parts (boundary term zero)", ok=lambda r: (lambda p, dp, s, ds: (_I(s * dp), -_I(ds * p)))(*_one(r))),
    S(20, "valid", "expectation of the divergence (continues line 19 in a new display)", ok=lambda r: (lambda p, dp, s, ds: (-_I(ds * p), -_I(p * ds)))(*_one(r)), cross_display=True),
    S(24, "not-an-identity", "ISM loss (definition)"),
    S(28, "valid", "Hutchinson: E[v^T A v] = tr A for E[v v^T] = I", ok=lambda r: (lambda A: (np.trace(A), _Ev(A)))(_mat(r))),
    S(31, "valid", "line 28 with A = D_x S", ok=lambda r: (lambda S, x, v: (np.trace(_jac(S, x)), _Ev(_jac(S, x))))(*_S(r))),
    S(35, "valid", "Jacobian-vector product as a directional derivative", ok=lambda r: (lambda S, x, v: (v @ _jac(S, x) @ v, v @ d(lambda h: S(x + h * v), 0.0)))(*_S(r))),
    S(35, "valid", "v^T out of the derivative", ok=lambda r: (lambda S, x, v: (v @ d(lambda h: S(x + h * v), 0.0), d(lambda h: v @ S(x + h * v), 0.0)))(*_S(r))),
    S(38, "not-an-identity", "final objective (definition)"),
]
CLAIMS = [(19, 20, "valid", "E<S, grad log p> = -E[div S]")]
