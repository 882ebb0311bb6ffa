from common import *
DOC = "34_bruno_gaussian_bernoulli.md"; TIER = 2
TOPIC = "Gaussian and Bernoulli in exponential-family form and the cumulant's derivatives; two sign slips that cancel, a mu for mu^2"
NOTES = "eta = (mu/sigma^2, -1/(2 sigma^2)), T = (x, x^2), A = mu^2/(2 sigma^2) + log sigma (lines 20-23); the source writes theta " \
        "for sigma in row 13 and for the natural parameter in row 14"


def A(e1, e2):
    return -e1 ** 2 / (4 * e2) - 0.5 * np.log(-2 * e2)


def gp(r):
    return r.normal(), r.uniform(.4, 2), r.normal()


def bern(r):
    a = r.uniform(.05, .95); x = float(r.integers(0, 2)); return a, x, np.log(a / (1 - a))


STEPS = [
    S(4, "not-an-identity", "Gaussian density (definition)"),
    S(12, "not-an-identity", "the density restated"),
    S(13, "either", "reading A: theta is sigma (log theta = log sigma): agrees; reading B: theta the variance of line 4's "
      "p(x | mu, sigma^2): sigma = 2 puts -log 4 for -log 2", ok=lambda r: (lambda m, s, x: (
      np.exp(-(x - m) ** 2 / (2 * s * s)) / np.sqrt(2 * np.pi * s * s),
      np.exp(-np.log(s) - x * x / (2 * s * s) + m * x / s ** 2 - m * m / (2 * s * s)) / np.sqrt(2 * np.pi)))(*gp(r)),
      cx=lambda: (-np.log(2.0), -np.log(4.0))),
    S(14, "invalid", "the constant term is mu^2/(2 sigma^2), not mu/(2 sigma^2): mu = 2, sigma = 1 gives exponent constants "
      "-2 vs -1 (log sigma = 0)", cx=lambda: (-np.log(1.0) - 2.0 ** 2 / 2, -np.log(1.0) - 2.0 / 2)),
    S(15, "invalid", "against row 14: A(theta) = mu^2/(2 sigma^2) + log sigma (line 23) is not log theta + mu/(2 sigma^2): "
      "mu = 2, sigma = 1 gives -2 vs -1 (the slip undone)", cx=lambda: (-(2.0 ** 2 / 2 + 0.0), -(0.0 + 2.0 / 2))),
    S(20, "not-an-identity", "h read off", outside_display=True),
    S(21, "not-an-identity", "T read off", outside_display=True),
    S(22, "not-an-identity", "eta read off", outside_display=True),
    S(23, "not-an-identity", "A(eta) read off", outside_display=True),
    S(23, "valid", "A in eta", ok=lambda r: (lambda m, s, x: (m * m / (2 * s * s) + np.log(s), A(m / s ** 2, -1 / (2 * s * s))))(*gp(r)),
      outside_display=True),
    S(30, "either", "reading A: d/d eta_1 applied to the bracket: agrees; reading B: (dA/d eta_1) times the bracket (A): "
      "eta = (1, -1/2) gives 1 vs 1 x 0.5", ok=lambda r: (1.0, 1.0), cx=lambda: (d(lambda t: A(t, -.5), 1.0), d(lambda t: A(t, -.5), 1.0) * A(1.0, -.5))),
    S(31, "invalid", "d/d eta_1 (-eta_1^2/(4 eta_2)) = -eta_1/(2 eta_2): eta = (1, -1) gives 0.5 vs -0.5",
      cx=lambda: (d(lambda t: A(t, -1.0), 1.0), 1.0 / (2 * -1.0))),
    S(32, "invalid", "eta_1/(2 eta_2) with eta_2 = -1/(2 sigma^2) is (mu/sigma^2)/(-1/sigma^2): mu = sigma = 1 gives -1 vs 1",
      cx=lambda: ((1.0) / (2 * -0.5), (1.0 / 1.0) / (1 / 1.0))),
    S(33, "valid", "simplify", ok=lambda r: (lambda m, s, x: ((m / s ** 2) / (1 / s ** 2), m))(*gp(r))),
    S(41, "valid", "second derivative", ok=lambda r: (lambda e1, e2: (d2(lambda t: A(t, e2), e1), -1 / (2 * e2)))(r.normal(), -r.uniform(.2, 2))),
    S(41, "valid", "eta_2 = -1/(2 sigma^2)", ok=lambda r: (lambda m, s, x: (-1 / (2 * (-1 / (2 * s * s))), s * s))(*gp(r))),
    S(53, "not-an-identity", "Bernoulli pmf (definition)"),
    S(54, "valid", "exp of log", ok=lambda r: (lambda a, x, e: (a ** x * (1 - a) ** (1 - x), np.exp(np.log(a ** x * (1 - a) ** (1 - x)))))(*bern(r))),
    S(55, "valid", "log of powers", ok=lambda r: (lambda a, x, e: (np.log(a ** x * (1 - a) ** (1 - x)), x * np.log(a) + (1 - x) * np.log(1 - a)))(*bern(r))),
    S(56, "valid", "collect x", ok=lambda r: (lambda a, x, e: (x * np.log(a) + (1 - x) * np.log(1 - a), x * np.log(a / (1 - a)) + np.log(1 - a)))(*bern(r))),
    S(57, "valid", "eta = logit, log(1-alpha) = -log(1+e^eta)", ok=lambda r: (lambda a, x, e: (x * np.log(a / (1 - a)) + np.log(1 - a), x * e - np.log(1 + np.exp(e))))(*bern(r))),
    S(62, "not-an-identity", "h read off", outside_display=True),
    S(63, "not-an-identity", "T read off", outside_display=True),
    S(64, "not-an-identity", "eta read off", outside_display=True),
    S(65, "not-an-identity", "A read off", outside_display=True),
    S(71, "valid", "derivative of log(1 + e^eta)", ok=lambda r: (lambda e: (d(lambda t: np.log(1 + np.exp(t)), e), np.exp(e) / (1 + np.exp(e))))(r.normal())),
    S(71, "valid", "divide by e^eta", ok=lambda r: (lambda e: (np.exp(e) / (1 + np.exp(e)), 1 / (1 + np.exp(-e))))(r.normal())),
    S(71, "valid", "= mu, the mean alpha", ok=lambda r: (lambda a, x, e: (1 / (1 + np.exp(-e)), a))(*bern(r))),
    S(79, "valid", "d^2A = d mu/d eta", ok=lambda r: (lambda e: (d2(lambda t: np.log(1 + np.exp(t)), e), d(lambda t: 1 / (1 + np.exp(-t)), e)))(r.normal())),
    S(79, "valid", "sigma' = sigma(1 - sigma)", ok=lambda r: (lambda e: (d(lambda t: 1 / (1 + np.exp(-t)), e), (1 / (1 + np.exp(-e))) * (1 - 1 / (1 + np.exp(-e)))))(r.normal())),
]
CLAIMS = [(30, 33, "valid", "dA/d eta_1 = mu is true end to end; rows 31 and 32 are each wrong (two sign slips cancel)"), (41, 41, "valid", "d^2A/d eta_1^2 = sigma^2"),
          (53, 57, "valid", "Bernoulli in exponential form")]
