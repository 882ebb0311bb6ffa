from common import *
DOC = "07_p16i_cumulant_moments.md"; TIER = 2
TOPIC = "cumulant A = -g: Bernoulli A' = p, A'' = p(1-p); Gaussian A(eta) with a sign error, then mu and sigma^2 claimed from it"
NOTES = "the source's Gaussian parameters (previous section): eta = (mu/s^2, -1/s^2), g = -mu^2/(2 s^2) - log s; A = -g"


def bern(r):
    p = r.uniform(.05, .95); return p, np.log(p / (1 - p))


def A32(e1, e2):
    return e1 ** 2 / (4 * e2) + 0.5 * np.log(-2 * e2)


def cx32():
    m, s = 1.0, 1.0; e1, e2 = m / s ** 2, -1 / (2 * s ** 2)     # the standard eta: A = mu^2/(2s^2) + log s
    return m ** 2 / (2 * s ** 2) + np.log(s), A32(e1, e2)        # 0.5 vs -0.5


def l38(r):
    e1 = r.normal(); e2 = -r.uniform(.2, 2)
    return d(lambda t: A32(t, e2), e1), e1 / (2 * e2)


def l40(r):
    e1 = r.normal(); e2 = -r.uniform(.2, 2)
    return d2(lambda t: A32(t, e2), e1), 1 / (2 * e2)


STEPS = [
    S(6, "not-an-identity", "g(theta) = log(1-p) recalled", outside_display=True),
    S(3, "not-an-identity", "eta = eta(theta) (notation)", outside_display=True),
    S(3, "not-an-identity", "A(eta) := -g(theta) (\\equiv)", outside_display=True),
    S(9, "valid", "A = -g with g = log(1 - p)", ok=lambda r: (lambda p, e: (-np.log(1 - p), -np.log(1 - p)))(*bern(r))),
    S(14, "valid", "inverting eta = log(p/(1-p))", ok=lambda r: (lambda p, e: (p, 1 / (1 + np.exp(-e))))(*bern(r))),
    S(14, "valid", "-log(1-p) = log(1 + e^eta)", ok=lambda r: (lambda p, e: (-np.log(1 - p), np.log(1 + np.exp(e))))(*bern(r))),
    S(20, "valid", "d/d eta log(1 + e^eta)", ok=lambda r: (lambda p, e: (d(lambda t: np.log(1 + np.exp(t)), e),
      1 / (1 + np.exp(-e))))(*bern(r))),
    S(20, "valid", "= p", ok=lambda r: (lambda p, e: (1 / (1 + np.exp(-e)), p))(*bern(r))),
    S(21, "valid", "second derivative = sigma(eta)(1 - sigma(eta))", ok=lambda r: (lambda p, e: (
      d2(lambda t: np.log(1 + np.exp(t)), e), (1 / (1 + np.exp(-e))) * (np.exp(-e) / (1 + np.exp(-e)))))(*bern(r))),
    S(30, "not-an-identity", "(eta_1, eta_2) := eta(theta) (definition)", outside_display=True),
    S(30, "not-an-identity", "A := -g (definition)", outside_display=True),
    S(32, "invalid", "A = -g = mu^2/(2s^2) + log s equals -eta_1^2/(4 eta_2) - (1/2) log(-2 eta_2) (standard eta); both signs "
      "are flipped (and with the source's eta_2 = -1/s^2 it fails too): mu = s = 1 gives 0.5 vs -0.5", cx=cx32),
    S(38, "valid", "d/d eta_1 of line 32's expression", ok=l38),
    S(39, "invalid", "eta_1/(2 eta_2) with the source's eta = (mu/s^2, -1/s^2) is -mu/2 (with the standard eta, -mu), not mu: "
      "mu = s = 1 gives -0.5 vs 1", cx=lambda: ((1.0 / 1.0) / (2 * -1.0), 1.0)),
    S(40, "valid", "second derivative of line 32's expression in eta_1", ok=l40),
    S(41, "invalid", "1/(2 eta_2) = -s^2/2 with eta_2 = -1/s^2 (-s^2 with the standard eta), not s^2: s = 1 gives -0.5 vs 1",
      cx=lambda: (1 / (2 * -1.0), 1.0)),
]
CLAIMS = [(9, 14, "valid", "Bernoulli A(eta) = log(1 + e^eta)"), (20, 21, "valid", "A' = p, A'' = p(1-p)"),
          (38, 39, "invalid", "dA/d eta_1 = mu"), (40, 41, "invalid", "d^2A/d eta_1^2 = sigma^2")]
