from b9 import *
DOC = "30_yabsed_dsm.md"; TIER = 3
TOPIC = "Markdown lecture summary: DSM with an OU forward SDE, conditional score = -eps/sigma_t, noise-prediction loss (a spurious 1/sigma_t^2 carried to the end)"
NOTES = "gamma_t = e^{-beta t}, sigma_t^2 = sigma^2/(2 beta)(1 - e^{-2 beta t}); x_t = gamma_t x_0 + sigma_t eps; L(theta) is first written on line 22 (its earlier definition is outside the cut)"

_t = np.linspace(1e-6, 1.0, 200001)


def _I(y):
    return np.trapezoid(y, _t) if hasattr(np, "trapezoid") else np.trapz(y, _t)


def _i(r):
    b, s, t = r.uniform(.3, 2), r.uniform(.5, 2), r.uniform(.1, 2)
    g = np.exp(-b * t); st = np.sqrt(s * s / (2 * b) * (1 - np.exp(-2 * b * t)))
    x0, e = r.normal(size=2), r.normal(size=2)
    return g, st, x0, e, g * x0 + st * e


def _lp(x, g, st, x0):
    return -np.sum((x - g * x0) ** 2) / (2 * st * st)


def _gr(f, x, h=1e-6):
    return np.array([(f(x + v) - f(x - v)) / (2 * h) for v in np.eye(len(x)) * h])


# counterexample for line 26: beta = sigma = 1, T = 1, a point-mass data x0*, eps_theta = the exact noise + t a, |a|^2 = 1 (so E||eps_theta - eps||^2 = t^2)
_sig2 = (1 - np.exp(-2 * _t)) / 2

STEPS = [
    S(6, "not-an-identity", "forward SDE"),
    S(8, "not-an-identity", "transition law (distribution statement)"),
    S(9, "not-an-identity", "OU mean and covariance (stated)"),
    S(11, "not-an-identity", "reparametrisation (definition of eps)"),
    S(15, "valid", "log N(x_t; gamma x_0, sigma_t^2 I) up to a constant", ok=lambda r: (lambda g, st, x0, e, x: (_gr(lambda y: _lp(y, g, st, x0) - len(y) / 2 * np.log(2 * np.pi * st * st), x), _gr(lambda y: _lp(y, g, st, x0), x)))(*_i(r))),
    S(15, "valid", "gradient", ok=lambda r: (lambda g, st, x0, e, x: (_gr(lambda y: _lp(y, g, st, x0), x), -(x - g * x0) / st ** 2))(*_i(r))),
    S(15, "valid", "x_t - gamma_t x_0 = sigma_t eps", ok=lambda r: (lambda g, st, x0, e, x: (-(x - g * x0) / st ** 2, -st * e / st ** 2))(*_i(r))),
    S(15, "valid", "simplified", ok=lambda r: (lambda g, st, x0, e, x: (-st * e / st ** 2, -e / st))(*_i(r))),
    S(19, "not-an-identity", "score network parametrisation (definition)"),
    S(22, "not-an-identity", "the loss as written (its own definition in this cut: weight lambda/sigma_t^2 on the squared score error)"),
    S(23, "valid", "the 1/sigma_t pulled out of the norm", ok=lambda r: (lambda et, e, st: (np.sum((-et / st + e / st) ** 2), np.sum((et - e) ** 2) / st ** 2))(r.normal(size=3), r.normal(size=3), r.uniform(.3, 2))),
    S(26, "invalid", "with lambda = sigma_t^2 line 23 is int_0^T (1/sigma_t^2) E||eps_theta - eps||^2 dt: a leftover 1/sigma_t^2 and an integral over t, not E_t: "
      "beta = sigma = 1, T = 1, data a point mass, eps_theta the exact noise plus t a with |a| = 1: line 23 gives int_0^1 t^2/sigma_t^2 dt = 0.9132, the row E_t[t^2] = 1/3",
      cx=lambda: (_I(_t ** 2 / _sig2), 1 / 3)),
]
CLAIMS = []
