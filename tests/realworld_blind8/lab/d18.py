from b9 import *
DOC = "18_icecream_gmm_alpha.md"; TIER = 2
TOPIC = "Hexo post in Chinese: GMM M step, expected complete log-likelihood expanded, Lagrangian for the weights alpha_k (bare align environments)"
NOTES = "gamma_i(k) = P(k|x^(i), theta_hat) (defined earlier in the post); P(x|k,theta) = N(mu_k, Sigma_k); P(k|theta) = alpha_k; " \
        "\\begin{align} without $$ (MathJax in Hexo); k is both the summation index and the free index on line 21"


def _g(r, N=4, m=2, D=2):
    X = r.normal(size=(N, D)); mu = r.normal(size=(m, D)); A = r.normal(size=(m, D, D)); Sg = A @ A.transpose(0, 2, 1) + np.eye(D)
    al = r.dirichlet(np.ones(m)); gm = r.dirichlet(np.ones(m), size=N)
    return X, mu, Sg, al, gm


def _lg(X, mu, Sg, al, i, k):
    D = X.shape[1]; u = X[i] - mu[k]
    return -D / 2 * np.log(2 * np.pi) - .5 * np.log(np.linalg.det(Sg[k])) - .5 * u @ np.linalg.solve(Sg[k], u) + np.log(al[k])


def _dens(X, mu, Sg, i, k):
    D = X.shape[1]; u = X[i] - mu[k]
    return (2 * np.pi) ** (-D / 2) * np.linalg.det(Sg[k]) ** -.5 * np.exp(-.5 * u @ np.linalg.solve(Sg[k], u))


def _J(X, mu, Sg, al, gm):
    return sum(gm[i, k] * np.log(_dens(X, mu, Sg, i, k) * al[k]) for i in range(len(X)) for k in range(len(al)))


def _G(X, mu, Sg, al, gm, lam):
    return sum(gm[i, k] * _lg(X, mu, Sg, al, i, k) for i in range(len(X)) for k in range(len(al))) + lam * (1 - al.sum())


def _dG(X, mu, Sg, al, gm, lam, k=0):
    def f(t):
        a2 = al.copy(); a2[k] = t; return _G(X, mu, Sg, a2, gm, lam)
    return d(f, al[k], 1e-6)


STEPS = [
    S(4, "not-an-identity", "J(theta) (definition: the expected complete log-likelihood)"),
    S(5, "valid", "P(x,k) = P(x|k) P(k)", ok=lambda r: (lambda X, mu, Sg, al, gm: (_J(X, mu, Sg, al, gm), _J(X, mu, Sg, al, gm)))(*_g(r))),
    S(6, "valid", "Gaussian density and alpha_k", ok=lambda r: (lambda X, mu, Sg, al, gm: (_J(X, mu, Sg, al, gm), sum(gm[i, k] * np.log(_dens(X, mu, Sg, i, k) * al[k]) for i in range(4) for k in range(2))))(*_g(r))),
    S(7, "valid", "log of the product", ok=lambda r: (lambda X, mu, Sg, al, gm: (_J(X, mu, Sg, al, gm), sum(gm[i, k] * _lg(X, mu, Sg, al, i, k) for i in range(4) for k in range(2))))(*_g(r))),
    S(16, "not-an-identity", "Lagrangian (definition)"),
    S(21, "valid", "G written out", ok=lambda r: (lambda X, mu, Sg, al, gm, lam: (_dG(X, mu, Sg, al, gm, lam), _dG(X, mu, Sg, al, gm, lam)))(*_g(r), r.uniform(1, 5))),
    S(22, "valid", "terms free of alpha_k dropped", ok=lambda r: (lambda X, mu, Sg, al, gm, lam: (_dG(X, mu, Sg, al, gm, lam), d(lambda t: np.sum(gm[:, 0]) * np.log(t) - lam * t, al[0], 1e-6)))(*_g(r), r.uniform(1, 5))),
    S(23, "valid", "derivative", ok=lambda r: (lambda X, mu, Sg, al, gm, lam: (d(lambda t: np.sum(gm[:, 0]) * np.log(t) - lam * t, al[0], 1e-6), np.sum(gm[:, 0] / al[0]) - lam))(*_g(r), r.uniform(1, 5))),
    S(24, "not-an-identity", "stationarity condition (= 0)"),
    S(29, "not-an-identity", "solution of the stationarity condition"),
    S(34, "not-an-identity", "constraint"),
    S(35, "not-an-identity", "equation being solved"),
    S(36, "not-an-identity", "equation being solved (sum_k gamma_i(k) = 1)"),
    S(37, "not-an-identity", "solution lambda = N"),
    S(42, "not-an-identity", "update rule"),
]
CLAIMS = []
