from common import *
DOC = "08_dbd_logistic.md"; TIER = 2
TOPIC = "Jekyll notes (Chinese): logistic regression probabilities, likelihood, cost and the gradient of J"
NOTES = "h_theta(x) = sigma(theta^T x); y in {0,1}; m samples; Cost from the cases display; log written bare as `log` in places"
_h = sig(np.array([0.4, -1.1])); _y = np.array([1.0, 0.0])
STEPS = [
    S(32, "not-an-identity", "the model P(y=1|x)"),
    S(32, "valid", "1/(1+e^{-z}) = e^z/(1+e^z)"),
    S(36, "valid", "complement"),
    S(36, "valid", "1 - 1/(1+e^{-z}) = e^{-z}/(1+e^{-z})"),
    S(36, "valid", "= 1/(1+e^{z})"),
    S(45, "not-an-identity", "the two cases combined (model)"),
    S(54, "not-an-identity", "L(theta) named"),
    S(54, "either", "reading A: P(y^(i)|x^(i);theta) stands for the probability of all m labels (valid); reading B: one sample i: "
      "m = 2, z = (0.4, -1.1), y = (1, 0), i = 1: P(y^(1)|x^(1)) = 0.5987, the product 0.4492",
      ok=lambda r: (lambda z, y: (np.prod(sig(z) ** y * (1 - sig(z)) ** (1 - y)), np.prod(sig(z) ** y * (1 - sig(z)) ** (1 - y))))(r.normal(size=3), r.integers(0, 2, 3)),
      cx=lambda: (_h[0], np.prod(_h ** _y * (1 - _h) ** (1 - _y)))),
    S(63, "not-an-identity", "l(theta) named"),
    S(63, "valid", "log of the product"),
    S(82, "not-an-identity", "J defined from Cost"),
    S(82, "valid", "mean Cost = -l/m"),
    S(82, "valid", "l written out"),
    S(128, "valid", "derivative of J (row 82) through h"),
    S(129, "valid", "common factor dh/dtheta_j"),
    S(130, "valid", "dh/dtheta_j = h(1-h) d(theta^T x)/dtheta_j"),
    S(131, "valid", "simplified, d(theta^T x)/dtheta_j = x_j"),
    S(132, "valid", "y(1-h) - (1-y)h = y - h"),
]
CLAIMS = [(128, 132, "valid", "dJ/dtheta_j = (1/m) sum (h - y) x_j")]
