from h8 import *
DOC = "27_freelw_ce_backward.md"; TIER = 2
TOPIC = "Chinese README of a C++ project (```math fences and inline $): cross-entropy gradient through a chain of named functions g_1..g_5"
NOTES = "ce = -log(e^{Z_t - max}/sum), sum = sum_i e^{Z_i - max}; for i != target the denominator alone depends on Z_i; max treated as a constant"
_m = None


def _inst(r, n=4):
    Z = r.normal(size=n) * 2; m = Z.max(); S_ = np.exp(Z - m).sum(); t, i = 0, 1
    return Z, m, S_, t, i


def _ce(Z, m, t=0):
    return -np.log(np.exp(Z[t] - m) / np.exp(Z - m).sum())


def _dce(Z, m, i):
    return d(lambda u: _ce(np.r_[Z[:i], u, Z[i + 1:]], m), Z[i])


def V(fn):
    return lambda r: fn(*_inst(r))


NA = lambda ln, w: S(ln, "not-an-identity", w, outside_display=True)
STEPS = [
    S(8, "not-an-identity", "cross-entropy (definition)"),
    NA(19, "L named g_1(x_1)"), NA(19, "g_1 (definition)"),
    NA(21, "x_1 named g_2(x_2)"), NA(21, "g_2 (definition)"),
    NA(23, "c1 (definition)"),
    NA(25, "x_2 named g_3(x_3)"), NA(25, "g_3 (definition)"),
    NA(29, "x_3 named g_4(x_4)"), NA(29, "g_4 (definition)"),
    NA(31, "x_4 named g_5(Z_i)"), NA(31, "g_5 (definition)"),
    NA(33, "sum (definition)"),
    S(35, "valid", "chain rule through g_1..g_5 (i != target)",
      ok=V(lambda Z, m, S_, t, i: (_dce(Z, m, i), (-1 / (np.exp(Z[t] - m) / S_)) * (-np.exp(Z[t] - m) / S_ ** 2) * 1 * np.exp(Z[i] - m) * 1)), outside_display=True),
    S(37, "valid", "d(-log x)/dx = -1/x", ok=lambda r: (lambda x: (d(lambda t: -np.log(t), x), -1 / x))(r.uniform(.1, 2)), outside_display=True),
    S(39, "valid", "d(c/x)/dx = -c/x^2", ok=lambda r: (lambda c, x: (d(lambda t: c / t, x), -c / x ** 2))(r.uniform(.1, 2), r.uniform(.5, 3)), outside_display=True),
    S(41, "valid", "d(x + c2)/dx = 1", ok=lambda r: (lambda c, x: (d(lambda t: t + c, x), 1.0))(r.normal(), r.normal()), outside_display=True),
    S(43, "valid", "d e^x/dx = e^x", ok=lambda r: (lambda x: (d(np.exp, x), np.exp(x)))(r.normal()), outside_display=True),
    S(45, "valid", "d(Z - max)/dZ = 1 (max held fixed)", ok=lambda r: (lambda m, x: (d(lambda t: t - m, x), 1.0))(r.normal(), r.normal()), outside_display=True),
    NA(47, "value of x_1 at the point (identification)"), NA(49, "value of x_2"), NA(51, "value of x_4"),
    S(55, "valid", "product of lines 37-45",
      ok=V(lambda Z, m, S_, t, i: ((-1 / (np.exp(Z[t] - m) / S_)) * (-np.exp(Z[t] - m) / S_ ** 2) * np.exp(Z[i] - m),
                                   np.exp(Z[t] - m) * np.exp(Z[i] - m) / ((np.exp(Z[t] - m) / S_) * S_ ** 2))), outside_display=True),
    S(55, "valid", "x_1 = c1/sum, x_2 = sum",
      ok=V(lambda Z, m, S_, t, i: (np.exp(Z[t] - m) * np.exp(Z[i] - m) / ((np.exp(Z[t] - m) / S_) * S_ ** 2), np.exp(Z[i] - m) / S_)), outside_display=True),
    NA(66, "g_1 (definition)"),
    NA(68, "x_1 named g_2(x_2)"), NA(68, "g_2 (definition)"),
    NA(70, "x_2 named g_3(x_3)"), NA(70, "g_3 (definition)"),
    NA(72, "x_3 named g_4(Z_t)"), NA(72, "g_4 (definition)"),
    NA(74, "p (definition: the numerator part of the derivative)"),
    S(76, "valid", "d(-log x)/dx = -1/x", ok=lambda r: (lambda x: (d(lambda t: -np.log(t), x), -1 / x))(r.uniform(.1, 2)), outside_display=True),
    S(78, "valid", "d(x/sum)/dx = 1/sum", ok=lambda r: (lambda s, x: (d(lambda t: t / s, x), 1 / s))(r.uniform(.5, 3), r.normal()), outside_display=True),
    S(80, "valid", "d e^x/dx = e^x", ok=lambda r: (lambda x: (d(np.exp, x), np.exp(x)))(r.normal()), outside_display=True),
    S(82, "valid", "d(Z_t - max)/dZ_t = 1", ok=lambda r: (lambda m, x: (d(lambda t: t - m, x), 1.0))(r.normal(), r.normal()), outside_display=True),
    S(84, "valid", "product of lines 76-82", ok=V(lambda Z, m, S_, t, i: ((-1 / (np.exp(Z[t] - m) / S_)) * (1 / S_) * np.exp(Z[t] - m) * 1, -np.exp(Z[t] - m) / ((np.exp(Z[t] - m) / S_) * S_))), outside_display=True),
    NA(86, "value of x_3"), NA(88, "value of x_1"),
    S(90, "valid", "x_1 sum = e^{x_3}", ok=V(lambda Z, m, S_, t, i: (-np.exp(Z[t] - m) / ((np.exp(Z[t] - m) / S_) * S_), -1.0)), outside_display=True),
    S(95, "valid", "d ce/d Z_i = softmax_i - [i = target] (cases)",
      ok=V(lambda Z, m, S_, t, i: ([_dce(Z, m, i), _dce(Z, m, t)], [np.exp(Z[i] - m) / S_, np.exp(Z[t] - m) / S_ - 1]))),
]
CLAIMS = []
