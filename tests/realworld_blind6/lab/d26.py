from ef import *
DOC = "26_ewer_logpartition_gradient.md"; TIER = 2
TOPIC = "Hugo post: differentiate the normalisation of an exponential family (Leibniz rule) to get grad A = E[phi]"
NOTES = "p(x|theta) = h exp(theta^T phi - A), A = log Z (defined before the cut); finite support in the checks"


def i2(r):
    return fam(r, M=5, dim=2)


def G(h, T, e):   # grad of int h exp(theta^T phi - A) for fixed A = A(theta0)? we differentiate the full expression
    return np.array([(np.sum(h * np.exp(T @ (e + 1e-5 * u) - A(h, T, e + 1e-5 * u))) -
                      np.sum(h * np.exp(T @ (e - 1e-5 * u) - A(h, T, e - 1e-5 * u)))) / 2e-5 for u in np.eye(2)])


STEPS = [
    S(10, "valid", "p = h exp(theta^T phi - A)", ok=lambda r: (lambda h, T, e: (p(h, T, e).sum(), (h * np.exp(T @ e - A(h, T, e))).sum()))(*i2(r))),
    S(10, "valid", "normalisation", ok=lambda r: (lambda h, T, e: ((h * np.exp(T @ e - A(h, T, e))).sum(), 1.0))(*i2(r))),
    S(20, "valid", "the same function differentiated", ok=lambda r: (lambda h, T, e: (G(h, T, e), G(h, T, e)))(*i2(r))),
    S(20, "valid", "gradient of the constant 1", ok=lambda r: (lambda h, T, e: (G(h, T, e), np.zeros(2)))(*i2(r))),
    S(30, "valid", "p substituted", ok=lambda r: (lambda h, T, e: (G(h, T, e), G(h, T, e)))(*i2(r))),
    S(31, "valid", "Leibniz rule (sum and derivative commute)", ok=lambda r: (lambda h, T, e: (G(h, T, e),
      sum(np.array([(h[i] * np.exp(T[i] @ (e + 1e-5 * u) - A(h, T, e + 1e-5 * u)) - h[i] * np.exp(T[i] @ (e - 1e-5 * u) - A(h, T, e - 1e-5 * u))) / 2e-5
                    for u in np.eye(2)]) for i in range(5))))(*i2(r))),
    S(32, "valid", "chain rule: p (phi - grad A)", ok=lambda r: (lambda h, T, e: (G(h, T, e), (p(h, T, e)[:, None] * (T - dA(h, T, e))).sum(0)))(*i2(r))),
    S(33, "valid", "split the integral", ok=lambda r: (lambda h, T, e: ((p(h, T, e)[:, None] * (T - dA(h, T, e))).sum(0),
      p(h, T, e) @ T - (p(h, T, e)[:, None] * dA(h, T, e)).sum(0)))(*i2(r))),
    S(34, "valid", "expectation; grad A out of the integral", ok=lambda r: (lambda h, T, e: (p(h, T, e) @ T - (p(h, T, e)[:, None] * dA(h, T, e)).sum(0),
      ET(h, T, e) - dA(h, T, e) * p(h, T, e).sum()))(*i2(r))),
    S(35, "valid", "int p = 1", ok=lambda r: (lambda h, T, e: (ET(h, T, e) - dA(h, T, e) * p(h, T, e).sum(), ET(h, T, e) - dA(h, T, e) * 1))(*i2(r))),
    S(36, "valid", "= 0 (the gradient of the constant 1)", ok=lambda r: (lambda h, T, e: (ET(h, T, e) - dA(h, T, e), np.zeros(2)))(*i2(r))),
    S(44, "valid", "grad A = E[phi]", ok=lambda r: (lambda h, T, e: (dA(h, T, e), ET(h, T, e)))(*i2(r))),
]
CLAIMS = [(30, 36, "valid", "grad int p = E[phi] - grad A = 0"), (44, 44, "valid", "grad A = E[phi]")]
