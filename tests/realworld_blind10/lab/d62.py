from common import *
DOC = "62_huaxuan0720_logistic_loglik_gradient.md"; TIER = 2
TOPIC = "Hexo post in Chinese: logistic regression from the sigmoid, bias absorbed into omega, squared-error cost, Bernoulli likelihood, log-likelihood simplified in a seven-row aligned block with \\tag after \\end{aligned}, its gradient and the ascent update; log typed bare, &emsp; entities in the prose, \\omega \\cdot x"
NOTES = "x carries a trailing 1 and omega the bias (rows 49-53); labels y_i in {0, 1}; row 67's second form writes x for x_i"
def _d(r, m=4, n=3):
    X = np.c_[r.normal(size=(m, n - 1)), np.ones(m)]; y = (r.uniform(size=m) < 0.5).astype(float); w = r.normal(size=n)
    return X, y, w
def _P(X, w):
    return np.exp(X @ w) / (1 + np.exp(X @ w))
def _r43(r):
    x, w, b = r.normal(size=3), r.normal(size=3), r.normal()
    return 1 / (1 + np.exp(-(w @ x + b))), np.exp(w @ x + b) / (1 + np.exp(w @ x + b))
def _r60(r):
    x, w, b = r.normal(size=3), r.normal(size=3), r.normal()
    xa, wa = np.r_[x, 1.0], np.r_[w, b]
    return np.exp(w @ x + b) / (1 + np.exp(w @ x + b)), np.exp(wa @ xa) / (1 + np.exp(wa @ xa))
def _r67_ok(r):
    X, y, w = _d(r); return np.sum((1 / (1 + np.exp(-(X @ w))) - y) ** 2), np.sum((np.exp(X @ w) / (1 + np.exp(X @ w)) - y) ** 2)
def _r67_cx():
    X = np.array([[1.0, 1.0], [-1.0, 1.0]]); y = np.array([1.0, 0.0]); w = np.array([1.0, 0.0]); x = np.array([0.0, 1.0])  # x a fixed vector, not x_i
    return np.sum((1 / (1 + np.exp(-(X @ w))) - y) ** 2), np.sum((np.exp(x @ w) / (1 + np.exp(x @ w)) - y) ** 2)
def _L(X, y, w):
    P = _P(X, w); return np.sum(y * np.log(P) + (1 - y) * np.log(1 - P))
def _r83(r):
    X, y, w = _d(r); P = _P(X, w); return np.log(np.prod(P ** y * (1 - P) ** (1 - y))), _L(X, y, w)
def _rows(k):
    def f(r):
        X, y, w = _d(r); e = np.exp(X @ w); P = e / (1 + e); q = 1 / (1 + e)
        vals = [_L(X, y, w),
                np.sum(y * np.log(P) + (1 - y) * np.log(1 - P)),
                np.sum(y * np.log(e / (1 + e)) + (1 - y) * np.log(1 - e / (1 + e))),
                np.sum(y * np.log(e / (1 + e)) + (1 - y) * np.log(q)),
                np.sum(y * np.log(e / (1 + e)) + np.log(q) - y * np.log(q)),
                np.sum(y * (np.log(e / (1 + e)) - np.log(q)) + np.log(q)),
                np.sum(y * np.log(e) - np.log(1 + e)),
                np.sum(y * (X @ w) - np.log(1 + e))]
        return vals[k], vals[k + 1]
    return f
def _grad(r):
    X, y, w = _d(r); j = int(r.integers(0, 3))
    g = d(lambda t: _L(X, y, np.r_[w[:j], t, w[j + 1:]]), w[j])
    e = np.exp(X @ w)
    return g, np.sum(y * X[:, j] - 1 / (1 + e) * e * X[:, j])
def _grad2(r):
    X, y, w = _d(r); j = int(r.integers(0, 3)); e = np.exp(X @ w)
    return np.sum(y * X[:, j] - 1 / (1 + e) * e * X[:, j]), np.sum(y * X[:, j] - e * X[:, j] / (1 + e))
STEPS = [
    S(26, "not-an-identity", "sigmoid defined"),
    S(34, "not-an-identity", "P(Y = 1 | x) (model)"),
    S(38, "not-an-identity", "P(Y = 0 | x) (model)"),
    S(43, "valid", "numerator and denominator times e^{omega x + b}", ok=_r43),
    S(49, "not-an-identity", "augmented omega"),
    S(53, "not-an-identity", "augmented x"),
    S(60, "valid", "P(Y = 1 | x) with the bias absorbed", ok=_r60),
    S(67, "not-an-identity", "squared-error cost J defined"),
    S(67, "either", "second form with x for x_i: read as x_i (typo) the two forms agree; read literally (one fixed x) they differ: two samples x = (1,1), (-1,1), y = (1, 0), omega = (1, 0), x = (0, 1): 0.1447 vs 0.5",
      ok=_r67_ok, cx=_r67_cx),
    S(79, "not-an-identity", "likelihood defined"),
    S(83, "valid", "log of the likelihood", ok=_r83),
    S(88, "valid", "log L restated (first row of the aligned block)", ok=_rows(0)),
    S(89, "valid", "P substituted", ok=_rows(1)),
    S(90, "valid", "1 - e/(1+e) = 1/(1+e)", ok=_rows(2)),
    S(91, "valid", "(1 - y) log q = log q - y log q", ok=_rows(3)),
    S(92, "valid", "collect the y terms", ok=_rows(4)),
    S(93, "valid", "log of the ratio", ok=_rows(5)),
    S(94, "valid", "log e^{omega x} = omega x", ok=_rows(6)),
    S(99, "valid", "log L restated", ok=lambda r: (lambda X, y, w: (_L(X, y, w), np.sum(y * (X @ w) - np.log(1 + np.exp(X @ w)))))(*_d(r))),
    S(104, "valid", "gradient of log L", ok=_grad),
    S(105, "valid", "rewritten", ok=_grad2),
    S(110, "not-an-identity", "alpha (inline)", outside_display=True),
    S(112, "not-an-identity", "gradient-ascent update :="),
]
CLAIMS = [(88, 94, "valid", "log-likelihood simplified"), (104, 105, "valid", "gradient")]
