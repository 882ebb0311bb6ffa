from h8 import *
DOC = "28_freelw_softmax_backward.md"; TIER = 2
TOPIC = "Chinese README: softmax Jacobian through named functions; 'sum' is defined without the max shift but used with it"
NOTES = "line 11: sum = sum_j e^{Z_j}; x_1 = e^{Z_i - max}, x_2 = x_4 + c_1 with x_4 = e^{Z_i - max} (so x_2 = sum_j e^{Z_j - max}); max held fixed"


def _inst(r, n=4):
    Z = r.normal(size=n) * 2; return Z, Z.max()


def _sm(Z, m, i):
    return np.exp(Z[i] - m) / np.exp(Z - m).sum()


def _d(Z, m, i, j):
    return d(lambda u: _sm(np.r_[Z[:j], u, Z[j + 1:]], m, i), Z[j])


V = lambda fn: (lambda r: fn(*_inst(r)))
E = lambda Z, m, i: np.exp(Z[i] - m)
Sm = lambda Z, m: np.exp(Z - m).sum()
NA = lambda ln, w: S(ln, "not-an-identity", w, outside_display=True)
_Zc = np.array([1.0, 0.0])
STEPS = [
    NA(5, "softmax (definition)"),
    NA(9, "softmax named g_1(x_1, x_2)"), NA(9, "g_1 (definition)"), NA(11, "sum (definition)"),
    S(13, "valid", "chain rule in two variables", ok=V(lambda Z, m: (_d(Z, m, 0, 0), (1 / Sm(Z, m)) * E(Z, m, 0) + (-E(Z, m, 0) / Sm(Z, m) ** 2) * E(Z, m, 0))), outside_display=True),
    S(19, "valid", "d(x1/x2)/dx1", ok=lambda r: (lambda a, b: (d(lambda t: t / b, a), 1 / b))(r.uniform(.1, 2), r.uniform(.5, 3)), outside_display=True),
    S(21, "valid", "d(x1/x2)/dx2", ok=lambda r: (lambda a, b: (d(lambda t: a / t, b), -a / b ** 2))(r.uniform(.1, 2), r.uniform(.5, 3)), outside_display=True),
    NA(25, "x_1 named g_2(x_3)"), NA(25, "g_2 (definition)"), NA(27, "x_3 named g_3(Z_i)"), NA(27, "g_3 (definition)"),
    S(29, "valid", "chain rule", ok=V(lambda Z, m: (d(lambda u: np.exp(u - m), Z[0]), np.exp(Z[0] - m) * 1)), outside_display=True),
    S(29, "valid", "e^{x_3} . 1", ok=V(lambda Z, m: (np.exp(Z[0] - m) * 1, np.exp(Z[0] - m) * 1)), outside_display=True),
    S(29, "valid", "x_3 = Z_i - max", ok=V(lambda Z, m: (np.exp(Z[0] - m) * 1, E(Z, m, 0))), outside_display=True),
    NA(33, "x_2 named g_4(x_4)"), NA(33, "g_4 (definition)"), NA(37, "x_4 named g_5(x_5)"), NA(37, "g_5 (definition)"),
    NA(39, "x_5 named g_6(Z_i)"), NA(39, "g_6 (definition)"),
    S(41, "valid", "chain rule (g_6(z_t) a typo for g_6(Z_i))", ok=V(lambda Z, m: (d(lambda u: np.exp(u - m) + 1.7, Z[0]), 1 * np.exp(Z[0] - m) * 1)), outside_display=True),
    S(43, "valid", "d(x_4 + c_1)/dx_4 = 1", ok=lambda r: (1.0, 1.0), outside_display=True),
    S(45, "valid", "d e^x/dx", ok=lambda r: (lambda x: (d(np.exp, x), np.exp(x)))(r.normal()), outside_display=True),
    S(45, "valid", "x_5 = Z_i - max", ok=V(lambda Z, m: (np.exp(Z[0] - m), E(Z, m, 0))), outside_display=True),
    S(47, "valid", "d(Z_i - max)/dZ_i = 1", ok=lambda r: (1.0, 1.0), outside_display=True),
    S(50, "valid", "product of lines 43-47", ok=V(lambda Z, m: (d(lambda u: np.exp(u - m) + 1.7, Z[0]), E(Z, m, 0))), outside_display=True),
    S(52, "valid", "line 13 with lines 19, 21, 29, 50",
      ok=V(lambda Z, m: (_d(Z, m, 0, 0), (1 / Sm(Z, m)) * E(Z, m, 0) + (-E(Z, m, 0) / Sm(Z, m) ** 2) * E(Z, m, 0))), outside_display=True),
    NA(56, "value of x_1"),
    S(58, "either", "reading A: 'sum' here is sum_j e^{Z_j - max} (x_2 = x_4 + c_1): valid; reading B: 'sum' of line 11 (no shift): "
      "Z = (1, 0): x_2 = 1 + e^{-1} = 1.368, sum = e + 1 = 3.718",
      ok=V(lambda Z, m: (Sm(Z, m), np.exp(Z - m).sum())), cx=lambda: (np.exp(_Zc - 1).sum(), np.exp(_Zc).sum()), outside_display=True),
    S(60, "either", "reading A (sum with the shift): e^{Z_i - max}/sum is softmax_i and the row is softmax_i (1 - softmax_i) (valid); reading B "
      "(sum of line 11, no shift): Z = (0, 1, 2), i = 1st class: true derivative 0.0819, row e^{-2}/(1 + e + e^2) (1 - ...) = 0.0120",
      ok=V(lambda Z, m: (_d(Z, m, 0, 0), (E(Z, m, 0) / Sm(Z, m)) * (1 - E(Z, m, 0) / Sm(Z, m)))),
      cx=lambda: (_d(np.array([0.0, 1.0, 2.0]), 2.0, 0, 0), (np.exp(-2.0) / np.exp([0.0, 1.0, 2.0]).sum()) * (1 - np.exp(-2.0) / np.exp([0.0, 1.0, 2.0]).sum())), outside_display=True),
    S(62, "either", "reading A: 'sum' of line 11: softmax = e^{Z_i}/sum (valid); reading B: 'sum' with the shift as on line 58: Z = (1, 0): "
      "softmax_1 = 0.731 but e^1/(1 + e^{-1}) = 1.987",
      ok=V(lambda Z, m: (softmax(Z)[0], np.exp(Z[0]) / np.exp(Z).sum())),
      cx=lambda: (softmax(_Zc)[0], np.exp(1.0) / np.exp(_Zc - 1).sum()), outside_display=True),
    S(64, "valid", "d softmax_i/dZ_i = softmax_i (1 - softmax_i)", ok=V(lambda Z, m: (_d(Z, m, 0, 0), softmax(Z)[0] * (1 - softmax(Z)[0]))), outside_display=True),
    NA(69, "softmax(Z_t) named g_1(x_1)"), NA(69, "g_1 (definition)"),
    NA(71, "x_1 named g_2(x_2)"), NA(71, "g_2 (definition)"), NA(73, "x_2 named g_3(x_3)"), NA(73, "g_3 (definition)"),
    NA(75, "x_3 named g_4(Z_i)"), NA(75, "g_4 (definition)"),
    S(77, "either", "reading A: d g_1/x_1 is a typo for d g_1/d x_1: chain rule (valid); reading B: literally d g_1 divided by x_1: off by a factor x_1 = sum: "
      "Z = (1, 0), t = 0, i = 1: true -0.197, reading B -0.197/1.368 = -0.144",
      ok=V(lambda Z, m: (_d(Z, m, 0, 1), (-np.exp(Z[0] - m) / Sm(Z, m) ** 2) * 1 * E(Z, m, 1) * 1)),
      cx=lambda: (_d(_Zc, 1.0, 0, 1), _d(_Zc, 1.0, 0, 1) / np.exp(_Zc - 1).sum()), outside_display=True),
    S(79, "either", "reading A: d g_1/d x_1 = -e^{Z_t - max}/x_1^2 with x_1 = sum (valid); reading B: literal (d g_1)/x_1 cannot equal it unless x_1 = 1: "
      "Z = (1, 0): -0.534 vs -0.534/1.368 = -0.391",
      ok=V(lambda Z, m: (d(lambda x: np.exp(Z[0] - m) / x, Sm(Z, m)), -np.exp(Z[0] - m) / Sm(Z, m) ** 2)),
      cx=lambda: (-np.exp(0.0) / np.exp(_Zc - 1).sum() ** 2, -np.exp(0.0) / np.exp(_Zc - 1).sum() ** 3), outside_display=True),
    S(81, "valid", "d(x_2 + c_1)/dx_2 = 1", ok=lambda r: (1.0, 1.0), outside_display=True),
    S(83, "valid", "d e^x/dx", ok=lambda r: (lambda x: (d(np.exp, x), np.exp(x)))(r.normal()), outside_display=True),
    S(83, "valid", "x_3 = Z_i - max", ok=V(lambda Z, m: (np.exp(Z[1] - m), E(Z, m, 1))), outside_display=True),
    S(85, "valid", "d(Z_i - max)/dZ_i = 1", ok=lambda r: (1.0, 1.0), outside_display=True),
    S(90, "valid", "product of lines 79-85", ok=V(lambda Z, m: (_d(Z, m, 0, 1), -(E(Z, m, 0) / Sm(Z, m)) * (E(Z, m, 1) / Sm(Z, m))))),
    S(90, "valid", "= -softmax_t softmax_i", ok=V(lambda Z, m: (-(E(Z, m, 0) / Sm(Z, m)) * (E(Z, m, 1) / Sm(Z, m)), -softmax(Z)[0] * softmax(Z)[1]))),
    S(96, "valid", "cases", ok=V(lambda Z, m: ([_d(Z, m, 0, 1), _d(Z, m, 0, 0)], [-softmax(Z)[0] * softmax(Z)[1], softmax(Z)[0] * (1 - softmax(Z)[0])]))),
]
CLAIMS = []
