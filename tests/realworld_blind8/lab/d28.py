from b9 import *
DOC = "28_icecream_gmm_sigma.md"; TIER = 2
TOPIC = "Hexo post in Chinese: GMM M step for Sigma_k by matrix calculus; the log-det term loses its weight sum_i gamma_i(k), then a factor 1/2 is pushed inside the sum"
NOTES = "J as in the post's previous section; gradients with respect to the matrix entries of Sigma_k (no symmetry constraint), checked by finite differences; " \
        "u_i = x^(i) - mu_k; the cookbook rule on line 8 drops a transpose on B"


def _g(r, N=4, D=2):
    X = r.normal(size=(N, D)); mu = r.normal(size=D); A = r.normal(size=(D, D)); S = A @ A.T + np.eye(D)
    gm = r.uniform(.1, 1, N)
    return X, mu, S, gm


def _J(X, mu, S, gm):
    U = X - mu
    return sum(gm[i] * (-.5 * np.log(np.linalg.det(S)) - .5 * U[i] @ np.linalg.solve(S, U[i])) for i in range(len(X)))


def _mgrad(f, S, h=1e-5):
    G = np.zeros_like(S)
    for a in range(S.shape[0]):
        for b in range(S.shape[1]):
            E = np.zeros_like(S); E[a, b] = h
            G[a, b] = (f(S + E) - f(S - E)) / (2 * h)
    return G


def _rows(X, mu, S, gm):
    U = X - mu; Si = np.linalg.inv(S); M = sum(gm[i] * np.outer(U[i], U[i]) for i in range(len(X)))
    true = _mgrad(lambda T: _J(X, mu, T, gm), S)
    quad = _mgrad(lambda T: sum(gm[i] * U[i] @ np.linalg.solve(T, U[i]) for i in range(len(X))), S)
    r16 = -.5 * quad - .5 * Si.T
    r19 = .5 * Si.T @ M @ Si.T - .5 * Si
    r20 = .5 * (Si @ M @ Si - .5 * np.sum(gm) * Si)
    return dict(true=true, r16=r16, r19=r19, r20=r20)


def _ok(a, b):
    return lambda r: (lambda R: (R[a], R[b]))(_rows(*_g(r)))


_X1 = np.array([[1.0], [0.0]]); _m1 = np.array([0.0]); _S1 = np.array([[1.0]]); _g1 = np.array([1.0, 1.0])
_A2 = np.array([[2.0, 0.0], [0.0, 1.0]]); _B2 = np.array([[0.0, 1.0], [0.0, 0.0]])

STEPS = [
    S(7, "valid", "d log|A|/dA = A^{-T}", ok=lambda r: (lambda A: (_mgrad(lambda T: np.log(abs(np.linalg.det(T))), A), np.linalg.inv(A).T))(r.normal(size=(2, 2)) + 3 * np.eye(2))),
    S(8, "invalid", "the rule is d tr(A^{-1} B)/dA = -A^{-T} B^T A^{-T}; the row drops the transpose on B: A = diag(2, 1), B = [[0,1],[0,0]]: "
      "the gradient is [[0,0],[-0.5,0]], the row gives [[0,-0.5],[0,0]]",
      cx=lambda: (_mgrad(lambda T: np.trace(np.linalg.solve(T, _B2)), _A2), -np.linalg.inv(_A2).T @ _B2 @ np.linalg.inv(_A2).T)),
    S(9, "valid", "tr(AB) = tr(BA)", ok=lambda r: (lambda A, B: (np.trace(A @ B), np.trace(B @ A)))(r.normal(size=(2, 3)), r.normal(size=(3, 2)))),
    S(14, "valid", "J written out", ok=_ok("true", "true")),
    S(15, "valid", "terms free of Sigma_k dropped", ok=_ok("true", "true")),
    S(16, "invalid", "the log-det term carries the weight sum_i gamma_i(k) in J; the row keeps one copy: one dimension, two points x = (1, 0), mu = 0, Sigma = 1, "
      "gamma = (1, 1): dJ/dSigma = -1 + 1/2 = -0.5, the row gives -1/2 + 1/2 = 0",
      cx=lambda: (_rows(_X1, _m1, _S1, _g1)["true"], _rows(_X1, _m1, _S1, _g1)["r16"])),
    S(17, "valid", "against line 16: d log|Sigma|/dSigma = Sigma^{-T}, the trace trick", ok=_ok("r16", "r16")),
    S(18, "valid", "trace cyclic; Sigma symmetric", ok=_ok("r16", "r16")),
    S(19, "valid", "the cookbook rule (B symmetric here)", ok=_ok("r16", "r19")),
    S(20, "invalid", "-1/2 Sigma^{-1} moved inside the sum over i and halved again (-1/4 sum_i gamma_i Sigma^{-1}): one dimension, x = (1, 0), mu = 0, Sigma = 1, "
      "gamma = (1, 0): line 19 gives 1/2 - 1/2 = 0, the row 1/2 (1 - 1/2) = 0.25",
      cx=lambda: (_rows(_X1, _m1, _S1, np.array([1.0, 0.0]))["r19"], _rows(_X1, _m1, _S1, np.array([1.0, 0.0]))["r20"])),
    S(21, "not-an-identity", "stationarity condition"),
    S(26, "not-an-identity", "equation being solved (garbled: gamma_i(k) outside the sum)"),
    S(27, "not-an-identity", "equation being solved"),
    S(28, "not-an-identity", "equation being solved (repeated)"),
    S(33, "not-an-identity", "update rule"),
]
CLAIMS = []
