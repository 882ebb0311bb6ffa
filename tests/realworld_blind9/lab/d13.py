from common import *
DOC = "13_stevring_word2vec_grads.md"; TIER = 2
TOPIC = "cs224n assignment write-up (Markdown, $\\begin{aligned}$ inline-delimited, \\because/\\therefore): naive-softmax loss = CE, gradients in v_c and U"
NOTES = "U has the outside vectors u_w as columns (the handout's convention), theta = U^T v_c, y_hat = softmax(theta), y one-hot; "
"J in (e) is the negative-sampling loss of the handout, not defined in the document"
_U = np.array([[1.0, -0.5], [0.3, 0.8]]); _vc = np.array([0.4, -0.2]); _y = np.array([1.0, 0.0])


def _yh(U, v):
    t = U.T @ v; e = np.exp(t - t.max()); return e / e.sum()


STEPS = [
    S(8, "valid", "the sum written out (the last term's index w is the last word)"),
    S(9, "valid", "y one-hot: only y_o = 1"),
    S(10, "valid", "y_o = 1"),
    S(11, "valid", "y_hat_o = P(O = o | C = c) by the model"),
    S(16, "not-an-identity", "premise (\\because J = CE)"),
    S(17, "not-an-identity", "premise (y_hat = softmax)"),
    S(18, "valid", "dJ/dtheta = (y_hat - y)^T"),
    S(24, "valid", "chain rule"),
    S(25, "valid", "dJ/dtheta = (y_hat - y) (transposes loose)"),
    S(26, "either", "reading A: transposes are loose and the row is the gradient U (y_hat - y) (valid); reading B: the product as typed, "
      "U^T (y_hat - y) (the outer T on a vector dropped): U = [[1, -0.5], [0.3, 0.8]], v_c = (0.4, -0.2), o = 1: "
      "grad = U (y_hat - y) = (-0.4977, 0.1659), U^T (y_hat - y) = (-0.2323, 0.4314)",
      ok=lambda r: (lambda U, v: (np.array([d(lambda t: -np.log(_yh(U, v + t * np.eye(2)[k])[0]), 0.0) for k in range(2)]), U @ (_yh(U, v) - _y)))(r.normal(size=(2, 2)), r.normal(size=2)),
      cx=lambda: (_U @ (_yh(_U, _vc) - _y), _U.T @ (_yh(_U, _vc) - _y))),
    S(32, "invalid", "the left side is dJ/dv_c but the chain differentiates in U (dtheta/dU): dJ/dv_c = U (y_hat - y) is a d-vector, "
      "the row's right side dJ/dU = v_c (y_hat - y)^T a d x V matrix: same instance: dJ/dv_c = (-0.4977, 0.1659), "
      "dJ/dU[:,1] = v_c (y_hat_1 - 1) = (-0.1327, 0.0664)",
      cx=lambda: (_U @ (_yh(_U, _vc) - _y), _vc * (_yh(_U, _vc) - _y)[0])),
    S(33, "valid", "dJ/dtheta substituted (the right sides of the chain)"),
    S(34, "valid", "d(U^T v_c)/dU contracted: v_c (y_hat - y)^T"),
    S(40, "valid", "sigma' = sigma (1 - sigma)"),
    S(45, "valid", "negative-sampling gradient in v_c (J of the handout)"),
    S(46, "valid", "gradient in u_o"),
    S(48, "valid", "gradient in u_k"),
]
CLAIMS = [(24, 26, "valid", "dJ/dv_c = U (y_hat - y) with loose transposes")]
