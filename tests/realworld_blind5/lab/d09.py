from common import *
DOC = "09_adi_ebm_normalization.md"; TIER = 1
TOPIC = "normalising an unnormalised g by its volume Z; Gaussian volume; EBM p = e^f/Z; ratio free of Z"
NOTES = "integrals over x; Volume(g) := integral of g (defined in the prose, line 9)"

X = np.linspace(-30, 30, 200001)


def gfun(r):
    a, b, c = r.normal(size=3)
    return lambda x: np.exp(-x ** 2 / 2 + a * np.sin(x) + b * x / 3 + c)


def l3a(r):
    g = gfun(r); Z = np.trapezoid(g(X), X); x0 = r.normal()
    return g(x0) / Z, g(x0) / np.trapezoid(g(X), X)


def l7(r):
    g = gfun(r); Z = np.trapezoid(g(X), X)
    return np.trapezoid(g(X) / Z, X), 1.0


def gauss(r):
    return r.normal(), r.uniform(.3, 3)


def l15b(r):
    m, s = gauss(r)
    return np.trapezoid(np.exp(-(X - m) ** 2 / (2 * s * s)), X), np.sqrt(2 * np.pi * s * s)


def l19(r):
    m, s = gauss(r); x0 = r.normal()
    g = lambda x: np.exp(-(x - m) ** 2 / (2 * s * s))
    return g(x0) / np.trapezoid(g(X), X), np.exp(-(x0 - m) ** 2 / (2 * s * s)) / np.sqrt(2 * np.pi * s * s)


def l40(r):
    f = (lambda a, b: (lambda x: a * np.sin(x) - x ** 2 / 2 + b * x))(*r.normal(size=2))
    Z = np.trapezoid(np.exp(f(X)), X); x0 = r.normal()
    return np.log(np.exp(f(x0)) / Z), f(x0) - np.log(Z)


def l58(r):
    f = (lambda a, b: (lambda x: a * np.sin(x) - x ** 2 / 2 + b * x))(*r.normal(size=2))
    Z = np.trapezoid(np.exp(f(X)), X); x1, x2 = r.normal(size=2)
    return np.exp(f(x1)) / Z / (np.exp(f(x2)) / Z), np.exp(f(x1) - f(x2))


STEPS = [
    S(3, "not-an-identity", "p_theta := g/Z (definition)"),
    S(3, "valid", "Z = integral of g", ok=l3a),
    S(3, "valid", "Volume(g) = integral of g (its definition in the prose)", ok=l3a),
    S(7, "valid", "substitute p = g/Z", ok=lambda r: (1.0, 1.0)),
    S(7, "valid", "integral of g/Z = Z/Z", ok=l7),
    S(7, "valid", "Z/Z = 1", ok=lambda r: (lambda z: (z / z, 1.0))(r.uniform(.1, 9))),
    S(9, "not-an-identity", "Volume(g) := integral of g (definition)", outside_display=True),
    S(9, "valid", "integral of g = Z", ok=l3a, outside_display=True),
    S(13, "not-an-identity", "example g (definition)", outside_display=True),
    S(15, "valid", "Volume of the example g is its integral", ok=lambda r: (1.0, 1.0)),
    S(15, "valid", "Gaussian integral = sqrt(2 pi sigma^2)", ok=l15b),
    S(19, "valid", "g / Volume(g)", ok=l19),
    S(30, "not-an-identity", "the EBM (definition)"),
    S(32, "not-an-identity", "names Z = integral of e^f"),
    S(38, "not-an-identity", "hypothesis f = f_1 + f_2", outside_display=True),
    S(38, "valid", "e^{f_1 + f_2} = e^{f_1} e^{f_2}", ok=lambda r: (lambda a, b: (np.exp(a + b), np.exp(a) * np.exp(b)))(*r.normal(size=2)),
      outside_display=True),
    S(40, "valid", "log(e^f/Z) = f - log Z", ok=l40, outside_display=True),
    S(42, "valid", "chain rule for e^{f(x)}", ok=lambda r: (lambda a, x: (d(lambda t: np.exp(np.sin(a * t)), x),
      np.exp(np.sin(a * x)) * a * np.cos(a * x)))(*r.normal(size=2)), outside_display=True),
    S(58, "valid", "p = e^f/Z at x_1 and x_2", ok=l58),
    S(58, "valid", "the 1/Z cancel", ok=l58),
    S(58, "valid", "e^a/e^b = e^{a-b}", ok=lambda r: (lambda a, b: (np.exp(a) / np.exp(b), np.exp(a - b)))(*r.normal(size=2))),
]
CLAIMS = [(7, 7, "valid", "p integrates to 1"), (58, 58, "valid", "p(x1)/p(x2) = e^{f(x1) - f(x2)}")]
