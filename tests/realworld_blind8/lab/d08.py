from rbm import *
DOC = "08_dinrhiw_rbm_conditionals_tm.md"; TIER = 2
TOPIC = "TeXmacs notes (kept as .md): BB-RBM energy, P(h|v), P(h_i=1|v) = sigmoid, P(v_i=1|h); vector forms with W transposed"
NOTES = "TeXmacs source; E_BB(v,h) = -a^T v - v^T W h - b^T h; w_i = i-th column of W (weights into hidden i, line 29); " \
        "w^{(T)}_i = i-th row of W; lines 31 and 37 write W v and W^T h, i.e. W as hidden-by-visible, the transpose of line 4's W"


def _c(r):
    W, a, b = inst(r); v = r.integers(0, 2, 2).astype(float)
    return W, a, b, v


def _pcond(W, a, b, v, h):
    return np.exp(-E(v, h, W, a, b)) / sum(np.exp(-E(v, g, W, a, b)) for g in hs(len(b)))


def _ph1(W, a, b, v, i=0):
    return sum(_pcond(W, a, b, v, h) for h in hs(len(b)) if h[i] == 1)


def _pv1(W, a, b, h, i=0):
    num = lambda v: np.exp(-E(v, h, W, a, b))
    vs = [np.array(s, float) for s in itertools.product([0, 1], repeat=len(a))]
    return sum(num(v) for v in vs if v[i] == 1) / sum(num(v) for v in vs)


_W0 = np.array([[0.0, 1.0], [0.0, 0.0]]); _a0 = np.zeros(2); _b0 = np.zeros(2); _v0 = np.array([1.0, 0.0])

STEPS = [
    S(4, "not-an-identity", "BB-RBM energy (definition)"),
    S(6, "not-an-identity", "GB-RBM energy (definition, garbled: h missing after W)"),
    S(16, "not-an-identity", "joint (definition)"),
    S(17, "not-an-identity", "partition function (definition)"),
    S(19, "valid", "marginal of the joint", ok=lambda r: (lambda W, a, b, v: (np.exp(-F(v, W, a, b)), sum(np.exp(-E(v, h, W, a, b)) for h in hs(2))))(*_c(r))),
    S(27, "valid", "conditional = joint / marginal", ok=lambda r: (lambda W, a, b, v: (_pcond(W, a, b, v, hs(2)[1]), _pcond(W, a, b, v, hs(2)[1])))(*_c(r))),
    S(27, "valid", "line 16 and line 19", ok=lambda r: (lambda W, a, b, v: (_pcond(W, a, b, v, hs(2)[3]), np.exp(-E(v, hs(2)[3], W, a, b)) / sum(np.exp(-E(v, h, W, a, b)) for h in hs(2))))(*_c(r))),
    S(27, "valid", "-E written out (1/Z cancels)", ok=lambda r: (lambda W, a, b, v: (_pcond(W, a, b, v, hs(2)[2]), np.exp(v @ W @ hs(2)[2] + a @ v + b @ hs(2)[2]) / sum(np.exp(v @ W @ h + a @ v + b @ h) for h in hs(2))))(*_c(r))),
    S(29, "valid", "the other hidden units factor out", ok=lambda r: (lambda W, a, b, v: (_ph1(W, a, b, v), np.exp(v @ W[:, 0] + a @ v + b[0]) / (np.exp(a @ v) + np.exp(v @ W[:, 0] + a @ v + b[0]))))(*_c(r))),
    S(29, "valid", "e^{a^T v} cancels", ok=lambda r: (lambda W, a, b, v: (_ph1(W, a, b, v), np.exp(v @ W[:, 0] + b[0]) / (1 + np.exp(v @ W[:, 0] + b[0]))))(*_c(r))),
    S(29, "valid", "divide by the numerator", ok=lambda r: (lambda x: (np.exp(x) / (1 + np.exp(x)), 1 / (1 + np.exp(-x))))(r.normal() * 2)),
    S(29, "valid", "sigmoid", ok=lambda r: (lambda x: (1 / (1 + np.exp(-x)), sig(x)))(r.normal() * 2)),
    S(31, "either", "reading A: W here is the hidden-by-visible matrix (W_{ij} the weight from visible j to hidden i, as the code uses it): "
      "P(h=1|v) = sigmoid(W v + b) componentwise, valid; reading B: W is line 4's visible-by-hidden matrix: W = [[0,1],[0,0]], a = b = 0, "
      "v = (1,0): P(h_2=1|v) = sigmoid((W^T v)_2) = sigmoid(1) = 0.7311, the row gives sigmoid((W v)_2) = 0.5",
      ok=lambda r: (lambda W, a, b, v: (_ph1(W, a, b, v, 1), sig((W.T @ v + b)[1])))(*_c(r)),
      cx=lambda: (_ph1(_W0, _a0, _b0, _v0, 1), sig((_W0 @ _v0 + _b0)[1]))),
    S(34, "valid", "P(v_i=1|h): the other visible units factor out", ok=lambda r: (lambda W, a, b: (lambda h: (_pv1(W, a, b, h), np.exp(W[0] @ h + a[0] + b @ h) / (np.exp(b @ h) + np.exp(W[0] @ h + a[0] + b @ h))))(np.array([1.0, 0.0])))(*inst(r))),
    S(34, "valid", "simplified", ok=lambda r: (lambda x, c: (np.exp(x + c) / (np.exp(c) + np.exp(x + c)), 1 / (1 + np.exp(-x))))(r.normal() * 2, r.normal())),
    S(34, "valid", "sigmoid", ok=lambda r: (lambda x: (1 / (1 + np.exp(-x)), sig(x)))(r.normal() * 2)),
    S(37, "either", "reading A: W hidden-by-visible as in line 31: P(v=1|h) = sigmoid(W^T h + a), valid; reading B: line 4's W: "
      "W = [[0,1],[0,0]], a = b = 0, h = (0,1): P(v_1=1|h) = sigmoid((W h)_1) = sigmoid(1) = 0.7311, the row gives sigmoid((W^T h)_1) = 0.5",
      ok=lambda r: (lambda W, a, b: (_pv1(W, a, b, np.array([1.0, 1.0]), 1), sig((W @ np.array([1.0, 1.0]) + a)[1])))(*inst(r)),
      cx=lambda: (_pv1(_W0, _a0, _b0, np.array([0.0, 1.0]), 0), sig((_W0.T @ np.array([0.0, 1.0]) + _a0)[0]))),
]
CLAIMS = []
