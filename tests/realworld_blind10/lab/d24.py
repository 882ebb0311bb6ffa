from common import *
DOC = "24_d2l_ce_loglik.md"; TIER = 2
TOPIC = "d2l appendix (information theory): one-hot labels with cases, predictions as a sum over classes, cross entropy vs the multinoulli log-likelihood (a chain of five relations on one aligned row)"
NOTES = "y_i one-hot; yhat_i = p_theta(y_i|x_i) = sum_j y_ij p_theta(y_ij|x_i); L(theta) = prod_i pi^{y_i} (prose row 640); pi^{y_i} = prod_j pi_j^{y_ij}"
STEPS = [
    S(622, "not-an-identity", "one-hot encoding (cases)"),
    S(627, "not-an-identity", "prediction defined"),
    S(627, "not-an-identity", "probability of the true class (definition)"),
    S(632, "not-an-identity", "cross-entropy loss defined"),
    S(632, "valid", "with one-hot y_i: log yhat_i = sum_j y_ij log p_theta(y_ij|x_i) (row spans 632-633)"),
    S(637, "not-an-identity", "multinoulli pmf"),
    S(645, "not-an-identity", "l = log L (definition)"),
    S(645, "valid", "L is the product of the per-example pmfs (prose row 640)"),
    S(645, "valid", "multinoulli pmf substituted"),
    S(645, "valid", "log of the products"),
]
CLAIMS = [(645, 645, "valid", "l(theta) = sum_i sum_j y_ij log pi_j")]
