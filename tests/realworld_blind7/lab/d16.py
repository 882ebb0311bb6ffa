from h8 import *
DOC = "16_hgs_bce_gradient.md"; TIER = 2
TOPIC = "bilingual notes: binary cross-entropy and its derivative w.r.t. the prediction (the 1/n of the batch mean is dropped)"
NOTES = "L_BCE = -(1/n) sum_i [y_i log yhat_i + (1 - y_i) log(1 - yhat_i)]"


def _inst(r, n=3):
    return r.integers(0, 2, n).astype(float), r.uniform(.05, .95, n)


def _L(y, p):
    return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))


STEPS = [
    S(5, "not-an-identity", "BCE (definition)"),
    S(25, "either", "reading A: the derivative of one sample's term (n = 1): -y/yhat + (1 - y)/(1 - yhat) (valid); reading B: L_BCE of line 5 "
      "with its 1/n: n = 2, y = (1, 0), yhat = (1/2, 1/2): dL/dyhat_1 = -1, the row gives -2",
      ok=lambda r: (lambda y, p: (d(lambda t: _L(y[:1], np.r_[t]), p[0]), -y[0] / p[0] + (1 - y[0]) / (1 - p[0])))(*_inst(r)),
      cx=lambda: (d(lambda t: _L(np.array([1., 0.]), np.r_[t, .5]), .5), -1 / .5)),
    S(25, "valid", "-y/p + (1 - y)/(1 - p) = (p - y)/(p(1 - p))",
      ok=lambda r: (lambda y, p: (-y[0] / p[0] + (1 - y[0]) / (1 - p[0]), (p[0] - y[0]) / (p[0] * (1 - p[0]))))(*_inst(r))),
]
CLAIMS = []
