from lr import *
DOC = "06_pystatsml_nll_gradient.md"; TIER = 2
TOPIC = "course notes: gradient of the binary NLL via the chain rule, sum (p - y) x = X^T (p - y)"
NOTES = "y in {0,1}; z_i = w^T x_i; p_hat_i = sigma(z_i); l_i per-sample loss"


def _li(X, y, w, i=0):
    s = sig(X[i] @ w); return -(y[i] * np.log(s) + (1 - y[i]) * np.log(1 - s))


def _gli(X, y, w):
    return grad(lambda v: _li(X, y, v), w)


def _pt(r):
    return r.uniform(.05, .95), float(r.integers(0, 2))


STEPS = [
    S(12, "not-an-identity", "model (definition)"),
    S(12, "valid", "sigmoid", ok=lambda r: (lambda t: (sig(t), 1 / (1 + np.exp(-t))))(r.normal() * 2)),
    S(16, "not-an-identity", "NLL loss (definition, recap)"),
    S(27, "not-an-identity", "per-sample loss (definition)"),
    S(33, "valid", "chain rule", ok=lambda r: (lambda X, y, w: (_gli(X, y, w), (-(y[0] / sig(X[0] @ w) - (1 - y[0]) / (1 - sig(X[0] @ w)))) * sig(X[0] @ w) * (1 - sig(X[0] @ w)) * X[0]))(*inst(r))),
    S(41, "valid", "dl/dp", ok=lambda r: (lambda p, y: (d(lambda q: -(y * np.log(q) + (1 - y) * np.log(1 - q)), p), -(y / p - (1 - y) / (1 - p))))(*_pt(r))),
    S(46, "valid", "sigma' = sigma(1 - sigma)", ok=lambda r: (lambda t: (d(sig, t), sig(t) * (1 - sig(t))))(r.normal() * 2)),
    S(51, "valid", "dz/dw = x", ok=lambda r: (lambda X, y, w: (grad(lambda v: X[0] @ v, w), X[0]))(*inst(r))),
    S(57, "valid", "the three factors multiplied", ok=lambda r: (lambda X, y, w: (_gli(X, y, w), (sig(X[0] @ w) - y[0]) * X[0]))(*inst(r))),
    S(66, "valid", "sum over samples", ok=lambda r: (lambda X, y, w: (grad(lambda v: L(X, y, v), w), ((sig(X @ w) - y)[:, None] * X).sum(0)))(*inst(r))),
    S(72, "valid", "matrix form", ok=lambda r: (lambda X, y, w: (((sig(X @ w) - y)[:, None] * X).sum(0), X.T @ (sig(X @ w) - y)))(*inst(r))),
    S(80, "valid", "summary: gradient of L", ok=lambda r: (lambda X, y, w: (grad(lambda v: L(X, y, v), w), ((sig(X @ w) - y)[:, None] * X).sum(0)))(*inst(r))),
    S(84, "valid", "summary: matrix form", ok=lambda r: (lambda X, y, w: (grad(lambda v: L(X, y, v), w), X.T @ (sig(X @ w) - y)))(*inst(r))),
]
CLAIMS = [(33, 57, "valid", "grad l_i = (p_i - y_i) x_i")]
