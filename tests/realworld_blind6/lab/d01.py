from common import *
DOC = "01_trunghng_bernoulli_binomial.md"; TIER = 2
TOPIC = "Bernoulli and (mis-defined) Binomial in exponential-family form; eta defined as pi/(1-pi) without the log"
NOTES = ("the document defines eta = pi/(1-pi) (no log) and uses it in A(eta) = log(1+e^eta) and pi = sigmoid(eta); "
         "the Binomial pmf is written with exponent 1-x (its own definition, bound); p(x; eta) = h exp(eta T - A)")


def bx(r):
    return r.uniform(0.05, 0.95), float(r.integers(0, 2))


def binx(r):
    p = r.uniform(0.05, 0.95); N = int(r.integers(2, 6)); x = int(r.integers(0, N + 1))
    from math import comb
    return p, x, comb(N, x)


def eta_bad(p):
    return p / (1 - p)


STEPS = [
    S(4, "not-an-identity", "Bernoulli pmf (definition)"),
    S(4, "valid", "exp-log of the pmf", ok=lambda r: (lambda p, x: (p ** x * (1 - p) ** (1 - x),
      np.exp(x * np.log(p) + (1 - x) * np.log(1 - p))))(*bx(r))),
    S(4, "valid", "collect x log(pi/(1-pi))", ok=lambda r: (lambda p, x: (np.exp(x * np.log(p) + (1 - x) * np.log(1 - p)),
      np.exp(np.log(p / (1 - p)) * x + np.log(1 - p))))(*bx(r))),
    S(8, "not-an-identity", "eta defined as pi/(1-pi) (the document's definition, missing the log)"),
    S(8, "not-an-identity", "T(x) = x read off"),
    S(8, "not-an-identity", "A(eta) = -log(1-pi) read off the form"),
    S(8, "invalid", "with the document's eta = pi/(1-pi): pi = 0.5 gives eta = 1, -log(1-pi) = 0.693 but log(1+e) = 1.313",
      cx=lambda: (-np.log(0.5), np.log(1 + np.exp(eta_bad(0.5))))),
    S(8, "not-an-identity", "h(x) = 1 read off"),
    S(12, "invalid", "with eta = pi/(1-pi): pi = 0.5, eta = 1, 1/(1+e^{-1}) = 0.731 != 0.5",
      cx=lambda: (0.5, 1 / (1 + np.exp(-eta_bad(0.5))))),
    S(19, "not-an-identity", "the document's 'Binomial' pmf (definition, exponent 1-x as written)"),
    S(19, "valid", "exp-log, the binomial coefficient kept", ok=lambda r: (lambda p, x, c: (c * p ** x * (1 - p) ** (1 - x),
      c * np.exp(x * np.log(p) + (1 - x) * np.log(1 - p))))(*binx(r))),
    S(19, "valid", "collect x log(pi/(1-pi))", ok=lambda r: (lambda p, x, c: (c * np.exp(x * np.log(p) + (1 - x) * np.log(1 - p)),
      c * np.exp(np.log(p / (1 - p)) * x + np.log(1 - p))))(*binx(r))),
    S(23, "not-an-identity", "eta defined as pi/(1-pi) again"),
    S(23, "not-an-identity", "T(x) = x read off"),
    S(23, "not-an-identity", "A(eta) = -log(1-pi) read off"),
    S(23, "invalid", "as line 8: pi = 0.5, eta = 1: 0.693 vs 1.313", cx=lambda: (-np.log(0.5), np.log(1 + np.exp(eta_bad(0.5))))),
    S(23, "not-an-identity", "h(x) = binomial coefficient read off"),
    S(27, "invalid", "as line 12: pi = 0.5: 0.731 != 0.5", cx=lambda: (0.5, 1 / (1 + np.exp(-eta_bad(0.5))))),
]
CLAIMS = [(4, 4, "valid", "Bernoulli pmf = exp[log(pi/(1-pi)) x + log(1-pi)]"),
          (19, 19, "valid", "the document's pmf = C(N,x) exp[log(pi/(1-pi)) x + log(1-pi)]")]
