from common import *
DOC = "05_chentoast_bernoulli_gaussian.md"; TIER = 2
TOPIC = "Bernoulli and a Gaussian written with the wrong exponent sign; A(eta) in natural parameters; mean parameter"
NOTES = ("line 17 defines p with exp(+(x-mu)^2/(2 sigma^2)) (the document's definition, bound); eta = [mu/sigma^2, "
         "-1/(2 sigma^2)] is read off in line 23; for the Bernoulli E(X) = pi and eta = log(pi/(1-pi))")


def bx(r):
    return r.uniform(0.05, 0.95), float(r.integers(0, 2))


def gau(r):
    return r.normal(), r.uniform(0.4, 2.5), r.normal(0, 2)


STEPS = [
    S(5, "not-an-identity", "Bernoulli pmf (definition)"),
    S(7, "valid", "exp-log", ok=lambda r: (lambda p, x: (p ** x * (1 - p) ** (1 - x),
      np.exp(x * np.log(p) + (1 - x) * np.log(1 - p))))(*bx(r))),
    S(9, "valid", "expand (1-x) log(1-pi)", ok=lambda r: (lambda p, x: (x * np.log(p) + (1 - x) * np.log(1 - p),
      x * (np.log(p) - np.log(1 - p)) + np.log(1 - p)))(*bx(r))),
    S(11, "valid", "log pi - log(1-pi) = log(pi/(1-pi))", ok=lambda r: (lambda p, x: (x * (np.log(p) - np.log(1 - p)),
      np.log(p / (1 - p)) * x))(*bx(r))),
    S(17, "not-an-identity", "the document's 'normal' density (definition, exponent without the minus sign)"),
    S(19, "valid", "expand the square", ok=lambda r: (lambda m, s, x: ((x - m) ** 2, x * x - 2 * x * m + m * m))(*gau(r))),
    S(21, "valid", "split the fraction, 1/sigma = exp(-log sigma)", ok=lambda r: (lambda m, s, x: (
      np.exp((x * x - 2 * x * m + m * m) / (2 * s * s)) / (np.sqrt(2 * np.pi) * s),
      np.exp(x * x / (2 * s * s) - x * m / s ** 2 + m * m / (2 * s * s) - np.log(s)) / np.sqrt(2 * np.pi)))(*gau(r))),
    S(23, "not-an-identity", "h(x) read off", outside_display=True),
    S(23, "not-an-identity", "eta read off (definition)", outside_display=True),
    S(23, "not-an-identity", "T(x) read off", outside_display=True),
    S(25, "not-an-identity", "A(eta) stated (the log normaliser)"),
    S(25, "invalid", "with eta1 = mu/sigma^2, eta2 = -1/(2 sigma^2): -eta1^2/(4 eta2) - log(-2 eta2)/2 = mu^2/(2 sigma^2) + "
      "log sigma; mu = 0, sigma = 2: -0.693 vs 0.693",
      cx=lambda: (0 - np.log(2), -0.0 / (4 * -1 / 8) - np.log(-2 * (-1 / 8)) / 2)),
    S(32, "not-an-identity", "eta = log(pi/(1-pi)) (definition)"),
    S(34, "valid", "Bernoulli mean is pi", ok=lambda r: (lambda p: (p * 1 + (1 - p) * 0, p))(r.uniform(0.05, 0.95))),
    S(34, "invalid", "the inverse logit is 1/(1+e^{-eta}); pi = 0.25: eta = -1.099, 1/(e^eta - 1) = -1.5",
      cx=lambda: (0.25, 1 / (np.exp(np.log(0.25 / 0.75)) - 1))),
]
CLAIMS = [(5, 11, "valid", "Bernoulli pmf = exp(log(pi/(1-pi)) x + log(1-pi))"),
          (17, 21, "valid", "the document's density expanded"),
          (32, 34, "invalid", "E(X) = 1/(e^eta - 1) is not the inverse logit")]
