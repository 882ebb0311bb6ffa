from common import *
DOC = "28_googolxx_vae_elbo.md"; TIER = 1
TOPIC = "Hugo post (Chinese, equation+aligned): log p = ELBO + KL, ELBO = reconstruction - KL, Gaussian closed form; a final proportionality with the reconstruction term's sign flipped"
NOTES = "p(z|X) stands for p_theta(z|X) (prose); X and x the same; a full-width bar ｜ in p_theta(X｜z); p(X|z) Gaussian with covariance I/2, q = N(mu, sigma^2 I)"
def _elbo(sq, mu2, s2):   # one sample, K = d = 1: -(x-f)^2 - KL(N(mu, s2) || N(0,1)) up to a constant
    return -sq - 0.5 * (-1 + mu2 + s2 - np.log(s2))


def _row126(sq, mu2, s2):
    return sq - 0.5 * (-1 + mu2 + s2 - np.log(s2))


STEPS = [
    S(63, "valid", "Bayes: p(X) = p(X,z)/p(z|X)"),
    S(64, "valid", "p(X,z) = p(X|z) p(z)"),
    S(76, "valid", "int q dz = 1"),
    S(77, "valid", "log p(X) into the integral"),
    S(78, "valid", "p(X) = p(X,z)/p(z|X) (dz not written)"),
    S(79, "valid", "multiply and divide by q"),
    S(80, "valid", "log of a product split"),
    S(81, "valid", "expectation and KL named"),
    S(82, "valid", "KL >= 0"),
    S(92, "valid", "row 81 rearranged"),
    S(102, "valid", "p(X,z) = p(X｜z) p(z)"),
    S(103, "valid", "E[log p(X|z)] - KL(q || p(z))"),
    S(113, "valid", "Gaussian KL (stated)"),
    S(124, "valid", "as row 102"),
    S(125, "valid", "as row 103"),
    S(126, "invalid", "with p(X|z) Gaussian, E[log p(X|z)] = -(squared error) + const, so the ELBO is -MSE - KL; the row has +MSE - KL, "
      "which is no positive multiple of the ELBO plus a constant: one sample, K = d = 1: (x-f)^2 = 1, mu = 0, sigma = 1 and (x-f)^2 = 0, "
      "mu^2 = 2, sigma = 1 have the same ELBO (-1 + c) but the row gives 1 and -1",
      cx=lambda: (_elbo(1, 0, 1) - _elbo(0, 2, 1), _row126(1, 0, 1) - _row126(0, 2, 1))),
]
CLAIMS = [(76, 82, "valid", "log p(X) >= ELBO")]
