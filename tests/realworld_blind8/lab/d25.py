from b9 import *
DOC = "25_ikossaczky_gauss_mse.md"; TIER = 2
TOPIC = "Jekyll post: Gaussian regression likelihood gives the MSE objective (argmin rows, $$ inline in kramdown prose)"
NOTES = "q_theta(y|x) = N(M_theta(x), sigma^2 I) in R^k; sigma fixed"

TH = np.linspace(-2, 2, 801)


def _i(r, n=4, k=2):
    X = r.normal(size=n); Y = r.normal(size=(n, k)); c = r.normal(size=k)
    M = lambda t, x: np.outer(x, c) * t + np.sin(t) * c      # M_theta(x) in R^k
    return X, Y, M, r.uniform(.5, 2)


def _lq(y, m, s):
    k = y.shape[-1]; return -np.log(np.sqrt((2 * np.pi) ** k * s ** (2 * k))) - np.sum((y - m) ** 2, -1) / (2 * s * s)


def _gpdf(y, m, s):
    k = y.shape[-1]; return np.exp(-np.sum((y - m) ** 2, -1) / (2 * s * s)) / (2 * np.pi * s * s) ** (k / 2)


STEPS = [
    S(8, "not-an-identity", "the model (definition)"),
    S(8, "valid", "log of the Gaussian density", ok=lambda r: (lambda X, Y, M, s: (np.log(_gpdf(Y, M(.3, X), s)), _lq(Y, M(.3, X), s)))(*_i(r))),
    S(14, "valid", "the same argmin: constant and factor 1/(2 sigma^2) dropped",
      ok=lambda r: (lambda X, Y, M, s: (int(np.argmin([np.mean(-_lq(Y, M(t, X), s)) for t in TH])), int(np.argmin([np.mean(np.sum((Y - M(t, X)) ** 2, -1)) for t in TH]))))(*_i(r))),
]
CLAIMS = []
