from lr import *
DOC = "07_pystatsml_nll_hessian.md"; TIER = 2
TOPIC = "course notes: Hessian of the binary NLL, sum p(1-p) x x^T = X^T S X"
NOTES = "as 06; S = diag(p_i(1-p_i)) defined inline at line 75; boxed rows start one line above their content"


def _H(X, w):
    s = sig(X @ w); return (X.T * (s * (1 - s))) @ X


STEPS = [
    S(10, "not-an-identity", "model (definition)"),
    S(10, "valid", "sigmoid", ok=lambda r: (lambda t: (sig(t), 1 / (1 + np.exp(-t))))(r.normal() * 2)),
    S(14, "not-an-identity", "loss (definition)"),
    S(20, "valid", "gradient (recalled)", ok=lambda r: (lambda X, y, w: (grad(lambda v: L(X, y, v), w), X.T @ (sig(X @ w) - y)))(*inst(r))),
    S(29, "not-an-identity", "Hessian entry (definition)"),
    S(36, "valid", "gradient (recalled)", ok=lambda r: (lambda X, y, w: (grad(lambda v: L(X, y, v), w), X.T @ (sig(X @ w) - y)))(*inst(r))),
    S(44, "valid", "Hessian = sum of the gradients of the terms", ok=lambda r: (lambda X, y, w: (hess(lambda v: L(X, y, v), w), _H(X, w)))(*inst(r))),
    S(50, "valid", "chain rule", ok=lambda r: (lambda X, y, w: (grad(lambda v: sig(X[0] @ v), w), (1 - sig(X[0] @ w)) * sig(X[0] @ w) * X[0]))(*inst(r))),
    S(50, "valid", "sigma' = p(1 - p)", ok=lambda r: (lambda X, y, w: ((1 - sig(X[0] @ w)) * sig(X[0] @ w) * X[0], sig(X[0] @ w) * (1 - sig(X[0] @ w)) * X[0]))(*inst(r))),
    S(56, "valid", "Jacobian of (p_i - y_i) x_i", ok=lambda r: (lambda X, y, w: (np.array([grad(lambda v: (sig(X[0] @ v) - y[0]) * X[0][k], w) for k in range(len(w))]), sig(X[0] @ w) * (1 - sig(X[0] @ w)) * np.outer(X[0], X[0])))(*inst(r))),
    S(62, "valid", "Hessian (boxed)", ok=lambda r: (lambda X, y, w: (hess(lambda v: L(X, y, v), w), _H(X, w)))(*inst(r)), finder_line=63),
    S(80, "valid", "matrix form (boxed)", ok=lambda r: (lambda X, y, w: (_H(X, w), X.T @ np.diag(sig(X @ w) * (1 - sig(X @ w))) @ X))(*inst(r)), finder_line=81),
    S(90, "valid", "summary", ok=lambda r: (lambda X, y, w: (hess(lambda v: L(X, y, v), w), _H(X, w)))(*inst(r))),
    S(94, "valid", "summary, matrix form", ok=lambda r: (lambda X, y, w: (hess(lambda v: L(X, y, v), w), X.T @ np.diag(sig(X @ w) * (1 - sig(X @ w))) @ X))(*inst(r))),
]
CLAIMS = [(44, 63, "valid", "Hessian = sum p(1-p) x x^T")]
