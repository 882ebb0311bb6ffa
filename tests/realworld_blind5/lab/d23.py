from common import *
from math import gamma as G, factorial
DOC = "23_analytiq_gamma_beta.md"; TIER = 2
TOPIC = "Gamma and Beta in exponential-family form; the Gamma rewrite drops e^{-beta y}"
NOTES = ""


def gam(r):
    return r.uniform(.5, 4), r.uniform(.3, 3), r.uniform(.1, 3)


STEPS = [
    S(7, "not-an-identity", "Gamma density (definition)"),
    S(11, "not-an-identity", "Gamma function (definition)", outside_display=True),
    S(11, "valid", "Gamma(n) = (n-1)!", ok=lambda r: (lambda n: (G(n), float(factorial(n - 1))))(int(r.integers(1, 9))),
      outside_display=True),
    S(17, "not-an-identity", "the density restated (definition)"),
    S(18, "invalid", "the factor e^{-beta y} is lost: alpha = 2, beta = 1, y = 1 gives e^{-1} = 0.368 vs 1",
      cx=lambda: (1 ** 1 * np.exp(-1) * 1 / G(2), np.exp(-np.log(G(2)) + 1 * np.log(1) + 2 * np.log(1)))),
    S(26, "not-an-identity", "eta defined"),
    S(27, "not-an-identity", "T defined"),
    S(40, "not-an-identity", "Beta density (definition)"),
    S(48, "not-an-identity", "B(alpha, beta) (definition, 'where')"),
    S(56, "valid", "Beta density as one exponential", ok=lambda r: (lambda a, b, y: (
      y ** (a - 1) * (1 - y) ** (b - 1) * G(a + b) / (G(a) * G(b)),
      np.exp((a - 1) * np.log(y) + (b - 1) * np.log(1 - y) - np.log(G(a) * G(b) / G(a + b)))))(
      r.uniform(.5, 4), r.uniform(.5, 4), r.uniform(.05, .95))),
    S(64, "not-an-identity", "eta defined"),
    S(65, "not-an-identity", "T defined"),
    S(66, "not-an-identity", "A defined"),
]
CLAIMS = [(17, 18, "invalid", "Gamma in exponential form")]
