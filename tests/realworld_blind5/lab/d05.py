from common import *
DOC = "05_p16i_expfam_bernoulli.md"; TIER = 2
TOPIC = "exponential family p = f(x) exp(eta.phi + g); a wrong 'normalisation' chain; Bernoulli in exponential form"
NOTES = "g(theta) is the (negative) log-normaliser, the source's sign convention"


def cx17():
    xs = np.array([0., 1.]); f = np.array([1., 2.]); eta = 0.5
    g = -np.log((f * np.exp(eta * xs)).sum())
    p1 = f[1] * np.exp(eta * 1 + g)
    rhs1 = np.exp(eta * 1) / (f * np.exp(eta * xs)).sum()        # the cancelled g's, at x = 1
    return p1, rhs1


def bern(r):
    p = r.uniform(0.05, 0.95); x = r.integers(0, 2)
    return p, float(x)


STEPS = [
    S(24, "not-an-identity", "Omega = {0, 1} (sample space)", outside_display=True),
    S(5, "not-an-identity", "the exponential-family form (definition)"),
    S(16, "valid", "p / (integral of p) = p since p integrates to 1",
      ok=lambda r: (lambda p: (p[0], p[0] / p.sum()))(r.dirichlet(np.ones(3)))),
    S(17, "invalid", "numerator lacks f(x), g multiplies instead of exp(g), and phi(x) became x: x in {0,1}, f = (1, 2), "
      "phi(x) = x, eta = 0.5 gives p(1) = 0.767 vs 0.384", cx=cx17),
    S(27, "not-an-identity", "Bernoulli pmf (definition)"),
    S(33, "valid", "exp-log of the pmf", ok=lambda r: (lambda p, x: (p ** x * (1 - p) ** (1 - x),
      np.exp(np.log(p ** x) + np.log((1 - p) ** (1 - x)))))(*bern(r))),
    S(34, "valid", "log of powers", ok=lambda r: (lambda p, x: (np.exp(np.log(p ** x) + np.log((1 - p) ** (1 - x))),
      np.exp(x * np.log(p) + (1 - x) * np.log(1 - p))))(*bern(r))),
    S(35, "valid", "expand (1 - x) log(1 - p)", ok=lambda r: (lambda p, x: (x * np.log(p) + (1 - x) * np.log(1 - p),
      x * np.log(p) - x * np.log(1 - p) + np.log(1 - p)))(*bern(r))),
    S(36, "valid", "collect x log(p/(1-p))", ok=lambda r: (lambda p, x: (x * np.log(p) - x * np.log(1 - p),
      x * np.log(p / (1 - p))))(*bern(r))),
    S(40, "not-an-identity", "reads f(x) = 1 off the form", outside_display=True),
    S(41, "not-an-identity", "reads phi(x) = x off the form", outside_display=True),
    S(42, "not-an-identity", "reads eta(p) off the form", outside_display=True),
    S(43, "not-an-identity", "reads g(p) off the form", outside_display=True),
]
CLAIMS = [(33, 36, "valid", "Bernoulli pmf = exp(x log(p/(1-p)) + log(1-p))")]
