from sm import *
DOC = "22_mnn_logsoftmax_docstring.md"; TIER = 2
TOPIC = "docstring-generated Markdown (lazydocs): log-softmax Jacobian I - 1 y^T, chain rule, stable log-softmax"
NOTES = "y = softmax(x), z = log y; the Jacobian J_x z has entries dz_i/dx_k; m = max_j x_j in the stable form"

STEPS = [
    S(7, "not-an-identity", "i = k (case condition)", outside_display=True),
    S(7, "valid", "i = k: dy_i/dx_i = y_i(1 - y_i)", ok=lambda r: (lambda x: (jac(sm, x)[1, 1], sm(x)[1] * (1 - sm(x)[1])))(xs(r)), outside_display=True),
    S(7, "not-an-identity", "i != k (case condition)", outside_display=True),
    S(7, "valid", "i != k: dy_i/dx_k = -y_i y_k", ok=lambda r: (lambda x: (jac(sm, x)[0, 2], -sm(x)[0] * sm(x)[2]))(xs(r)), outside_display=True),
    S(11, "valid", "d log y_i = dy_i / y_i (i = k)", ok=lambda r: (lambda x: (jac(lambda t: np.log(sm(t)), x)[1, 1], 1 / sm(x)[1] * sm(x)[1] * (1 - sm(x)[1])))(xs(r))),
    S(11, "valid", "= 1 - y_k (i = k)", ok=lambda r: (lambda x: (1 / sm(x)[1] * sm(x)[1] * (1 - sm(x)[1]), 1 - sm(x)[1]))(xs(r))),
    S(15, "valid", "i != k", ok=lambda r: (lambda x: (jac(lambda t: np.log(sm(t)), x)[0, 2], 1 / sm(x)[0] * (-sm(x)[0] * sm(x)[2])))(xs(r))),
    S(15, "valid", "= -y_k", ok=lambda r: (lambda x: (1 / sm(x)[0] * (-sm(x)[0] * sm(x)[2]), -sm(x)[2]))(xs(r))),
    S(19, "valid", "J = I - 1 y^T", ok=lambda r: (lambda x: (jac(lambda t: np.log(sm(t)), x), np.eye(4) - np.outer(np.ones(4), sm(x))))(xs(r))),
    S(27, "valid", "chain rule with J_{ik} = dz_i/dx_k", ok=lambda r: (lambda x, g: (jac(lambda t: np.array([g @ np.log(sm(t))]), x)[0],
      jac(lambda t: np.log(sm(t)), x).T @ g))(xs(r), r.normal(0, 1, 4))),
    S(39, "not-an-identity", "z = log y (definition)"),
    S(41, "not-an-identity", "softmax (definition)", outside_display=True),
    S(55, "valid", "shift by m", ok=lambda r: (lambda x: (np.log(sm(x))[0], np.log(np.exp(x[0] - x.max()) / np.exp(x - x.max()).sum())))(xs(r))),
    S(55, "valid", "log of a quotient", ok=lambda r: (lambda x: (np.log(np.exp(x[0] - x.max()) / np.exp(x - x.max()).sum()),
      x[0] - x.max() - np.log(np.exp(x - x.max()).sum())))(xs(r))),
]
CLAIMS = [(11, 19, "valid", "Jacobian of log-softmax"), (55, 55, "valid", "stable log-softmax")]
