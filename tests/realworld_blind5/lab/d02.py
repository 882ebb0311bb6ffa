from common import *
DOC = "02_statphys_cumulant_recap.md"; TIER = 1
TOPIC = "moment and cumulant generating functions (inside a MyST admonition fence); two typos: var and the unnormalised expansion"
NOTES = "the recap sits in a ```{admonition} fence (MyST), which a plain Markdown reader may take for code"


def inst(r):
    x = np.array([0., 1., 2., 3.]); p = r.dirichlet(np.ones(4))
    return x, p


def pt(x, p, t):
    return (p * np.exp(t * x)).sum()


def l10(r):
    x, p = inst(r)
    h = 1e-3
    return np.array([d(lambda t: pt(x, p, t), 0.0, h), d2(lambda t: pt(x, p, t), 0.0, h)]), \
        np.array([(p * x).sum(), (p * x ** 2).sum()])


def l18a(r):
    x, p = inst(r)
    return d(lambda t: np.log(pt(x, p, t)), 0.0), (p * x).sum()


def l21a(r):
    x, p = inst(r)
    m = (p * x).sum()
    return d2(lambda t: np.log(pt(x, p, t)), 0.0), (p * (x - m) ** 2).sum()


def cx21():
    x = np.array([0., 1.]); p = np.array([.5, .5])
    var = (p * x ** 2).sum() - (p * x).sum() ** 2
    return var, ((p * (x ** 2 - x)).sum()) ** 2      # 0.25 vs 0


def l27(r):
    x, p = inst(r)
    m = (p * x).sum(); v = (p * (x - m) ** 2).sum()
    f = lambda t: np.log(pt(x, p, t))
    return np.array([f(0.0), d(f, 0.0), d2(f, 0.0)]), np.array([0.0, m, v])


def cx33():
    x = np.array([0., 1.]); p = np.array([1., 1.])   # Z0 = 2
    return np.log(pt(x, p, 0.0)), -np.log(2.0)        # ln 2 vs -ln 2 at t = 0


STEPS = [
    S(5, "not-an-identity", "definition of the moment generating function (\\equiv)"),
    S(10, "valid", "d^n/dt^n sum p e^{tx} at 0 = <x^n> (p normalised), checked for n = 1, 2", ok=l10),
    S(14, "not-an-identity", "defines the connected moments <x^n>_c as derivatives of ln p~ (boxed)"),
    S(18, "valid", "first cumulant: d ln p~/dt at 0 = <x>", ok=l18a),
    S(18, "valid", "mean(x) = <x>: the same quantity named twice", ok=lambda r: (1.0, 1.0)),
    S(21, "valid", "second cumulant = var(x)", ok=l21a),
    S(21, "invalid", "<x^2 - (x)>^2 as written is (<x^2 - x>)^2, not <x^2> - <x>^2: x in {0,1} w.p. 1/2 gives var 0.25, "
      "written 0", cx=cx21),
    S(24, "valid", "p~(0) = sum p = 1 for normalised p", ok=lambda r: (inst(r)[1].sum(), 1.0), outside_display=True),
    S(27, "valid", "Taylor series of ln p~ at 0: value 0, slope <x>, curvature var = <x^2>_c (checked through order 2)",
      ok=l27),
    S(30, "not-an-identity", "Z_0 := sum_x p(x) (names the normalisation)", outside_display=True),
    S(33, "invalid", "for sum p = Z_0, ln p~(0) = +ln Z_0, not -ln Z_0 (and the t^2 term should be <x^2>_c, not "
      "<x>_c^2): p = (1, 1) on x in {0, 1} gives ln 2 vs -ln 2 at t = 0", cx=cx33),
]
CLAIMS = []
