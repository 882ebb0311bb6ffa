from common import *
from math import factorial
DOC = "22_analytiq_poisson.md"; TIER = 2
TOPIC = "Poisson in exponential-family form; the listed log-partition a(eta) = eta should be e^eta"
NOTES = "the family is p(y; eta) = b(y) e^{eta T(y) - a(eta)} (same post)"


def pois(r):
    lam = r.uniform(.2, 5); k = int(r.integers(0, 8)); return lam, k


STEPS = [
    S(7, "not-an-identity", "Poisson pmf (definition)"),
    S(8, "valid", "lambda^k = e^{k ln lambda}", ok=lambda r: (lambda l, k: (l ** k / factorial(k) * np.exp(-l),
      np.exp(k * np.log(l) - l) / factorial(k)))(*pois(r))),
    S(16, "not-an-identity", "eta := ln lambda"),
    S(17, "not-an-identity", "T(k) := k"),
    S(18, "either", "reading A: a listed definition (nothing to check); reading B: the log-partition forced by line 8, "
      "e^{k ln lambda - lambda} = e^{eta k - a(eta)} needs a(eta) = lambda = e^eta: lambda = 2 gives a = 0.693 vs 2",
      ok=lambda r: (1.0, 1.0), cx=lambda: (np.log(2.0), 2.0)),
    S(19, "not-an-identity", "b(k) := 1/k!"),
]
CLAIMS = [(7, 8, "valid", "Poisson in exponential form")]
