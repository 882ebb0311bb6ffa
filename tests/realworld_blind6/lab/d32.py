from gs import *
DOC = "32_marc_gaussians_tex.md"; TIER = 2
TOPIC = "LaTeX note (macros \\NN, \\|, \\1 = -1 exponent, \\T, \\half, \\comma, \\Exp): Gaussian in moment and canonical form, expectations"
NOTES = ("\\NN(x\\|a,A) is the moment form, \\NN[x\\|a,A] the canonical form (precision A, linear term a); A^\\1 = A^{-1}; "
         "\\Exp[x]{g} = E_x[g]; checks in 2-D (expectations by grid quadrature)")


def inst(r):
    return r.normal(0, 1, 2), spd(r), r.normal(0, 1, 2)


STEPS = [
    S(7, "not-an-identity", "Gaussian density (definition)"),
    S(14, "not-an-identity", "canonical form (definition)"),
    S(20, "valid", "canonical = moment form with mean A^{-1}a, covariance A^{-1}", ok=lambda r: (lambda a, A, x: (Nc(x, a, A),
      Nm(x, np.linalg.solve(A, a), np.linalg.inv(A))))(*inst(r))),
    S(20, "valid", "moment = canonical form with A^{-1}a, A^{-1}", ok=lambda r: (lambda a, A, x: (Nm(x, a, A),
      Nc(x, np.linalg.solve(A, a), np.linalg.inv(A))))(*inst(r))),
    S(28, "not-an-identity", "expectation notation (definition)"),
    S(30, "valid", "mean", ok=lambda r: (lambda a, A, x: (expect2(a, A, lambda X: X), a))(*inst(r))),
    S(30, "valid", "second moment", ok=lambda r: (lambda a, A, x: (expect2(a, A, lambda X: X[..., :, None] * X[..., None, :]), A + np.outer(a, a)))(*inst(r))),
    S(31, "valid", "affine map", ok=lambda r: (lambda a, A, x, f, F: (expect2(a, A, lambda X: f + X @ F.T), f + F @ a))(*inst(r), r.normal(0, 1, 2), r.normal(0, 1, (2, 2)))),
    S(32, "valid", "E[x^T x]", ok=lambda r: (lambda a, A, x: (expect2(a, A, lambda X: (X * X).sum(-1)), a @ a + np.trace(A)))(*inst(r))),
    S(33, "valid", "E[(x-m)^T R (x-m)]", ok=lambda r: (lambda a, A, m, R: (expect2(a, A, lambda X: np.einsum("...i,ij,...j->...", X - m, R, X - m)),
      (a - m) @ R @ (a - m) + np.trace(R @ A)))(r.normal(0, 1, 2), spd(r), r.normal(0, 1, 2), r.normal(0, 1, (2, 2)))),
]
CLAIMS = [(20, 20, "valid", "moment and canonical forms convert by A -> A^{-1}, a -> A^{-1} a")]
