from common import *
DOC = "42_jarvis73_gaussian_kl.md"; TIER = 2
TOPIC = "Jekyll post in Chinese: KL divergence between two multivariate Gaussians, an eight-row aligned derivation with \\pmb, \\vert, \\text{tr}, \\nonumber after each row break, the trace trick and E[(x - mu_2)(x - mu_2)^T] written with -2 mu_1 mu_2^T inside a trace"
NOTES = "P_i = N(mu_i, Sigma_i) in n dimensions; the 2 pi terms cancel; -2 mu_1 mu_2^T is only equal to -mu_1 mu_2^T - mu_2 mu_1^T inside the trace against the symmetric Sigma_2^{-1}"
def _kl(m1, S1, m2, S2):
    n = len(m1); S2i = np.linalg.inv(S2)
    return 0.5 * (np.log(np.linalg.det(S2) / np.linalg.det(S1)) - n + np.trace(S2i @ S1) + (m2 - m1) @ S2i @ (m2 - m1))
def _r80(r):
    n = 2
    A = r.normal(size=(n, n)); S1 = A @ A.T + np.eye(n); B = r.normal(size=(n, n)); S2 = B @ B.T + np.eye(n)
    m1, m2 = r.normal(size=n), r.normal(size=n); S2i = np.linalg.inv(S2)
    true = np.trace(S2i @ (S1 + np.outer(m1 - m2, m1 - m2)))
    row = np.trace(S2i @ (S1 + np.outer(m1, m1) - 2 * np.outer(m1, m2) + np.outer(m2, m2)))
    return true, row
STEPS = [
    S(62, "valid", "closed form of the Gaussian KL (stated, derived below)"),
    S(68, "not-an-identity", "KL defined"),
    S(75, "valid", "KL as the expectation of the log ratio"),
    S(76, "valid", "Gaussian log-densities substituted, the 2 pi terms cancel"),
    S(77, "valid", "log-determinant terms out of the expectation"),
    S(78, "valid", "quadratic forms as traces"),
    S(79, "valid", "expectation inside the trace"),
    S(80, "valid", "E[(x-mu_1)(x-mu_1)^T] = Sigma_1; E[(x-mu_2)(x-mu_2)^T] = Sigma_1 + (mu_1-mu_2)(mu_1-mu_2)^T, with -2 mu_1 mu_2^T under the trace", ok=_r80),
    S(81, "valid", "tr(Sigma_1^{-1} Sigma_1) = n, trace of scalars"),
    S(82, "valid", "the quadratic terms collected into (mu_2 - mu_1)^T Sigma_2^{-1} (mu_2 - mu_1)"),
]
CLAIMS = [(75, 82, "valid", "Gaussian KL in closed form")]
