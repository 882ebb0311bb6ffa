from gs import *
DOC = "42_su_gaussian_basics.md"; TIER = 2
TOPIC = "Chinese blog: multivariate Gaussian density, moments, entropy, Gaussian integral and moment generating function (`\\\\{` braces, `\\\\\\` rows)"
NOTES = "n = 2 in the checks (grid quadrature); omega = Sigma^{-1} mu in line 29; the 'characteristic function' of line 33 is E[exp(omega^T x)]"


def inst(r):
    return r.normal(0, 1, 2), spd(r)


STEPS = [
    S(4, "not-an-identity", "Gaussian density (definition)"),
    S(11, "not-an-identity", "E[x] as an integral (definition)"),
    S(11, "valid", "mean", ok=lambda r: (lambda m, C: (expect2(m, C, lambda X: X), m))(*inst(r))),
    S(12, "not-an-identity", "covariance as an integral (definition)"),
    S(12, "valid", "covariance", ok=lambda r: (lambda m, C: (expect2(m, C, lambda X: (X - m)[..., :, None] * (X - m)[..., None, :]), C))(*inst(r))),
    S(16, "valid", "E[xx^T] = mu mu^T + E[(x-mu)(x-mu)^T]", ok=lambda r: (lambda m, C: (expect2(m, C, lambda X: X[..., :, None] * X[..., None, :]),
      np.outer(m, m) + expect2(m, C, lambda X: (X - m)[..., :, None] * (X - m)[..., None, :])))(*inst(r))),
    S(16, "valid", "= mu mu^T + Sigma", ok=lambda r: (lambda m, C: (np.outer(m, m) + expect2(m, C, lambda X: (X - m)[..., :, None] * (X - m)[..., None, :]),
      np.outer(m, m) + C))(*inst(r))),
    S(18, "not-an-identity", "entropy (definition)"),
    S(18, "valid", "Gaussian entropy", ok=lambda r: (lambda m, C: (expect2(m, C, lambda X: -np.log(np.exp(-0.5 * np.einsum("...i,ij,...j->...", X - m, np.linalg.inv(C), X - m))
      / np.sqrt((2 * np.pi) ** 2 * np.linalg.det(C)))), 2 / 2 * (1 + np.log(2 * np.pi)) + 0.5 * np.log(np.linalg.det(C))))(*inst(r))),
    S(24, "not-an-identity", "normalisation (condition)", outside_display=True),
    S(26, "valid", "normalising constant", ok=lambda r: (lambda m, C: (np.sqrt((2 * np.pi) ** 2 * np.linalg.det(C)),
      expect2(m, C, lambda X: np.ones(X.shape[:-1])) * np.sqrt((2 * np.pi) ** 2 * np.linalg.det(C))))(*inst(r))),
    S(27, "valid", "expand the quadratic form", ok=lambda r: (lambda m, C, x: (lambda Ci: (-0.5 * (x - m) @ Ci @ (x - m),
      -0.5 * x @ Ci @ x + m @ Ci @ x - 0.5 * m @ Ci @ m))(np.linalg.inv(C)))(*inst(r), r.normal(0, 1, 2))),
    S(29, "not-an-identity", "omega defined", outside_display=True),
    S(31, "valid", "Gaussian integral with a linear term", ok=lambda r: (lambda w, C: (lambda m: (
      expect2(m, C, lambda X: np.exp(np.einsum("...i,ij,...j->...", X - m, np.linalg.inv(C), X - m) / 2 - np.einsum("...i,ij,...j->...", X, np.linalg.inv(C), X) / 2 + X @ w))
      * np.sqrt((2 * np.pi) ** 2 * np.linalg.det(C)), np.sqrt((2 * np.pi) ** 2 * np.linalg.det(C)) * np.exp(0.5 * w @ C @ w)))(C @ w))(r.normal(0, 0.5, 2), spd(r))),
    S(34, "valid", "moment generating function", ok=lambda r: (lambda m, C, w: (expect2(m, C, lambda X: np.exp(X @ w)), np.exp(w @ m + 0.5 * w @ C @ w)))(*inst(r), r.normal(0, 0.3, 2))),
]
CLAIMS = [(16, 16, "valid", "E[xx^T] = mu mu^T + Sigma"), (26, 31, "valid", "the Gaussian integral")]
