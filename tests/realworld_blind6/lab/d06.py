from ef import *
DOC = "06_chentoast_logpartition_moments.md"; TIER = 2
TOPIC = "derivatives of the log normaliser A(eta) = log int h exp(eta^T T): mean and variance of T (dx omitted)"
NOTES = "the integrals omit dx; line 25 drops the transpose of line 21 (scalar reading; checked with scalar T)"


def i1(r):
    return fam(r, M=5, dim=1)


def Z(h, T, e):
    return (h * np.exp(T * e)).sum()


STEPS = [
    S(6, "not-an-identity", "A(eta) defined"),
    S(10, "valid", "d/deta log int = (int T h e^{eta T}) / (int h e^{eta T})", ok=lambda r: (lambda h, T, e: (dA(h, T, e),
      1 / Z(h, T, e) * (h * T * np.exp(T * e)).sum()))(*i1(r))),
    S(14, "valid", "int h e^{eta T} = exp(A)", ok=lambda r: (lambda h, T, e: (1 / Z(h, T, e) * (h * T * np.exp(T * e)).sum(),
      (h * T * np.exp(T * e)).sum() / np.exp(A(h, T, e))))(*i1(r))),
    S(16, "valid", "bring exp(-A) inside", ok=lambda r: (lambda h, T, e: ((h * T * np.exp(T * e)).sum() / np.exp(A(h, T, e)),
      (T * h * np.exp(T * e - A(h, T, e))).sum()))(*i1(r))),
    S(16, "valid", "expectation of T", ok=lambda r: (lambda h, T, e: ((T * h * np.exp(T * e - A(h, T, e))).sum(), ET(h, T, e)))(*i1(r))),
    S(21, "valid", "second derivative", ok=lambda r: (lambda h, T, e: (d2A(h, T, e),
      (T * h * (T - dA(h, T, e)) * np.exp(T * e - A(h, T, e))).sum()))(*i1(r))),
    S(25, "valid", "dA/deta = E(T) (transpose dropped, scalar T)", ok=lambda r: (lambda h, T, e: (
      (T * h * (T - dA(h, T, e)) * np.exp(T * e - A(h, T, e))).sum(), (T * h * (T - ET(h, T, e)) * np.exp(T * e - A(h, T, e))).sum()))(*i1(r))),
    S(27, "valid", "as an expectation", ok=lambda r: (lambda h, T, e: (
      (T * h * (T - ET(h, T, e)) * np.exp(T * e - A(h, T, e))).sum(), p(h, T, e) @ (T * T - T * ET(h, T, e))))(*i1(r))),
    S(29, "valid", "linearity", ok=lambda r: (lambda h, T, e: (p(h, T, e) @ (T * T - T * ET(h, T, e)),
      p(h, T, e) @ (T * T) - ET(h, T, e) ** 2))(*i1(r))),
    S(29, "valid", "variance", ok=lambda r: (lambda h, T, e: (p(h, T, e) @ (T * T) - ET(h, T, e) ** 2, varT(h, T, e)))(*i1(r))),
]
CLAIMS = [(10, 16, "valid", "A'(eta) = E[T]"), (21, 29, "valid", "A''(eta) = Var T")]
