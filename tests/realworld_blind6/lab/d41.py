from common import *
from scipy_free import brentq
DOC = "41_su_logsumexp_bounds.md"; TIER = 2
TOPIC = "Chinese blog (Su Jianlin, mirrored): bounds on logsumexp, Jensen/Cauchy/Hoelder lower bounds, Lipschitz via the mean value theorem"
NOTES = "mostly inequalities (not identities); `\\\\\\` row separators (Markdown-escaped \\\\); epsilon in line 42 is the mean-value point"


def lse(x):
    m = x.max(); return m + np.log(np.exp(x - m).sum())


def inst(r, n=4):
    return r.normal(0, 1.5, n), r.normal(0, 1.5, n)


def fprime(x, y, e):
    w = np.exp(e * x + (1 - e) * y); return (w * (x - y)).sum() / w.sum()


def mvt_eps(x, y):
    return brentq(lambda e: fprime(x, y, e) - (lse(x) - lse(y)), 0.0, 1.0)


STEPS = [
    S(2, "not-an-identity", "logsumexp (definition)"),
    S(7, "not-an-identity", "x_max (definition)", outside_display=True),
    S(8, "not-an-identity", "strict lower bound (inequality)"),
    S(8, "not-an-identity", "upper bound (inequality)"),
    S(8, "valid", "n equal terms", ok=lambda r: (lambda x, y: (np.exp(x.max()) * len(x), len(x) * np.exp(x.max())))(*inst(r))),
    S(10, "not-an-identity", "inequality"), S(10, "not-an-identity", "inequality"),
    S(12, "not-an-identity", "inequality"), S(12, "not-an-identity", "inequality"),
    S(14, "not-an-identity", "inequality"), S(14, "not-an-identity", "inequality"),
    S(15, "not-an-identity", "tau -> 0 (limit)", outside_display=True),
    S(19, "not-an-identity", "Jensen (inequality)", outside_display=True),
    S(20, "not-an-identity", "inequality"),
    S(21, "not-an-identity", "x bar (definition)", outside_display=True),
    S(22, "not-an-identity", "inequality"),
    S(23, "not-an-identity", "p_i >= 0 (condition)", outside_display=True),
    S(23, "not-an-identity", "sum p_i = 1 (condition)", outside_display=True),
    S(24, "not-an-identity", "Cauchy-Schwarz (inequality)"),
    S(26, "not-an-identity", "Jensen (inequality)"),
    S(26, "valid", "square of an exponential", ok=lambda r: (lambda x, p: (np.exp((p * x).sum() / 2) ** 2, np.exp((p * x).sum())))(r.normal(0, 1, 4), r.dirichlet(np.ones(4)))),
    S(28, "not-an-identity", "inequality"),
    S(30, "not-an-identity", "inequality"), S(30, "not-an-identity", "t > 1 (condition)"),
    S(32, "not-an-identity", "inequality"),
    S(33, "not-an-identity", "KL >= 0 (inequality)", outside_display=True),
    S(33, "not-an-identity", "Z defined", outside_display=True),
    S(38, "not-an-identity", "Lipschitz bound (inequality)"),
    S(39, "not-an-identity", "infinity norm (definition)", outside_display=True),
    S(40, "not-an-identity", "f(t) defined"),
    S(41, "not-an-identity", "epsilon in (0, 1)", outside_display=True),
    S(42, "not-an-identity", "mean value theorem (defines epsilon)"),
    S(42, "valid", "f(1) - f(0)", ok=lambda r: (lambda x, y: ((lse(x) - lse(y)) / (1 - 0), lse(x) - lse(y)))(*inst(r))),
    S(44, "valid", "derivative of f", ok=lambda r: (lambda x, y, e: (d(lambda t: lse(t * x + (1 - t) * y), e), fprime(x, y, e)))(*inst(r), r.uniform(0.1, 0.9))),
    S(46, "valid", "at the mean-value point", ok=lambda r: (lambda x, y: (abs(lse(x) - lse(y)), abs(fprime(x, y, mvt_eps(x, y)))))(*inst(r))),
    S(47, "not-an-identity", "triangle inequality"), S(47, "not-an-identity", "|x_i - y_i| <= max"),
    S(47, "valid", "weights sum to their total", ok=lambda r: (lambda x, y, e: (
      (np.exp(e * x + (1 - e) * y) * np.abs(x - y).max()).sum() / np.exp(e * x + (1 - e) * y).sum(), np.abs(x - y).max()))(*inst(r), r.uniform(0.1, 0.9))),
]
CLAIMS = [(42, 46, "valid", "lse(x) - lse(y) = f'(eps) for the mean-value eps")]
