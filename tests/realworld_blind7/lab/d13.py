from h8 import *
DOC = "13_hgs_logistic_derivation.md"; TIER = 2
TOPIC = "bilingual interview notes: logistic regression likelihood, log-likelihood, per-sample gradient"
NOTES = "z_i = w^T x_i; rows 20-24 say 'for a single sample i' while l is the sum of line 14"


def _inst(r, n=3, dd=2):
    X = r.normal(size=(n, dd)); y = r.integers(0, 2, n).astype(float); w = r.normal(size=dd)
    return X, y, w


def _ell(X, y, w):
    s = sig(X @ w); return (y * np.log(s) + (1 - y) * np.log(1 - s)).sum()


def _elli(X, y, w, i=0):
    s = sig(X[i] @ w); return y[i] * np.log(s) + (1 - y[i]) * np.log(1 - s)


def _dj(f, X, y, w, j=0):
    return d(lambda t: f(X, y, np.r_[w[:j], t, w[j + 1:]]), w[j])


_X0 = np.array([[1.0, 0.0], [1.0, 0.0]]); _y0 = np.array([1.0, 0.0]); _w0 = np.array([0.0, 0.0])

STEPS = [
    S(5, "not-an-identity", "model (definition)"),
    S(5, "valid", "sigmoid", ok=lambda r: (lambda t: (sig(t), 1 / (1 + np.exp(-t))))(r.normal() * 2)),
    S(10, "not-an-identity", "likelihood of independent observations (definition)"),
    S(10, "valid", "P(y|x) = sigma^y (1 - sigma)^{1-y} for y in {0, 1}",
      ok=lambda r: (lambda X, y, w: (np.prod(np.where(y == 1, sig(X @ w), 1 - sig(X @ w))), np.prod(sig(X @ w) ** y * (1 - sig(X @ w)) ** (1 - y))))(*_inst(r))),
    S(14, "valid", "log of line 10",
      ok=lambda r: (lambda X, y, w: (np.log(np.prod(sig(X @ w) ** y * (1 - sig(X @ w)) ** (1 - y))), _ell(X, y, w)))(*_inst(r))),
    S(18, "valid", "sigma' = sigma(1 - sigma)", ok=lambda r: (lambda t: (d(sig, t), sig(t) * (1 - sig(t))))(r.normal() * 2), outside_display=True),
    S(20, "either", "reading A: l is the single-sample term l_i (the text says 'for a single sample i'): chain rule (valid); reading B: l is "
      "the sum of line 14: n = 2, x = (1, 1) (first feature), y = (1, 0), w = 0: dl/dw_1 = 0 but the sample-1 term gives 0.5",
      ok=lambda r: (lambda X, y, w: (_dj(_elli, X, y, w), (y[0] / sig(X[0] @ w) - (1 - y[0]) / (1 - sig(X[0] @ w))) * sig(X[0] @ w) * (1 - sig(X[0] @ w)) * X[0, 0]))(*_inst(r)),
      cx=lambda: (_dj(_ell, _X0, _y0, _w0), (1 / .5) * .25 * 1.0)),
    S(22, "either", "as line 20 (same left side): reading A valid, reading B the same counterexample",
      ok=lambda r: (lambda X, y, w: (_dj(_elli, X, y, w), (y[0] / sig(X[0] @ w) - (1 - y[0]) / (1 - sig(X[0] @ w))) * sig(X[0] @ w) * (1 - sig(X[0] @ w)) * X[0, 0]))(*_inst(r)),
      cx=lambda: (_dj(_ell, _X0, _y0, _w0), (1 / .5) * .25 * 1.0)),
    S(24, "either", "as line 20: reading A valid, reading B the same counterexample",
      ok=lambda r: (lambda X, y, w: (_dj(_elli, X, y, w), (y[0] * (1 - sig(X[0] @ w)) - (1 - y[0]) * sig(X[0] @ w)) * X[0, 0]))(*_inst(r)),
      cx=lambda: (_dj(_ell, _X0, _y0, _w0), (1 * (1 - .5)) * 1.0)),
    S(24, "valid", "y(1 - s) - (1 - y)s = y - s",
      ok=lambda r: (lambda y, s, x: ((y * (1 - s) - (1 - y) * s) * x, (y - s) * x))(float(r.integers(0, 2)), r.uniform(.05, .95), r.normal())),
    S(28, "not-an-identity", "update rule (assignment)"),
]
CLAIMS = []
