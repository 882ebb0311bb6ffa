from common import *
DOC = "12_ruthless_entropy_kl.md"; TIER = 2
TOPIC = "entropy, cross-entropy, KL(P||Q) = H(P,Q) - H(P) = sum P log(P/Q); continuous KL as an expectation (Chinese prose)"
NOTES = "D_KL has its standard meaning sum_x P log(P/Q) (discrete), integral p log(p/q) (densities); E_{x in p} means x ~ p"


def pq(r):
    return r.dirichlet(np.ones(4)), r.dirichlet(np.ones(4))


def kl(P, Q):
    return (P * np.log(P / Q)).sum()


X = np.linspace(-15, 15, 200001)


def lgauss(m, s):
    return lambda x: -(x - m) ** 2 / (2 * s * s) - 0.5 * np.log(2 * np.pi * s * s)


def gauss(m, s):
    return lambda x: np.exp(lgauss(m, s)(x))


def kl_gauss(m1, s1, m2, s2):
    return np.log(s2 / s1) + (s1 ** 2 + (m1 - m2) ** 2) / (2 * s2 ** 2) - 0.5


STEPS = [
    S(4, "not-an-identity", "entropy (definition)"),
    S(10, "not-an-identity", "cross-entropy (definition)"),
    S(10, "not-an-identity", "the same definition for densities (a second definition, not an identity between the two)"),
    S(21, "valid", "KL = H(P,Q) - H(P)", ok=lambda r: (lambda P, Q: (kl(P, Q), -(P * np.log(Q)).sum() + (P * np.log(P)).sum()))(*pq(r))),
    S(22, "valid", "H's written out", ok=lambda r: (lambda P, Q: (-(P * np.log(Q)).sum() + (P * np.log(P)).sum(),
      -(P * np.log(Q)).sum() + (P * np.log(P)).sum()))(*pq(r))),
    S(23, "valid", "merge the logs", ok=lambda r: (lambda P, Q: (-(P * np.log(Q)).sum() + (P * np.log(P)).sum(), kl(P, Q)))(*pq(r))),
    S(34, "valid", "KL of densities (Gaussians: closed form vs quadrature)", ok=lambda r: (lambda m1, s1, m2, s2: (
      kl_gauss(m1, s1, m2, s2), np.trapezoid(gauss(m1, s1)(X) * (lgauss(m1, s1)(X) - lgauss(m2, s2)(X)), X)))(
      r.normal(), r.uniform(.5, 2), r.normal(), r.uniform(.5, 2))),
    S(35, "valid", "integral against p = expectation under p", ok=lambda r: (lambda P, Q: (kl(P, Q),
      (P * (np.log(P) - np.log(Q))).sum()))(*pq(r))),
]
CLAIMS = [(21, 23, "valid", "KL = sum P log(P/Q)")]
