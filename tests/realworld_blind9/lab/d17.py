from common import *
DOC = "17_caozhens_lr_mle_grad.md"; TIER = 2
TOPIC = "Chinese notes: logistic regression likelihood, log-likelihood and its gradient (one-line displays), gradient-ascent rule"
NOTES = "phi^i = h_theta(x^i) = g(theta^T x^i); y^i in {0,1}; `log` typed bare in row 39"
STEPS = [
    S(27, "not-an-identity", "phi^i named"),
    S(27, "not-an-identity", "h (model)"),
    S(27, "not-an-identity", "g(theta^T x) (model)"),
    S(27, "valid", "g written out"),
    S(28, "valid", "p(y=0|x) = 1 - phi"),
    S(33, "not-an-identity", "Bernoulli likelihood of one sample (model)"),
    S(36, "not-an-identity", "L named"),
    S(36, "valid", "product over the samples"),
    S(39, "not-an-identity", "l named"),
    S(39, "valid", "log of the product"),
    S(43, "not-an-identity", "argmax (definition of the estimate)"),
    S(47, "valid", "derivative through h"),
    S(50, "not-an-identity", "h restated"),
    S(51, "valid", "h' = g(1-g) times the inner derivative"),
    S(51, "valid", "d(theta^T x)/dtheta_j = x_j"),
    S(53, "valid", "substituted"),
    S(55, "valid", "y(1-g) - (1-y)g = y - g"),
    S(57, "not-an-identity", "update rule :="),
    S(57, "valid", "gradient substituted"),
]
CLAIMS = [(47, 55, "valid", "dl/dtheta_j = sum (y - g) x_j")]
