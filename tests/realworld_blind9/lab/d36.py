from common import *
DOC = "36_sakura_logistic_ce.md"; TIER = 2
TOPIC = "Chinese lecture notes (Hung-yi Lee ML): logistic regression likelihood to cross-entropy, split environments with \\ -... continuation rows, argmin with an unbalanced parenthesis"
NOTES = "f_{w,b}(x) = sigma(w.x + b); the example data: x^1, x^2 in class 1, x^3 in class 2 (an image above the cut defines L); y_hat in {0,1}"
STEPS = [
    S(35, "not-an-identity", "w*, b* named"),
    S(35, "valid", "argmax L = argmin -ln L"),
    S(38, "valid", "-ln of the example's likelihood f(x1) f(x2) (1 - f(x3)) ..."),
    S(49, "valid", "each factor with its label y_hat (1, 1, 0, ...)"),
    S(58, "valid", "as a sum over the examples"),
    S(69, "not-an-identity", "w*, b* named"),
    S(69, "valid", "argmax L = argmin -ln L"),
    S(69, "valid", "-ln L written out (inside the unbalanced argmin parenthesis)"),
    S(87, "not-an-identity", "update rule written with ="),
]
CLAIMS = [(38, 58, "valid", "-ln L = sum of Bernoulli cross-entropies")]
