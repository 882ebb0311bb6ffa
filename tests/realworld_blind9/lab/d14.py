from common import *
DOC = "14_jli05_word2vec_negsampling.md"; TIER = 2
TOPIC = "Jekyll post (\\[ \\], align, cases, MathJax config in the page): softmax word2vec loss, gradient, negative sampling gradient by cases"
NOTES = "u_j = v'_{w_j}^T v_{w_I}; h = v_{w_I}; t_j = 1(j = j*); sigma the sigmoid; the cases display gives dE/du_j for the target and the negatives"
_h = np.array([0.4, -0.7]); _W = np.array([[0.2, 0.5, -0.3], [1.0, -0.4, 0.6]])   # h_i, w'_ij


def _E(W):
    u = _h @ W; return -(u[0] - np.log(np.exp(u).sum()))


_E11 = np.zeros((2, 3)); _E11[0, 0] = 1.0

STEPS = [
    S(12, "not-an-identity", "y_j named"),
    S(12, "not-an-identity", "softmax (model)"),
    S(12, "valid", "u_j = v'^T v substituted"),
    S(16, "valid", "log y_{j*} = u_{j*} - log sum exp"),
    S(16, "not-an-identity", ":= -E"),
    S(19, "valid", "dE/du_j = y_j - t_j"),
    S(19, "not-an-identity", ":= e_j"),
    S(20, "valid", "chain rule (the numerator's \\partial is missing: \\frac{u_j}{\\partial w'_ij})"),
    S(20, "either", "reading A: v_{w_i} is h_i, the i-th entry of v_{w_I} (valid: du_j/dw'_ij = h_i); reading B: v_{w_i} is the vector of word w_i: "
      "it is a vector, not the scalar h_i; with h = (0.4, -0.7), j* = 1: dE/dw'_11 = e_1 h_1 = -0.3214, e_1 times the word vector of w_1 (here taken as h, "
      "the only word vector the instance has) gives a 2-vector",
      ok=lambda r: (lambda W: (d(lambda t: _E(W + t * _E11), 0.0), (np.exp(_h @ W) / np.exp(_h @ W).sum() - np.eye(3)[0])[0] * _h[0]))(r.normal(size=(2, 3))),
      cx=lambda: (np.array([(np.exp(_h @ _W) / np.exp(_h @ _W).sum() - np.eye(3)[0])[0] * _h[0]] * 2), (np.exp(_h @ _W) / np.exp(_h @ _W).sum() - np.eye(3)[0])[0] * _h)),
    S(25, "not-an-identity", "negative-sampling model posed"),
    S(29, "valid", "-log of the product"),
    S(29, "not-an-identity", ":= E"),
    S(33, "valid", "target: -sigma'(u)/sigma(u) = sigma(u) - 1 (as dE/du_j)"),
    S(33, "valid", "sigma'/sigma = 1 - sigma"),
    S(34, "valid", "negative: sigma'(-u)/sigma(-u) = 1 - sigma(-u)"),
    S(34, "valid", "1 - sigma(-u) = sigma(u)"),
]
CLAIMS = [(29, 34, "valid", "negative-sampling gradient by cases")]
