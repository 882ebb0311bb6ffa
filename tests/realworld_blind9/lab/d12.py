from common import *
DOC = "12_gorrok_word2vec_softmax.md"; TIER = 2
TOPIC = "word2vec Parameter Learning Explained (English, from a translation repo): CBOW softmax, the loss E = -log y_{j*} and its gradients"
NOTES = "x one-hot with x_k = 1; u_j = v'_j^T h; y = softmax(u); t_j = 1(j = j*); `max` used as a verb in eqs (5)-(7)"
STEPS = [
    S(29, "not-an-identity", "h = W^T x (model)"),
    S(29, "valid", "W^T x with x one-hot = the k-th row of W"),
    S(29, "not-an-identity", ":= names v_{w_I}"),
    S(35, "not-an-identity", "u_j (model)"),
    S(39, "not-an-identity", "y_j named"),
    S(39, "not-an-identity", "softmax (model)"),
    S(43, "valid", "(1), (2) substituted into (3)"),
    S(82, "valid", "p(w_O|w_I) = y_{j*} (typed y_j^*)"),
    S(85, "either", "reading A: `max` is the verb maximize: log is increasing, same maximizer (valid); reading B: the maximum values: "
      "max y vs max log y differ, e.g. at y = 0.5: 0.5 against -0.6931",
      ok=lambda r: (lambda u: (np.argmax(u), np.argmax(np.log(u))))(r.uniform(0.01, 1, 5)),
      cx=lambda: (0.5, np.log(0.5))),
    S(87, "either", "reading A: the objective log y_{j*} = u_{j*} - log sum exp(u_j') (valid, max as a verb); reading B: `max log y` as a value "
      "equals the expression at the current weights: sup over the weights of log y_{j*} is 0, the expression at u = (0, 0) is -log 2",
      ok=lambda r: (lambda u: (np.log(np.exp(u[0]) / np.exp(u).sum()), u[0] - np.log(np.exp(u).sum())))(r.normal(size=4)),
      cx=lambda: (0.0, -np.log(2.0))),
    S(87, "not-an-identity", ":= -E names the loss"),
    S(95, "valid", "dE/du_j = y_j - t_j"),
    S(95, "not-an-identity", ":= e_j"),
    S(102, "valid", "chain rule"),
    S(102, "valid", "du_j/dw'_ij = h_i"),
    S(106, "not-an-identity", "update rule"),
    S(111, "not-an-identity", "update rule"),
]
CLAIMS = [(95, 102, "valid", "dE/dw'_ij = e_j h_i")]
