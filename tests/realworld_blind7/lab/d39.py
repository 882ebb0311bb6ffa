from h8 import *
DOC = "39_billy_maxent_expfam_typ.md"; TIER = 1
TOPIC = "Typst: maximum entropy with constraints -> exponential family; Z = sum p (typo); derivatives of log Z give means and covariances"
NOTES = "phi = -sum p log p - alpha(sum p - 1) - sum lambda_r (sum p A_r - A~_r); Z = sum_n exp(-sum lambda_r A_r(n)) (line 29)"


def _inst(r, K=5, R=2):
    return r.normal(size=(R, K)), r.normal(size=R) * .7


Zf = lambda A, lam: np.exp(-(lam @ A)).sum()
pf = lambda A, lam: np.exp(-(lam @ A)) / Zf(A, lam)
STEPS = [
    S(12, "not-an-identity", "constraints"), S(13, "not-an-identity", "normalisation"),
    S(18, "not-an-identity", "Lagrangian (definition)"),
    S(23, "valid", "stationary point of phi: -log p_n - 1 - alpha - sum lambda_r A_r(n) is the same for every n (p normalised by Z of line 29)",
      ok=lambda r: (lambda A, lam: (lambda g: (g, np.full_like(g, g.mean())))(-np.log(pf(A, lam)) - lam @ A))(*_inst(r))),
    S(23, "invalid", "sum_n p_n = 1, not the normaliser: A = (0, 1), lambda = 0: Z = sum exp(-lambda A) = 2 but sum p_n = 1",
      cx=lambda: (Zf(np.array([[0., 1.]]), np.array([0.])), pf(np.array([[0., 1.]]), np.array([0.])).sum())),
    S(29, "not-an-identity", "Z (definition)"),
    S(33, "valid", "-d log Z/d lambda_r = <A_r>", ok=lambda r: (lambda A, lam: (-d(lambda t: np.log(Zf(A, np.r_[t, lam[1:]])), lam[0]), (pf(A, lam) * A[0]).sum()))(*_inst(r))),
    S(34, "either", "reading A: (A_r A_s) stands for <A_r A_s>: the covariance (valid); reading B: the product of the values at one state: "
      "two states A_1 = A_2 = (0, 1), lambda = 0, state 2: 1 - 1/4 = 0.75 vs the covariance 0.25",
      ok=lambda r: (lambda A, lam: (-d(lambda t: (pf(A, np.r_[lam[0], t]) * A[0]).sum(), lam[1]),
                                    (pf(A, lam) * A[0] * A[1]).sum() - (pf(A, lam) * A[0]).sum() * (pf(A, lam) * A[1]).sum()))(*_inst(r)),
      cx=lambda: (0.25, 1.0 - 0.25)),
]
CLAIMS = []
