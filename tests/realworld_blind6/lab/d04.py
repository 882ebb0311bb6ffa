from ef import *
DOC = "04_trunghng_cumulant_moments.md"; TIER = 2
TOPIC = "first and second derivative of the cumulant function A(eta) = log int exp(eta^T T) h: mean and covariance of T"
NOTES = ("A(eta) = log int h exp(eta^T T) nu(dx) (eq. ef.2, just before the cut); `\\eta^\\text{T}(x)` in row 2 of line 6 "
         "is a typo for eta^T T(x)")


def i1(r):
    return fam(r, M=5, dim=2)


STEPS = [
    S(6, "valid", "A is the log of the normalising integral (eq. ef.2)", ok=lambda r: (lambda h, T, e: (dA(h, T, e), dA(h, T, e)))(*i1(r))),
    S(6, "either", "A: exp(eta^T T(x)) (typo for the statistic): derivative of log int = ratio of integrals; "
      "B: exp(eta^T x) in the numerator differs when T(x) != x (x = 0..4, T(x) = x^2, h = 1, eta = 0.3)",
      ok=lambda r: (lambda h, T, e: (dA(h, T, e), (T * (h * np.exp(T @ e))[:, None]).sum(0) / (h * np.exp(T @ e)).sum()))(*i1(r)),
      cx=lambda: (lambda x: ((x ** 2 * np.exp(0.3 * x ** 2)).sum() / np.exp(0.3 * x ** 2).sum(),
                             (x ** 2 * np.exp(0.3 * x)).sum() / np.exp(0.3 * x ** 2).sum()))(np.arange(5.0))),
    S(6, "either", "A (row 2 read with T(x)): divide by exp(A); B (row 2 with exp(eta^T x)): row 2 differs from this row "
      "(same instance as the row before)", cx=lambda: (lambda x: ((x ** 2 * np.exp(0.3 * x)).sum() / np.exp(0.3 * x ** 2).sum(),
      (x ** 2 * np.exp(0.3 * x ** 2)).sum() / np.exp(0.3 * x ** 2).sum()))(np.arange(5.0)), ok=lambda r: (lambda h, T, e: ((T * (h * np.exp(T @ e))[:, None]).sum(0) / (h * np.exp(T @ e)).sum(),
      (T * (h * np.exp(T @ e - A(h, T, e)))[:, None]).sum(0)))(*i1(r))),
    S(6, "valid", "p(x; eta) = h exp(eta^T T - A)", ok=lambda r: (lambda h, T, e: ((T * (h * np.exp(T @ e - A(h, T, e)))[:, None]).sum(0),
      p(h, T, e) @ T))(*i1(r))),
    S(6, "valid", "expectation", ok=lambda r: (lambda h, T, e: (p(h, T, e) @ T, ET(h, T, e)))(*i1(r))),
    S(12, "valid", "differentiate eq. mv.1 (= grad A) once more", ok=lambda r: (lambda h, T, e: (d2A(h, T, e),
      np.array([(ET(h, T, e + 1e-5 * u) - ET(h, T, e - 1e-5 * u)) / 2e-5 for u in np.eye(2)])))(*i1(r))),
    S(12, "valid", "derivative of exp(eta^T T - A) brings down (T - grad A)^T", ok=lambda r: (lambda h, T, e: (
      np.array([(ET(h, T, e + 1e-5 * u) - ET(h, T, e - 1e-5 * u)) / 2e-5 for u in np.eye(2)]).T,
      (T[:, :, None] * (T - dA(h, T, e))[:, None, :] * p(h, T, e)[:, None, None]).sum(0)))(*i1(r))),
    S(12, "valid", "grad A = E[T]", ok=lambda r: (lambda h, T, e: (
      (T[:, :, None] * (T - dA(h, T, e))[:, None, :] * p(h, T, e)[:, None, None]).sum(0),
      (T[:, :, None] * (T - ET(h, T, e))[:, None, :] * p(h, T, e)[:, None, None]).sum(0)))(*i1(r))),
    S(12, "valid", "E[T T^T] - E[T] E[T]^T", ok=lambda r: (lambda h, T, e: (
      (T[:, :, None] * (T - ET(h, T, e))[:, None, :] * p(h, T, e)[:, None, None]).sum(0),
      (T[:, :, None] * T[:, None, :] * p(h, T, e)[:, None, None]).sum(0) - np.outer(ET(h, T, e), ET(h, T, e))))(*i1(r))),
    S(12, "valid", "covariance", ok=lambda r: (lambda h, T, e: (
      (T[:, :, None] * T[:, None, :] * p(h, T, e)[:, None, None]).sum(0) - np.outer(ET(h, T, e), ET(h, T, e)), varT(h, T, e)))(*i1(r))),
]
CLAIMS = [(6, 6, "valid", "grad A = E[T(X)]"), (12, 12, "valid", "Hessian of A = Cov[T(X)]")]
