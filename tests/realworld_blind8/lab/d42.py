from b9 import *
DOC = "42_dengwei_ebm_gradient.md"; TIER = 1
TOPIC = "Jekyll (distill) post in Chinese: energy function of a Gaussian (exponent sign slip) and the EBM log-likelihood gradient with log exp(.) kept and a bound x shadowing the free x"
NOTES = "p = e^{-E}/Z, Z = int e^{-E} dx; rows annotated with '& ;\\text{chain rule}' columns; checked in one dimension by quadrature with a one-parameter energy"

_x = np.linspace(-12, 12, 48001)


def _I(y):
    return np.trapezoid(y, _x) if hasattr(np, "trapezoid") else np.trapz(y, _x)


def _m(r):
    a, c = r.normal(), r.uniform(.05, .3)
    E = lambda t, x: .5 * (x - t) ** 2 + c * x ** 4 + a * np.sin(t) * x
    return E, r.uniform(-1, 1), r.uniform(-2, 2)


def _Zt(E, t):
    return _I(np.exp(-E(t, _x)))


def _dE(E, t, x, h=1e-5):
    return (E(t + h, x) - E(t - h, x)) / (2 * h)


STEPS = [
    S(4, "not-an-identity", "energy-based density (definition)"),
    S(9, "not-an-identity", "Gaussian energy (definition)"),
    S(10, "valid", "Z written out", ok=lambda r: (lambda mu, s, x: (np.exp(-(x - mu) ** 2 / (2 * s * s)) / _I(np.exp(-(_x - mu) ** 2 / (2 * s * s))), np.exp(-(x - mu) ** 2 / (2 * s * s)) / _I(np.exp(-(_x - mu) ** 2 / (2 * s * s)))))(r.normal(), r.uniform(.5, 2), r.normal())),
    S(10, "invalid", "the exponent's minus sign is lost (and the row is then not normalisable): mu = 0, sigma = 1, x = 1: e^{-1/2}/sqrt(2 pi) = 0.2420 but e^{1/2}/sqrt(2 pi) = 0.6577",
      cx=lambda: (np.exp(-.5) / _I(np.exp(-_x ** 2 / 2)), np.exp(.5) / np.sqrt(2 * np.pi))),
    S(16, "not-an-identity", "energy model (definition)"),
    S(22, "not-an-identity", "energy model (definition, repeated)"),
    S(27, "valid", "log of a quotient", ok=lambda r: (lambda E, t, x: (d(lambda s: -E(s, x) - np.log(_Zt(E, s)), t), d(lambda s: np.log(np.exp(-E(s, x))), t) - d(lambda s: np.log(_Zt(E, s)), t)))(*_m(r))),
    S(28, "valid", "log exp(-E) = -log exp(E); d log Z = Z'/Z", ok=lambda r: (lambda E, t, x: (d(lambda s: np.log(np.exp(-E(s, x))), t) - d(lambda s: np.log(_Zt(E, s)), t), -d(lambda s: np.log(np.exp(E(s, x))), t) - d(lambda s: _Zt(E, s), t) / _Zt(E, t)))(*_m(r))),
    S(29, "valid", "Z written out", ok=lambda r: (lambda E, t, x: (-d(lambda s: _Zt(E, s), t) / _Zt(E, t), -d(lambda s: _I(np.exp(-E(s, _x))), t) / _Zt(E, t)))(*_m(r))),
    S(30, "valid", "derivative under the integral", ok=lambda r: (lambda E, t, x: (-d(lambda s: _I(np.exp(-E(s, _x))), t) / _Zt(E, t), _I(np.exp(-E(t, _x)) * _dE(E, t, _x)) / _Zt(E, t)))(*_m(r))),
    S(31, "valid", "1/Z inside", ok=lambda r: (lambda E, t, x: (_I(np.exp(-E(t, _x)) * _dE(E, t, _x)) / _Zt(E, t), _I(np.exp(-E(t, _x)) / _Zt(E, t) * _dE(E, t, _x))))(*_m(r))),
    S(32, "valid", "expectation under p_theta", ok=lambda r: (lambda E, t, x: (_I(np.exp(-E(t, _x)) / _Zt(E, t) * _dE(E, t, _x)), _I((np.exp(-E(t, _x)) / _Zt(E, t)) * _dE(E, t, _x))))(*_m(r))),
]
CLAIMS = [(27, 32, "valid", "grad log p = -grad E + E_p[grad E]")]
