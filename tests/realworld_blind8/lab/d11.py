from rbm import *
DOC = "11_dinrhiw_gbrbm_tm.md"; TIER = 2
TOPIC = "TeXmacs notes: Gaussian-Bernoulli RBM, P(v|h) by completing the square (a factor e^{b^T h} dropped), free energy, dF/da"
NOTES = "E_GB = 1/2 ||v-a||^2 - v^T W h - b^T h; checked with one visible unit (quadrature) and two hidden units"

_x = np.linspace(-30, 30, 120001)


def _I(f):
    return np.trapezoid(f(_x), _x) if hasattr(np, "trapezoid") else np.trapz(f(_x), _x)


def _g(r):
    return r.normal(), r.normal(), r.normal(), r.uniform(-2, 2), float(r.integers(0, 2))   # W (1x1), a, b, v, h


def _EG(v, h, W, a, b):
    return .5 * (v - a) ** 2 - v * W * h - b * h


STEPS = [
    S(5, "not-an-identity", "GB-RBM energy (definition)"),
    S(11, "valid", "conditional = joint / marginal (Z cancels)",
      ok=lambda r: (lambda W, a, b, v, h: (np.exp(-_EG(v, h, W, a, b)) / _I(lambda u: np.exp(-_EG(u, h, W, a, b))), np.exp(-_EG(v, h, W, a, b)) / _I(lambda u: np.exp(-_EG(u, h, W, a, b)))))(*_g(r))),
    S(11, "valid", "e^{b^T h} cancels",
      ok=lambda r: (lambda W, a, b, v, h: (np.exp(-_EG(v, h, W, a, b)) / _I(lambda u: np.exp(-_EG(u, h, W, a, b))), np.exp(v * W * h - .5 * (v - a) ** 2) / _I(lambda u: np.exp(u * W * h - .5 * (u - a) ** 2))))(*_g(r))),
    S(11, "valid", "(same expression, the marginal's integral written out)",
      ok=lambda r: (lambda W, a, b, v, h: (np.exp(v * W * h - .5 * (v - a) ** 2) / _I(lambda u: np.exp(u * W * h - .5 * (u - a) ** 2)), np.exp(v * W * h - .5 * (v - a) ** 2) / _I(lambda u: np.exp(u * W * h - .5 * (u - a) ** 2))))(*_g(r))),
    S(16, "valid", "e^{b^T h} out of the integral",
      ok=lambda r: (lambda W, a, b, v, h: (_I(lambda u: np.exp(u * W * h - .5 * (u - a) ** 2 + b * h)), np.exp(b * h) * _I(lambda u: np.exp(u * W * h - .5 * (u - a) ** 2))))(*_g(r))),
    S(16, "invalid", "the factor e^{b^T h} is dropped: W = 0, a = 0, b = 1, h = 1: e^{1} sqrt(2 pi) = 6.8138 but the row gives sqrt(2 pi) = 2.5066",
      cx=lambda: (np.exp(1.0) * _I(lambda u: np.exp(-.5 * u ** 2)), _I(lambda u: np.exp(-.5 * u ** 2)))),
    S(19, "valid", "completing the square",
      ok=lambda r: (lambda W, a, b, v, h: (_I(lambda u: np.exp(-.5 * u ** 2 + u * (W * h + a) - .5 * a ** 2)), np.exp(.5 * (W * h + a) ** 2 - .5 * a ** 2) * _I(lambda u: np.exp(-.5 * (u - (W * h + a)) ** 2))))(*_g(r))),
    S(21, "valid", "line 11 with the completed square in numerator and denominator",
      ok=lambda r: (lambda W, a, b, v, h: (np.exp(v * W * h - .5 * (v - a) ** 2) / _I(lambda u: np.exp(u * W * h - .5 * (u - a) ** 2)),
                                           np.exp(.5 * (W * h + a) ** 2 - .5 * a ** 2) * np.exp(-.5 * (v - (W * h + a)) ** 2) / (np.exp(.5 * (W * h + a) ** 2 - .5 * a ** 2) * _I(lambda u: np.exp(-.5 * (u - (W * h + a)) ** 2)))))(*_g(r))),
    S(21, "valid", "Z the Gaussian normaliser (a new symbol here)",
      ok=lambda r: (lambda W, a, b, v, h: (np.exp(-.5 * (v - (W * h + a)) ** 2) / _I(lambda u: np.exp(-.5 * (u - (W * h + a)) ** 2)), np.exp(-.5 * (v - (W * h + a)) ** 2) / np.sqrt(2 * np.pi)))(*_g(r))),
    S(21, "not-an-identity", "~ Normal(Wh + a, I): a distribution statement"),
    S(24, "either", "reading A: P(h = 1|v) componentwise: sigmoid(v^T W + b) (valid); reading B: P(h|v) at h = 0: W = 0, b = 0, v = 0: P(h=0|v) = 0.5 "
      "while sigmoid(0) = 0.5 agrees, so take b = 1: P(h=0|v) = 0.2689 but sigmoid(1) = 0.7311",
      ok=lambda r: (lambda W, a, b, v, h: (np.exp(v * W + b) / (1 + np.exp(v * W + b)), sig(v * W + b)))(*_g(r)),
      cx=lambda: (1 / (1 + np.exp(1.0)), sig(1.0))),
    S(28, "not-an-identity", "free energy (definition)"),
    S(28, "valid", "-E_GB written out",
      ok=lambda r: (lambda W, a, b, v: (-np.log(sum(np.exp(-_EG(v, h, W, a, b)) for h in (0.0, 1.0))), -np.log(sum(np.exp(-.5 * (v - a) ** 2 + v * W * h + b * h) for h in (0.0, 1.0)))))(*_g(r)[:4])),
    S(28, "valid", "1/2||v-a||^2 out of the log",
      ok=lambda r: (lambda W, a, b, v: (-np.log(sum(np.exp(-.5 * (v - a) ** 2 + v * W * h + b * h) for h in (0.0, 1.0))), .5 * (v - a) ** 2 - np.log(sum(np.exp((W * v + b) * h) for h in (0.0, 1.0)))))(*_g(r)[:4])),
    S(32, "valid", "dF/da", ok=lambda r: (lambda W, a, b, v: (d(lambda t: -np.log(sum(np.exp(-_EG(v, h, W, t, b)) for h in (0.0, 1.0))), a), a - v))(*_g(r)[:4])),
]
CLAIMS = []
