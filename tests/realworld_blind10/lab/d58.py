from common import *
DOC = "58_laoliu_softmax_ce_derivative.md"; TIER = 2
TOPIC = "Chinese notes: softmax Jacobian (i != j and i = j), the overflow shift by a constant E, cross-entropy from the likelihood, its gradient p_j - y_j, softmax as a sigmoid for two classes; \\mathcal{Softmax}, \\operatorname*{arg\\ min} in front of a loss, log typed bare, aligned rows broken across source lines, extra & \\text{...} columns"
NOTES = "p_i = softmax(z)_i, y one-hot (sum y_c = 1, row 74); E > 0 in the overflow rows (log E); row 124 sets z_2 = 0, z_1 = z"
def _z(r, C=4):
    return r.normal(size=C) * 1.5
def _J(z):
    p = softmax(z); return np.diag(p) - np.outer(p, p)
def _num_J(z, i, j):
    return d(lambda t: softmax(np.r_[z[:j], t, z[j + 1:]])[i], z[j])
def _neq(k):
    def f(r):
        z = _z(r); i, j = 0, 2; S = np.exp(z).sum(); p = softmax(z)
        vals = [_num_J(z, i, j), (0 - np.exp(z[i]) * np.exp(z[j])) / S ** 2, -np.exp(z[i]) / S * np.exp(z[j]) / S, -p[i] * p[j]]
        return vals[k], vals[k + 1]
    return f
def _eq(k):
    def f(r):
        z = _z(r); i = j = 1; S = np.exp(z).sum(); p = softmax(z)
        vals = [_num_J(z, i, j), (np.exp(z[i]) * S - np.exp(z[i]) * np.exp(z[j])) / S ** 2, np.exp(z[i]) * (S - np.exp(z[j])) / S ** 2,
                np.exp(z[i]) / S * (S - np.exp(z[j])) / S, p[i] * (1 - p[j]), p[i] - p[i] ** 2]
        return vals[k], vals[k + 1]
    return f
def _ovf(k):
    def f(r):
        z = _z(r); E = r.uniform(0.1, 5); i = 2
        vals = [softmax(z)[i], np.exp(z[i]) / np.exp(z).sum(), E * np.exp(z[i]) / (E * np.exp(z).sum()), np.exp(z[i] + np.log(E)) / np.exp(z + np.log(E)).sum()]
        return vals[k], vals[k + 1]
    return f
def _onehot(r, C=4):
    y = np.zeros(C); y[int(r.integers(0, C))] = 1; return y
def _r72(r):
    z = _z(r); y = _onehot(r); p = softmax(z); return -np.log(np.prod(p ** y)), -np.sum(y * np.log(p))
def _r75ok(r):
    z = _z(r); y = _onehot(r); p = softmax(z); i = int(np.argmax(y)); return -np.sum(y * np.log(p)), -np.log(p[i])
def _r75cx():
    # argmin over z of L_CE is not a number equal to -log p_i at a given z: take z = 0 (C = 2): -log p_1 = log 2, while the loss has no minimiser (inf)
    return np.inf, np.log(2)
def _r78(r):
    z = _z(r); i = 1; return -np.log(softmax(z)[i]), -np.log(np.exp(z[i]) / np.exp(z).sum())
def _L(z, y):
    return -np.sum(y * np.log(softmax(z)))
def _grad(z, y, j):
    return d(lambda t: _L(np.r_[z[:j], t, z[j + 1:]], y), z[j])
def _r83(k):
    def f(r):
        z = _z(r); y = r.dirichlet(np.ones(4)); j = 2; p = softmax(z); Jm = _J(z)
        dlogp = np.array([_num_J(z, c, j) / p[c] for c in range(4)])
        vals = [_grad(z, y, j), -np.sum(y * dlogp), -np.sum(y / p * Jm[:, j])]
        return vals[k], vals[k + 1]
    return f
def _r91(r):
    z = _z(r); i, j = 0, 3; p = softmax(z)
    a = (_num_J(z, i, j), -p[i] * p[j]); b = (_num_J(z, i, i), p[i] - p[i] ** 2)
    return np.r_[a[0], b[0]], np.r_[a[1], b[1]]
def _r98(k):
    def f(r):
        z = _z(r); y = _onehot(r); j = int(r.integers(0, 4)); p = softmax(z); Jm = _J(z); o = [c for c in range(4) if c != j]
        vals = [_grad(z, y, j), -np.sum(y / p * Jm[:, j]),
                -sum(y[c] / p[c] * (-p[c] * p[j]) for c in o) - y[j] / p[j] * (p[j] - p[j] ** 2),
                sum(y[c] * p[j] for c in o) - y[j] + y[j] * p[j],
                (sum(y[c] for c in o) + y[j]) * p[j] - y[j], p[j] - y[j]]
        return vals[k], vals[k + 1]
    return f
def _r111(r):
    z = r.normal() * 2; return 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z))
