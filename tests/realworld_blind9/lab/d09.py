from common import *
DOC = "09_gorrok_softmax_ce_grad.md"; TIER = 2
TOPIC = "Chinese notes (Markdown, aligned with \\\\ on lines of their own): softmax + cross-entropy gradient, the k = i term split off with the wrong index"
NOTES = "sigma_k = softmax(z)_k, L = -sum_k y_k log sigma_k, y one-hot (prose); rows 99 and 114 are the cases k != i and k = i (prose)"
_z = np.array([0.3, -0.5, 1.1]); _s = np.exp(_z) / np.exp(_z).sum(); _y = np.array([0.2, 0.5, 0.3])  # a soft label keeps every term visible


def _J(k, i):
    return _s[k] * ((k == i) - _s[i])


def _row130(i):
    return sum(-_y[k] / _s[k] * _J(k, i) for k in range(3))


def _row132(i, k):  # the split-off term written with a free k
    return -_y[k] / _s[k] * _J(k, i) + sum(-_y[m] / _s[m] * _J(m, i) for m in range(3) if m != i)


STEPS = [
    S(68, "valid", "chain rule over sigma_1 ... sigma_C"),
    S(78, "valid", "written as a sum"),
    S(82, "not-an-identity", "L (definition)"),
    S(86, "valid", "dL/dsigma_k = -y_k/sigma_k"),
    S(97, "not-an-identity", "sigma_k (definition)"),
    S(99, "valid", "k != i (prose): d sigma_k/dz_i = -e^{z_k} e^{z_i}/(sum)^2"),
    S(102, "valid", "split into two softmax factors"),
    S(105, "valid", "= -sigma_k sigma_i"),
    S(111, "not-an-identity", "sigma_k restated (definition)"),
    S(114, "valid", "k = i (prose): quotient rule"),
    S(117, "valid", "split"),
    S(119, "valid", "sigma_i - sigma_i^2"),
    S(121, "valid", "sigma_i (1 - sigma_i)"),
    S(127, "valid", "chain rule (row 78) restated"),
    S(130, "valid", "dL/dsigma_k substituted"),
    S(132, "invalid", "the k = i term is split off but written with k (left free) instead of i: z = (0.3, -0.5, 1.1), y = (0.2, 0.5, 0.3), "
      "i = 1, k = 2: row 130 = 0.0721, this row 0.3538 (it counts the k = 2 term twice and drops the k = i term)",
      cx=lambda: (_row130(0), _row132(0, 1))),
    S(134, "invalid", "checked against row 132 (the slip): same instance, row 132 = 0.3538, this row (the correct split) 0.0721",
      cx=lambda: (_row132(0, 1), -_y[0] / _s[0] * _J(0, 0) + sum(-_y[k] / _s[k] * (-_s[k] * _s[0]) for k in (1, 2)))),
    S(136, "valid", "simplified"),
    S(138, "either", "reading A: the last term y_k sigma_i is the C-th term y_C sigma_i (valid: the sum over k != i written out); "
      "reading B: k is a free index and the list stops at y_k: same z, y, i = 1, k = 2: row 136 = 0.0721, the row -y_1 + y_1 s_1 + y_2 s_1 = -0.0095",
      ok=lambda r: (lambda y, s: (-y[0] + y[0] * s[0] + (y[1] + y[2]) * s[0], -y[0] + y[0] * s[0] + y[1] * s[0] + y[2] * s[0]))(r.dirichlet([1, 1, 1]), r.dirichlet([1, 1, 1])),
      cx=lambda: (_row130(0), -_y[0] + _y[0] * _s[0] + _y[1] * _s[0])),
    S(140, "valid", "-y_i + sigma_i sum_k y_k"),
    S(146, "valid", "sum_k y_k = 1 (one-hot, prose)"),
    S(149, "valid", "chain rule: z_i alone depends on w_i"),
    S(149, "valid", "dz_i/dw_i = x"),
    S(153, "valid", "chain rule for b_i"),
    S(153, "valid", "dz_i/db_i = 1"),
]
CLAIMS = [(127, 140, "valid", "dL/dz_i = -y_i + sigma_i sum y_k, through a row with a wrong index")]
