from b9 import *
DOC = "14_dengwei_ddpm_mean.md"; TIER = 3
TOPIC = "Jekyll post in Chinese: DDPM posterior mean rewritten in terms of the noise epsilon_t"
NOTES = "alpha_t = 1 - beta_t, alpha_bar_t = prod alpha_s; line 6 calls the posterior variance sigma_t; line 20 writes x_t without bold"


def _i(r):
    a_prev = r.uniform(.3, .95); al = r.uniform(.5, .99); ab = a_prev * al
    return al, a_prev, ab, r.normal(), r.normal()


def _mu(al, ap, ab, xt, x0):
    return np.sqrt(al) * (1 - ap) / (1 - ab) * xt + np.sqrt(ap) * (1 - al) / (1 - ab) * x0


STEPS = [
    S(4, "not-an-identity", "posterior mean (definition)"),
    S(6, "not-an-identity", "posterior variance (definition; named sigma_t though it is the variance)"),
    S(11, "valid", "x_t = sqrt(ab) x_0 + sqrt(1-ab) eps solved for x_0",
      ok=lambda r: (lambda al, ap, ab, x0, e: (x0, (np.sqrt(ab) * x0 + np.sqrt(1 - ab) * e - np.sqrt(1 - ab) * e) / np.sqrt(ab)))(*_i(r))),
    S(16, "not-an-identity", "posterior mean (restated)"),
    S(18, "valid", "line 11 substituted",
      ok=lambda r: (lambda al, ap, ab, x0, e: (lambda xt: (_mu(al, ap, ab, xt, x0), np.sqrt(al) * (1 - ap) / (1 - ab) * xt + np.sqrt(ap) * (1 - al) / (1 - ab) / np.sqrt(ab) * (xt - np.sqrt(1 - ab) * e)))(np.sqrt(ab) * x0 + np.sqrt(1 - ab) * e))(*_i(r))),
    S(20, "valid", "coefficients collected (alpha_bar_t = alpha_t alpha_bar_{t-1}, beta_t = 1 - alpha_t)",
      ok=lambda r: (lambda al, ap, ab, x0, e: (lambda xt: (_mu(al, ap, ab, xt, x0), (xt - (1 - al) / np.sqrt(1 - ab) * e) / np.sqrt(al)))(np.sqrt(ab) * x0 + np.sqrt(1 - ab) * e))(*_i(r))),
]
CLAIMS = [(16, 20, "valid", "mu = (x_t - beta_t/sqrt(1-ab_t) eps)/sqrt(alpha_t)")]