def _r114(k):
    def f(r):
        z = _z(r); i = 1; S = np.exp(z).sum(); R = np.exp(z[i]) / (S - np.exp(z[i]))
        vals = [softmax(z)[i], np.exp(z[i]) / S, R / (1 + R)]
        return vals[k], vals[k + 1]
    return f
def _r121(k):
    def f(r):
        z1, z2 = r.normal(size=2) * 2; z = z1
        vals = [softmax([z1, z2])[0], np.exp(z1) / (np.exp(z1) + np.exp(z2)), 1 / (1 + np.exp(z2 - z1))]
        if k < 2:
            return vals[k], vals[k + 1]
        return 1 / (1 + np.exp(0.0 - z)), 1 / (1 + np.exp(-z))   # z_2 = 0, z_1 = z
    return f
STEPS = [
    S(13, "not-an-identity", "softmax defined"),
    S(17, "not-an-identity", "y-hat_i = softmax (inline)", outside_display=True),
    S(17, "not-an-identity", "= p_i (inline)", outside_display=True),
    S(22, "valid", "i != j: quotient rule (row 22-23)", ok=_neq(0)),
    S(24, "valid", "split into two factors (row 24-25)", ok=_neq(1)),
    S(26, "valid", "= -p_i p_j", ok=_neq(2)),
    S(33, "valid", "i = j: quotient rule (row 33-34)", ok=_eq(0)),
    S(35, "valid", "factor e^{z_i} (row 35-36)", ok=_eq(1)),
    S(37, "valid", "split (row 37-38)", ok=_eq(2)),
    S(39, "valid", "= p_i (1 - p_j)", ok=_eq(3)),
    S(40, "valid", "= p_i - p_i^2 (i = j)", ok=_eq(4)),
    S(51, "valid", "y-hat_i restated (row 51-53)", ok=_ovf(0)),
    S(51, "valid", "times E/E", ok=_ovf(1)),
    S(51, "valid", "E e^{z} = e^{z + log E} (E > 0)", ok=_ovf(2)),
    S(56, "not-an-identity", "log(E) = -max(z) chosen (inline, lines 56-57)", outside_display=True),
    S(64, "not-an-identity", "L = P(y|x) (binary likelihood)"),
    S(64, "not-an-identity", "Bernoulli form"),
    S(68, "not-an-identity", "L = P(y|x) (multiclass)"),
    S(68, "not-an-identity", "categorical form"),
    S(72, "not-an-identity", "arg min L_CE = -log P(y|x): L_CE defined under an arg min"),
    S(72, "valid", "-log prod p_c^{y_c} = -sum y_c log p_c", ok=_r72),
    S(74, "not-an-identity", "sum y_c = 1 (inline, one-hot)", outside_display=True),
    S(75, "either", "arg min L_CE = -log p_i: reading arg min as 'minimise', L_CE = -log p_i for a one-hot y (equal); read literally, an arg min (a minimiser) is not the number -log p_i (for two classes at z = 0 the loss has no minimiser while -log p_1 = log 2)",
      ok=_r75ok, cx=_r75cx),
    S(78, "valid", "-log p_i = -log softmax", ok=_r78),
    S(83, "valid", "dL/dz_j = -sum y_c d log p_c/dz_j (row 83-84)", ok=_r83(0)),
    S(85, "valid", "= -sum y_c (1/p_c) dp_c/dz_j", ok=_r83(1)),
    S(91, "valid", "softmax Jacobian in cases (rows 91-93)", ok=_r91),
    S(98, "valid", "dL/dz_j = -sum (y_c/p_c) dp_c/dz_j (row 98-99)", ok=_r98(0)),
    S(100, "valid", "split c != j and c = j (row 100-101)", ok=_r98(1)),
    S(102, "valid", "simplify", ok=_r98(2)),
    S(103, "valid", "collect p_j", ok=_r98(3)),
    S(104, "valid", "= p_j - y_j (sum y = 1)", ok=_r98(4)),
    S(111, "not-an-identity", "sigmoid defined"),
    S(111, "valid", "= e^z/(1 + e^z)", ok=_r111),
    S(114, "valid", "softmax restated", ok=_r114(0)),
    S(115, "valid", "divide by sum_{c != i} e^{z_c}", ok=_r114(1)),
    S(121, "valid", "softmax restated", ok=_r121(0)),
    S(122, "valid", "C = 2 (for i = 1)", ok=_r121(0) if False else (lambda r: (lambda z1, z2: (np.exp(z1) / (np.exp(z1) + np.exp(z2)), softmax([z1, z2])[0]))(*(r.normal(size=2) * 2)))),
    S(123, "valid", "divide numerator and denominator by e^{z_1}", ok=_r121(1)),
    S(124, "valid", "z_2 = 0, z_1 = z", ok=_r121(2)),
]
CLAIMS = [(22, 26, "valid", "softmax Jacobian off-diagonal"), (33, 40, "valid", "diagonal"), (98, 104, "valid", "softmax CE gradient"), (121, 124, "valid", "two-class softmax")]
