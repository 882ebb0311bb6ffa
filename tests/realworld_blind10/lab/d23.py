from common import *
DOC = "23_d2l_softmax_ce_derivative.md"; TIER = 2
TOPIC = "d2l book source (MyST-like Markdown with :eqlabel:/:eqref: roles): softmax definition, likelihood of one-hot labels, cross-entropy loss, log-sum-exp form and its derivative softmax(o)_j - y_j"
NOTES = "yhat = softmax(o) (first range, source row 203); y one-hot (sum_j y_j = 1); l defined at row 309"
STEPS = [
    S(203, "not-an-identity", "softmax defined"),
    S(203, "not-an-identity", "its entries"),
    S(290, "not-an-identity", "independence of the examples (model)"),
    S(301, "valid", "log of the product"),
    S(301, "valid", "each term named l(y, yhat) (row 309 with one-hot y: -log P(y|x) = -sum_j y_j log yhat_j)"),
    S(309, "not-an-identity", "cross-entropy loss defined"),
    S(345, "valid", "softmax substituted"),
    S(346, "valid", "log of a ratio"),
    S(347, "valid", "sum_j y_j = 1"),
    S(355, "valid", "derivative in o_j"),
    S(355, "valid", "softmax named"),
]
CLAIMS = [(345, 355, "valid", "d l/d o_j = softmax(o)_j - y_j")]
