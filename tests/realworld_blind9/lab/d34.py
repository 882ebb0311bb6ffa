from common import *
DOC = "34_thinkwee_expfam_gauss.md"; TIER = 2
TOPIC = "Hexo post: exponential-family MLE (argmax chain across displays), A'(eta) = mean of T, the Gaussian in natural parameters, dA/deta_2 with a slip"
NOTES = "Gaussian: eta_1 = mu/sigma^2, eta_2 = -1/(2 sigma^2), T = [x, x^2], -A = eta_1^2/(4 eta_2) + 1/2 log(-2 eta_2) (prose); `\\frac{\\partial A}{\\eta_1}` lacks a \\partial"
_e1, _e2 = 1.0, -0.5   # mu = 1, sigma = 1


def _A(e1, e2):
    return -e1 ** 2 / (4 * e2) - 0.5 * np.log(-2 * e2)


STEPS = [
    S(635, "not-an-identity", "exponential family (definition)"),
    S(648, "not-an-identity", "canonical form (definition, unbalanced bracket)"),
    S(654, "not-an-identity", "MLE (definition)"),
    S(658, "valid", "iid likelihood", cross_display=True),
    S(662, "valid", "product of the densities", cross_display=True),
    S(666, "valid", "log taken and the h terms dropped (constant for the argmax; unbalanced bracket)", cross_display=True),
    S(670, "not-an-identity", "L(eta) named", cross_display=True),
    S(676, "valid", "dL/deta = sum T - n A'"),
    S(676, "not-an-identity", "= 0 (stationarity)"),
    S(680, "not-an-identity", "solved"),
    S(686, "not-an-identity", "Gaussian density in exponential form (model)"),
    S(690, "valid", "as an inner product with [x, x^2]", cross_display=True),
    S(696, "valid", "natural parameters substituted: eta_1^2/(4 eta_2) = -mu^2/(2 sigma^2), 1/2 log(-2 eta_2) = -log sigma",
      ok=lambda r: (lambda x, mu, s: (-x ** 2 / (2 * s ** 2) + mu * x / s ** 2 - mu ** 2 / (2 * s ** 2) - 0.5 * np.log(2 * np.pi * s ** 2),
                                      (lambda e1, e2: x * e1 + x ** 2 * e2 + e1 ** 2 / (4 * e2) + 0.5 * np.log(-2 * e2) - 0.5 * np.log(2 * np.pi))(mu / s ** 2, -1 / (2 * s ** 2))))(r.normal(), r.normal(), r.uniform(0.5, 2))),
    S(707, "not-an-identity", "MLE condition restated"),
    S(711, "invalid", "dA/deta_2 = eta_1^2/(4 eta_2^2) - 1/(2 eta_2); the row has eta_1^2/(2 eta_2): mu = sigma = 1 (eta = (1, -1/2)): "
      "dA/deta_2 = 2 = mu^2 + sigma^2, the row 0",
      cx=lambda: (np.array([d(lambda t: _A(t, _e2), _e1), d(lambda t: _A(_e1, t), _e2)]), np.array([-_e1 / (2 * _e2), _e1 ** 2 / (2 * _e2) - 1 / (2 * _e2)]))),
    S(715, "not-an-identity", "MLE condition (sample moments)", cross_display=True),
    S(719, "not-an-identity", "moments of the Gaussian identified", cross_display=True),
]
CLAIMS = [(707, 719, "invalid", "A'(eta) for the Gaussian")]
