from common import *
DOC = "02_trunghng_poisson_gaussian.md"; TIER = 2
TOPIC = "Poisson and univariate Gaussian in exponential-family form, A(eta) in natural parameters"
NOTES = "`-1/2\\sigma^2` in eta is ambiguous (-1/(2 sigma^2) intended, -sigma^2/2 as typeset)"


def pois(r):
    from math import factorial
    lam = r.uniform(0.2, 5); x = int(r.integers(0, 7))
    return lam, x, factorial(x)


def gau(r):
    return r.normal(), r.uniform(0.4, 2.5), r.normal(0, 2)


def A_nat(e1, e2):
    return -e1 ** 2 / (4 * e2) - 0.5 * np.log(-2 * e2)


STEPS = [
    S(4, "not-an-identity", "Poisson pmf (definition)"),
    S(4, "valid", "lambda^x e^{-lambda} = exp(x log lambda - lambda)", ok=lambda r: (lambda l, x, f: (l ** x * np.exp(-l) / f,
      np.exp(x * np.log(l) - l) / f))(*pois(r))),
    S(8, "not-an-identity", "eta = log lambda (definition)"),
    S(8, "not-an-identity", "T(x) = x read off"),
    S(8, "not-an-identity", "A(eta) = lambda read off"),
    S(8, "valid", "lambda = e^eta with eta = log lambda", ok=lambda r: (lambda l: (l, np.exp(np.log(l))))(r.uniform(0.1, 5))),
    S(8, "not-an-identity", "h(x) = 1/x! read off"),
    S(12, "valid", "lambda = e^eta (restated)", ok=lambda r: (lambda l: (l, np.exp(np.log(l))))(r.uniform(0.1, 5))),
    S(18, "not-an-identity", "Gaussian density (definition)"),
    S(18, "valid", "expand the square, 1/sigma into -log sigma", ok=lambda r: (lambda m, s, x: (
      np.exp(-(x - m) ** 2 / (2 * s * s)) / (np.sqrt(2 * np.pi) * s),
      np.exp(m / s ** 2 * x - x * x / (2 * s * s) - m * m / (2 * s * s) - np.log(s)) / np.sqrt(2 * np.pi)))(*gau(r))),
    S(22, "not-an-identity", "eta = [mu/sigma^2, -1/2sigma^2] (definition)"),
    S(22, "not-an-identity", "T(x) = [x, x^2] read off"),
    S(22, "not-an-identity", "A(eta) = mu^2/(2 sigma^2) + log sigma read off"),
    S(22, "either", "A: eta_2 = -1/(2 sigma^2): -eta1^2/(4 eta2) - log(-2 eta2)/2 = mu^2/(2 sigma^2) + log sigma; "
      "B: eta_2 = -sigma^2/2 as typeset: mu = 1, sigma = 2 gives 0.818 vs -0.685",
      ok=lambda r: (lambda m, s, x: (m * m / (2 * s * s) + np.log(s), A_nat(m / s ** 2, -1 / (2 * s * s))))(*gau(r)),
      cx=lambda: (1 / 8 + np.log(2), A_nat(1 / 4, -4 / 2))),
    S(22, "not-an-identity", "h(x) = 1/sqrt(2 pi) read off"),
]
CLAIMS = [(4, 4, "valid", "Poisson pmf = exp(x log lambda - lambda)/x!"),
          (18, 18, "valid", "Gaussian density in exponential form")]
