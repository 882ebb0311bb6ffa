from common import *
DOC = "45_mnn_log_layer_docstring.md"; TIER = 2
TOPIC = "docstring Markdown: backward of an element-wise log layer, J = diag(1/x), gradient as a Hadamard product"
NOTES = "y = log x element-wise; l any scalar function of y (a linear one in the checks)"


def inst(r):
    return r.uniform(0.3, 3, 4), r.normal(0, 1, 4)


def jac_log(x, h=1e-6):
    return np.array([[(np.log(x + h * e)[i] - np.log(x - h * e)[i]) / (2 * h) for e in np.eye(len(x))] for i in range(len(x))])


STEPS = [
    S(9, "valid", "Jacobian of log", ok=lambda r: (lambda x, g: (jac_log(x), np.diag(1 / x)))(*inst(r)), outside_display=True),
    S(11, "valid", "chain rule (l = g . y)", ok=lambda r: (lambda x, g: (np.array([d(lambda t: g @ np.log(np.r_[x[:i], t, x[i + 1:]]), x[i]) for i in range(4)]),
      jac_log(x).T @ g))(*inst(r))),
    S(11, "valid", "diagonal Jacobian: Hadamard product", ok=lambda r: (lambda x, g: (jac_log(x).T @ g, (1 / x) * g))(*inst(r))),
    S(23, "not-an-identity", "forward (definition)"),
]
CLAIMS = [(11, 11, "valid", "grad_x l = x^{-1} o grad_y l")]
