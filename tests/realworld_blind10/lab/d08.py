from common import *
DOC = "08_opensrdk_cauchy_logpdf.md"; TIER = 2
TOPIC = "README of a Rust crate: |Sigma|^{1/2} = |L| chain, Cauchy log-density and its derivatives in x, mu, sigma (aligned rows, (..)^{-1} powers)"
NOTES = "Sigma = L L^T (row 55, below the univariate part); |.| is the determinant"
def _r4_ok(r):
    A = np.tril(r.normal(size=(3, 3))); A[np.diag_indices(3)] = np.abs(A[np.diag_indices(3)]) + 0.5
    return np.sqrt(np.linalg.det(A @ A.T)), np.linalg.det(A)
STEPS = [
    S(4, "valid", "Sigma = L L^T (row 55)"),
    S(4, "valid", "det(L L^T) = det L det L^T"),
    S(4, "either", "reading A: L a Cholesky factor (positive diagonal, as the crate uses it), det L > 0 and (det L det L^T)^{1/2} = det L (valid); reading B: any square L: L = diag(-1, 1) gives (det L det L^T)^{1/2} = 1 but det L = -1",
      ok=_r4_ok, cx=lambda: (np.sqrt(np.linalg.det(np.diag([-1.0, 1.0])) ** 2), np.linalg.det(np.diag([-1.0, 1.0])))),
    S(8, "valid", "det L = det L^T"),
    S(15, "not-an-identity", "univariate log-density (model statement, row spans 15-16)"),
    S(24, "valid", "d/dx of -log(1 + (x-mu)^2/sigma^2) (row spans 24-25)"),
    S(26, "valid", "1 + u/s = (s + u)/s"),
    S(27, "valid", "simplified"),
    S(35, "valid", "d/dmu (row spans 35-36)"),
    S(37, "valid", "signs cancel, common denominator"),
    S(38, "valid", "simplified"),
    S(46, "valid", "d/dsigma of -log sigma - log(1 + (x-mu)^2/sigma^2) (row spans 46-47)"),
    S(48, "valid", "reordered, common denominator"),
    S(49, "valid", "simplified"),
    S(55, "not-an-identity", "Sigma defined as L L^T"),
    S(56, "not-an-identity", "d defined"),
]
CLAIMS = [(46, 49, "valid", "d log p/d sigma = (2/sigma)(x-mu)^2/(sigma^2 + (x-mu)^2) - 1/sigma")]
