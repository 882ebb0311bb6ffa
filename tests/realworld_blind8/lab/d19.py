from d18 import _g
from b9 import *
DOC = "19_icecream_gmm_mu.md"; TIER = 2
TOPIC = "Hexo post in Chinese: GMM M step for mu_k by matrix calculus (trace trick, row-vector gradients)"
NOTES = "J(theta) as in the previous section (sum_i sum_k gamma_i(k)[-D/2 log 2 pi - 1/2 log|Sigma_k| - 1/2 (x-mu_k)^T Sigma_k^{-1}(x-mu_k) + log alpha_k]); " \
        "gradients as row vectors; d(x - mu_k)/d mu_k = -I"


def _Jmu(X, Sg, gm, mu0, k=0):
    A = np.linalg.inv(Sg[k])
    return lambda m: sum(gm[i, k] * (-.5 * (X[i] - m) @ A @ (X[i] - m)) for i in range(len(X)))


def _gr(f, m, h=1e-5):
    return np.array([(f(m + e) - f(m - e)) / (2 * h) for e in np.eye(len(m)) * h])


def _ok(expr):
    def f(r):
        X, mu, Sg, al, gm = _g(r); A = np.linalg.inv(Sg[0]); m = mu[0]
        g = _gr(_Jmu(X, Sg, gm, m), m)
        E = {"grad": g,
             "half": .5 * sum(gm[i, 0] * (2 * A @ (X[i] - m)) for i in range(len(X))),
             "sym": .5 * sum(gm[i, 0] * (X[i] - m) @ (A + A.T) for i in range(len(X))),
             "fin": sum(gm[i, 0] * (X[i] - m) @ A for i in range(len(X)))}
        return E[expr[0]], E[expr[1]]
    return f


STEPS = [
    S(10, "valid", "J written out (the previous section's expansion)", ok=_ok(("grad", "grad"))),
    S(11, "valid", "only the quadratic term of component k depends on mu_k", ok=_ok(("grad", "grad"))),
    S(12, "valid", "chain rule through x - mu_k", ok=_ok(("grad", "grad"))),
    S(13, "valid", "d(x - mu)/d mu = -1 turns -1/2 into +1/2", ok=_ok(("grad", "half"))),
    S(14, "valid", "a scalar is its trace", ok=_ok(("half", "half"))),
    S(15, "valid", "d tr(u^T A u)/du = u^T (A + A^T)", ok=_ok(("half", "sym"))),
    S(16, "valid", "Sigma_k symmetric", ok=_ok(("sym", "fin"))),
    S(17, "not-an-identity", "stationarity condition (= 0)"),
    S(22, "not-an-identity", "equation being solved"),
    S(23, "not-an-identity", "equation being solved"),
    S(24, "not-an-identity", "equation being solved"),
    S(29, "not-an-identity", "update rule"),
]
CLAIMS = [(10, 16, "valid", "dJ/dmu_k = sum gamma (x - mu_k)^T Sigma_k^{-1}")]
