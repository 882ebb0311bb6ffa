from common import *
DOC = "01_gouherdanish_logistic_grad.md"; TIER = 2
TOPIC = "Jekyll post, one $$ display per row with \\Rightarrow rows and \\hat{y_i}: binary cross-entropy gradient of logistic regression (chain rule, sigmoid derivative)"
NOTES = "ell_i = -y_i log yhat_i - (1-y_i) log(1-yhat_i); yhat = sigma(z); z_i = w_i x_i + b_i (the author's per-example weights)"
STEPS = [
    S(98, "not-an-identity", "loss of example i restated (definition)"),
    S(88, "not-an-identity", "L defined as the mean of ell_i"),
    S(88, "valid", "ell_i = H(y, yhat) (the cross entropy of example i)"),
    S(90, "valid", "binary cross entropy substituted"),
    S(110, "valid", "chain rule d ell/dw = d ell/dyhat * dyhat/dz * dz/dw"),
    S(118, "not-an-identity", "loss restated (definition)"),
    S(120, "valid", "derivative of the loss in yhat"),
    S(122, "valid", "common denominator"),
    S(124, "valid", "numerator simplified: -y + y yhat + yhat - y yhat = yhat - y"),
    S(128, "not-an-identity", "yhat = sigma(z) restated (definition)"),
    S(128, "not-an-identity", "sigma written out (definition)"),
    S(130, "valid", "derivative of (1+e^{-z})^{-1}"),
    S(132, "valid", "split into two factors"),
    S(134, "valid", "= yhat(1-yhat)"),
    S(138, "not-an-identity", "linear model (definition)"),
    S(140, "valid", "dz/dw = x"),
    S(144, "valid", "chain rule restated"),
    S(148, "valid", "the three factors substituted"),
    S(150, "valid", "yhat(1-yhat) cancels"),
    S(154, "valid", "L is the mean of the ell_i (L = (1/m) sum ell_i above the cut)"),
    S(156, "valid", "per-example gradients substituted"),
]
CLAIMS = [(120, 124, "valid", "d ell/d yhat = (yhat - y)/(yhat(1-yhat))")]
