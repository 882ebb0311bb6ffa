from common import *
DOC = "21_analytiq_bernoulli_gaussian.md"; TIER = 2
TOPIC = "exponential family b(y) e^{eta.T - a}: Bernoulli (right), Gaussian with the natural parameter mu/sigma for mu/sigma^2"
NOTES = "a(eta) is defined 'such that the distribution integrates to 1' (line 52)"


def bern(r):
    f = r.uniform(.05, .95); y = float(r.integers(0, 2)); return f, y


def cx48():
    m, s = 1.0, 2.0
    N = lambda y: np.exp(-0.5 * ((y - m) / s) ** 2) / (s * np.sqrt(2 * np.pi))
    R = lambda y: np.exp(-y * y / (2 * s * s) + m * y / s)          # a(eta) cancels in ratios
    return N(1.0) / N(0.0), R(1.0) / R(0.0)                            # 1.0 vs 1.4550


STEPS = [
    S(5, "not-an-identity", "the exponential-family form (definition)"),
    S(12, "not-an-identity", "'usually T(y) = y' (a convention)", outside_display=True),
    S(24, "not-an-identity", "Bernoulli pmf (definition)"),
    S(25, "valid", "power = exp of log", ok=lambda r: (lambda f, y: (f ** y * (1 - f) ** (1 - y),
      np.exp(y * np.log(f) + (1 - y) * np.log(1 - f))))(*bern(r))),
    S(26, "valid", "collect y", ok=lambda r: (lambda f, y: (np.exp(y * np.log(f) + (1 - y) * np.log(1 - f)),
      np.exp(np.log(f / (1 - f)) * y + np.log(1 - f))))(*bern(r))),
    S(34, "not-an-identity", "eta read off the form"),
    S(34, "not-an-identity", "\\iff between the two equations (logical relation)"),
    S(34, "valid", "inverse of the logit", ok=lambda r: (lambda f, y: (f, np.exp(np.log(f / (1 - f))) / (1 + np.exp(np.log(f / (1 - f))))))(*bern(r))),
    S(35, "not-an-identity", "b(y) read off"),
    S(36, "not-an-identity", "T(y) read off"),
    S(37, "valid", "a(eta) = -ln(1-phi) written in eta", ok=lambda r: (lambda f, y: (-np.log(1 - f),
      np.log(1 + np.exp(np.log(f / (1 - f))))))(*bern(r))),
    S(47, "not-an-identity", "Gaussian density (definition)"),
    S(48, "invalid", "the exponent must be -y^2/(2s^2) + mu y/s^2 + const; mu/s for mu/s^2 changes the density for any a(eta): "
      "mu = 1, s = 2 gives N(1)/N(0) = 1.133 vs 1.455", cx=cx48),
    S(52, "not-an-identity", "eta defined (as in line 48)", outside_display=True),
]
CLAIMS = [(24, 26, "valid", "Bernoulli in exponential form"), (47, 48, "invalid", "Gaussian in exponential form")]
