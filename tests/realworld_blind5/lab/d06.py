from common import *
DOC = "06_p16i_expfam_gaussian.md"; TIER = 2
TOPIC = "univariate Gaussian in exponential-family form; the listed natural parameter has -1/sigma^2 for -1/(2 sigma^2)"
NOTES = ""


def g(r):
    return r.normal(), r.uniform(.3, 2), r.normal()


STEPS = [
    S(5, "not-an-identity", "the Gaussian density (definition)"),
    S(6, "valid", "expand the square", ok=lambda r: (lambda m, s, x: ((x - m) ** 2, x ** 2 - 2 * x * m + m ** 2))(*g(r))),
    S(7, "valid", "1/sqrt(2 pi s^2) = e^{-log s}/sqrt(2 pi), exponent split", ok=lambda r: (lambda m, s, x: (
      np.exp(-(x ** 2 - 2 * x * m + m ** 2) / (2 * s * s)) / np.sqrt(2 * np.pi * s * s),
      np.exp(x * m / s ** 2 - x ** 2 / (2 * s * s) - m * m / (2 * s * s) - np.log(s)) / np.sqrt(2 * np.pi)))(*g(r))),
    S(12, "not-an-identity", "reads f(x) off the form", outside_display=True),
    S(13, "not-an-identity", "reads phi(x) = (x, x^2) off the form", outside_display=True),
    S(14, "either", "reading A: a definition of eta (nothing to check); reading B: the natural parameter read off line 7, "
      "which must be (mu/s^2, -1/(2 s^2)): with eta as listed, eta.phi(x) at x = 1, mu = 0, s = 1 is -1, the exponent's "
      "x-part is -0.5", ok=lambda r: (1.0, 1.0), cx=lambda: (-1.0, -0.5), outside_display=True),
    S(15, "not-an-identity", "reads g off the form (consistent with line 7)", outside_display=True),
]
CLAIMS = [(5, 7, "valid", "Gaussian density in exponential form")]
