from common import *
DOC = "46_caramdir_logreg_gradient.md"; TIER = 2
TOPIC = "Obsidian note (Coursera-style; row 31-32 closes \\bigl( with a second \\bigl) as in the source): logistic-regression cost with \\operatorname{Cost}, \\bigl/\\bigr, tab-indented displays; the gradient (componentwise and vectorized with a features-by-examples X); regularized cost written with 1/(2m) over both terms and its stated gradient"
NOTES = "g = logistic function, h_theta(x) = g(theta^T x); X has one column per example (theta^T X is a row); J is defined twice (rows 18 and 47); theta-hat = theta with theta-hat_0 = 0"
def _setup(r, m=3, n=2):
    X = np.vstack([np.ones(m), r.normal(size=(n, m))]); Y = (r.uniform(size=m) < 0.5).astype(float)
    th = r.normal(size=n + 1); return X, Y, th
def _cost(X, Y, th):
    h = sig(th @ X); return -(Y * np.log(h) + (1 - Y) * np.log(1 - h))
def _grad(f, th):
    return np.array([d(lambda t: f(np.r_[th[:j], t, th[j + 1:]]), th[j]) for j in range(len(th))])
def _r31(r):
    X, Y, th = _setup(r); m = X.shape[1]
    g = _grad(lambda t: _cost(X, Y, t).sum() / m, th)
    return g[1], np.sum((sig(th @ X) - Y) * X[1]) / m
def _r36(r):
    X, Y, th = _setup(r); m = X.shape[1]
    g = _grad(lambda t: _cost(X, Y, t).sum() / m, th)
    return g, (X @ (sig(th @ X) - Y)) / m
def _cx54():
    X = np.array([[1.0], [1.0]]); Y = np.array([0.0]); th = np.zeros(2); lam, m = 1.0, 1
    J = lambda t: (_cost(X, Y, t).sum() + lam * np.sum(t[1:] ** 2)) / (2 * m)
    thh = th.copy(); thh[0] = 0
    return _grad(J, th)[0], ((X @ (sig(th @ X) - Y)) / m + lam * thh / m)[0]
STEPS = [
    S(18, "not-an-identity", "J defined (mean cost)"),
    S(23, "not-an-identity", "Cost defined"),
    S(31, "valid", "dJ/dtheta_j = (1/m) sum (h - y) x_j (row spans 31-32)", ok=_r31),
    S(36, "valid", "vectorized gradient (1/m) X (g(theta^T X) - Y)^T, X features-by-examples", ok=_r36),
    S(47, "not-an-identity", "regularized J defined, 1/(2m) over both the cost sum and the penalty"),
    S(52, "not-an-identity", "theta-hat_0 = 0 (inline definition)", outside_display=True),
    S(54, "invalid", "gradient of the row-47 J: the cost term has 1/(2m) there, so its gradient is (1/(2m)) X (g - Y)^T + (lambda/m) theta-hat, not (1/m) X (g - Y)^T + ...: one example x = (1, 1), y = 0, theta = 0, lambda = 1: the first component of grad J is 0.25, the row gives 0.5",
      cx=_cx54),
    S(56, "valid", "1 - alpha lambda / m < 1 for alpha, lambda, m > 0 (inline)", ok=lambda r: (float(1 - r.uniform(0.01, 1) * r.uniform(0.01, 1) / r.integers(1, 50) < 1), 1.0), outside_display=True),
]
CLAIMS = [(31, 31, "valid", "logistic gradient"), (36, 36, "valid", "vectorized gradient"), (54, 54, "invalid", "regularized gradient against the row-47 J")]
