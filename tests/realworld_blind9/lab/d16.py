from common import *
DOC = "16_caozhens_sigmoid_lr_model.md"; TIER = 2
TOPIC = "Chinese notes: sigmoid, its derivative and symmetry, the logistic model for one sample and for a data matrix"
NOTES = "g the sigmoid; h_theta(x) = g(theta^T x); in row 34 the model is applied to every row of X (vector of probabilities)"
STEPS = [
    S(14, "not-an-identity", "g defined"),
    S(14, "valid", "1/(1+e^{-z}) = e^z/(1+e^z)"),
    S(21, "valid", "g' = g(1-g)"),
    S(24, "valid", "1 - g(z) = g(-z)"),
    S(31, "not-an-identity", "p(y=1|x) named h"),
    S(31, "not-an-identity", "h = g(theta^T x) (model)"),
    S(31, "valid", "g written out"),
    S(34, "not-an-identity", "vector of probabilities named h(X)"),
    S(34, "not-an-identity", "h(X) = g(X theta) (model, elementwise)"),
    S(34, "valid", "g written out elementwise"),
]
CLAIMS = []
