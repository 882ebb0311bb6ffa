from sm import *
DOC = "24_mnn_crossentropy_docstring.md"; TIER = 2
TOPIC = "docstring Markdown: cross-entropy through log-softmax, d l/d x_k = y_k - p_k; one-hot gradient vector"
NOTES = "l = -sum_i p_i z_i, z = log softmax(x), sum p = 1; the label is l (line 15); the vector in line 17 puts -1 at index k"


def inst(r):
    return xs(r), r.dirichlet(np.ones(4))


def L(x, p):
    return -(p * np.log(sm(x))).sum()


STEPS = [
    S(7, "not-an-identity", "i = k (case condition)", outside_display=True),
    S(7, "valid", "dz_k/dx_k = 1 - y_k", ok=lambda r: (lambda x: (jac(lambda t: np.log(sm(t)), x)[2, 2], 1 - sm(x)[2]))(xs(r)), outside_display=True),
    S(7, "not-an-identity", "i != k (case condition)", outside_display=True),
    S(7, "valid", "dz_i/dx_k = -y_k", ok=lambda r: (lambda x: (jac(lambda t: np.log(sm(t)), x)[0, 2], -sm(x)[2]))(xs(r)), outside_display=True),
    S(13, "valid", "l = -sum p_i z_i", ok=lambda r: (lambda x, p: (jac(lambda t: np.array([L(t, p)]), x)[0, 2],
      -jac(lambda t: np.array([(p * np.log(sm(t))).sum()]), x)[0, 2]))(*inst(r))),
    S(13, "valid", "the two cases", ok=lambda r: (lambda x, p: (-jac(lambda t: np.array([(p * np.log(sm(t))).sum()]), x)[0, 2],
      -(p[2] * (1 - sm(x)[2]) - (np.delete(p, 2) * sm(x)[2]).sum())))(*inst(r))),
    S(13, "valid", "distribute", ok=lambda r: (lambda x, p: (-(p[2] * (1 - sm(x)[2]) - (np.delete(p, 2) * sm(x)[2]).sum()),
      -p[2] + p[2] * sm(x)[2] + (np.delete(p, 2) * sm(x)[2]).sum()))(*inst(r))),
    S(13, "valid", "merge into sum_j", ok=lambda r: (lambda x, p: (-p[2] + p[2] * sm(x)[2] + (np.delete(p, 2) * sm(x)[2]).sum(),
      -p[2] + (p * sm(x)[2]).sum()))(*inst(r))),
    S(13, "valid", "sum p = 1", ok=lambda r: (lambda x, p: (-p[2] + (p * sm(x)[2]).sum(), -p[2] + sm(x)[2]))(*inst(r))),
    S(17, "either", "A: k is the label index l: gradient y - e_l; B: k a different index: x = (0, 0, 0, 0), l = 0, k = 2 puts -1 at the wrong place",
      ok=lambda r: (lambda x: (jac(lambda t: np.array([L(t, np.eye(4)[1])]), x)[0], sm(x) - np.eye(4)[1]))(xs(r)),
      cx=lambda: (sm(np.zeros(4)) - np.eye(4)[0], sm(np.zeros(4)) - np.eye(4)[2])),
    S(29, "not-an-identity", "cross-entropy loss (definition)"),
    S(29, "valid", "one-hot p at the label", ok=lambda r: (lambda x: (L(x, np.eye(4)[3]), -np.log(sm(x)[3])))(xs(r))),
]
CLAIMS = [(13, 13, "valid", "dl/dx_k = y_k - p_k")]
