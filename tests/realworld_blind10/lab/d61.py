from common import *
DOC = "61_caojiahao2_probability_info_identities.md"; TIER = 3
TOPIC = "Chinese deep-learning notes (MkDocs): a cheat-sheet of probability and information identities: Bayes, variance, total variance, cross-entropy of a one-hot label, Gaussian densities, entropy/KL/cross-entropy relations, JSD, softmax Jacobian with delta_ij, log-sum-exp shift, Gaussian moments; several relations per display joined by \\qquad, \\underbrace{...}_{\\text{Chinese}}, inline identities in prose and in a numbered list"
NOTES = "discrete distributions; y one-hot with true class k; m = max_i z_i"
def _pq(r, n=4):
    return r.dirichlet(np.ones(n)), r.dirichlet(np.ones(n))
def _r109(r):
    J = r.dirichlet(np.ones(6)).reshape(2, 3); PA = J.sum(1); PB = J.sum(0)
    a, b = 0, 1; return J[a, b] / PB[b], (J[a, b] / PA[a]) * PA[a] / PB[b]
def _r113(r):
    x = r.normal(size=5); p = r.dirichlet(np.ones(5)); m = p @ x
    return p @ (x - m) ** 2, p @ x ** 2 - m ** 2
def _r117(r):
    J = r.dirichlet(np.ones(6)).reshape(3, 2); xv = r.normal(size=3)   # X takes xv[i], Y in {0, 1}
    pX = J.sum(1); pY = J.sum(0); EX = pX @ xv; VX = pX @ (xv - EX) ** 2
    cm = [(J[:, y] / pY[y]) @ xv for y in range(2)]; cv = [(J[:, y] / pY[y]) @ (xv - cm[y]) ** 2 for y in range(2)]
    return VX, pY @ np.array(cv) + pY @ (np.array(cm) - pY @ np.array(cm)) ** 2
def _r129(r):
    z = r.normal(size=4); k = int(r.integers(0, 4)); y = np.eye(4)[k]; yh = softmax(z)
    return -np.sum(y * np.log(yh)), -np.log(yh[k])
def _r155(r):
    P, Q = _pq(r); return P @ np.log(P / Q), np.sum(P * np.log(P / Q))
def _r157a(r):
    P, Q = _pq(r); return float(P @ np.log(P / Q) >= 0), 1.0
def _r157b_ok(r):
    P, Q = _pq(r); return float(abs(P @ np.log(P / Q) - Q @ np.log(Q / P)) > 1e-9), 1.0
def _r157b_cx():
    P = np.array([0.3, 0.7]); return float(abs(P @ np.log(P / P) - P @ np.log(P / P)) > 1e-9), 1.0   # P = Q: the two KLs are equal (0), so '!=' is false
def _r161(r):
    P, Q = _pq(r); return -P @ np.log(Q), -P @ np.log(P) + P @ np.log(P / Q)
def _r176(r):
    z = r.normal(size=4); i, j = int(r.integers(0, 4)), int(r.integers(0, 4)); p = softmax(z)
    return d(lambda t: softmax(np.r_[z[:j], t, z[j + 1:]])[i], z[j]), p[i] * (float(i == j) - p[j])
def _r177(r):
    z = r.normal(size=5) * 3; m = z.max(); return np.log(np.exp(z).sum()), m + np.log(np.exp(z - m).sum())
def _r178a(r):
    mu, s = r.normal(), r.uniform(0.3, 2)
    return quad(lambda x: x * np.exp(-(x - mu) ** 2 / (2 * s * s)) / np.sqrt(2 * np.pi * s * s)), mu
def _r178b(r):
    mu, s = r.normal(), r.uniform(0.3, 2)
    return quad(lambda x: x * x * np.exp(-(x - mu) ** 2 / (2 * s * s)) / np.sqrt(2 * np.pi * s * s)), mu ** 2 + s ** 2
STEPS = [
    S(109, "not-an-identity", "conditional probability defined"),
    S(109, "valid", "Bayes' theorem", ok=_r109),
    S(113, "not-an-identity", "E[X] defined"),
    S(113, "not-an-identity", "Var[X] defined"),
    S(113, "valid", "Var = E[X^2] - (E X)^2", ok=_r113),
    S(117, "valid", "law of total variance", ok=_r117),
    S(123, "not-an-identity", "log-likelihood defined"),
    S(125, "not-an-identity", "MLE as an arg max (inline)", outside_display=True),
    S(127, "not-an-identity", "y-hat = softmax(z) (inline)", outside_display=True),
    S(129, "not-an-identity", "L_CE defined"),
    S(129, "valid", "= -log y-hat_k for a one-hot y", ok=_r129),
    S(135, "not-an-identity", "Gaussian density"),
    S(139, "not-an-identity", "multivariate Gaussian density"),
    S(141, "not-an-identity", "reparameterisation z = mu + sigma eps (inline)", outside_display=True),
    S(149, "not-an-identity", "entropy defined"),
    S(149, "not-an-identity", "joint entropy defined"),
    S(151, "not-an-identity", "conditional entropy defined"),
    S(155, "not-an-identity", "KL defined as an expectation"),
    S(155, "valid", "as a sum", ok=_r155),
    S(157, "valid", "KL >= 0 (inline)", ok=_r157a, outside_display=True),
    S(157, "either", "KL(P||Q) != KL(Q||P) (inline): 'not in general equal' holds; read as a relation for all P, Q it fails at P = Q",
      ok=_r157b_ok, cx=_r157b_cx, outside_display=True),
    S(161, "valid", "H(P, Q) = H(P) + KL(P||Q)", ok=_r161),
    S(163, "valid", "-E_P[log Q] = H(P) + KL (inline)", ok=_r161, outside_display=True),
    S(167, "not-an-identity", "JSD defined"),
    S(167, "not-an-identity", "M defined"),
    S(175, "not-an-identity", "p_i = softmax (inline)", outside_display=True),
    S(176, "valid", "softmax Jacobian p_i (delta_ij - p_j)", ok=_r176),
    S(177, "valid", "log-sum-exp shift by m (inline)", ok=_r177, outside_display=True),
    S(177, "not-an-identity", "m = max z (inline)", outside_display=True),
    S(178, "valid", "E[x] = mu (inline)", ok=_r178a, outside_display=True),
    S(178, "valid", "E[x^2] = mu^2 + sigma^2 (inline)", ok=_r178b, outside_display=True),
]
CLAIMS = [(113, 113, "valid", "variance"), (161, 161, "valid", "cross-entropy decomposition"), (176, 176, "valid", "softmax Jacobian")]
