from h8 import *
DOC = "26_n1036_softmax_loss.md"; TIER = 2
TOPIC = "Chinese personal notes, inline $...$ only: softmax derivative by the product rule (i, j mixed), cross-entropy loss written equal to its derivative"
NOTES = "(e^z)^i means e^{z_i}; s^i = softmax; f'(.) derivative w.r.t. a logit left implicit; N = 3 classes in the example"
_z = lambda r: r.normal(size=3)
e = np.exp
STEPS = [
    S(3, "not-an-identity", "softmax (definition)", outside_display=True),
    S(5, "valid", "a/b = a b^{-1}", ok=lambda r: (lambda z: (e(z[0]) / e(z).sum(), e(z[0]) * e(z).sum() ** -1))(_z(r)), outside_display=True),
    S(5, "not-an-identity", "product rule with a, b named on the next lines", outside_display=True),
    S(7, "not-an-identity", "f(a) (definition)", outside_display=True),
    S(7, "valid", "d e^{z_i}/d z_i = e^{z_i}", ok=lambda r: (lambda z: (d(np.exp, z[0]), e(z[0])))(_z(r)), outside_display=True),
    S(9, "not-an-identity", "f(b) (definition)", outside_display=True),
    S(9, "valid", "d/dz_j (sum e^z)^{-1} = -e^{z_j} (sum e^z)^{-2}", ok=lambda r: (lambda z: (d(lambda t: 1 / e(np.r_[z[0], t, z[2]]).sum(), z[1]), e(z[1]) * -e(z).sum() ** -2))(_z(r)), outside_display=True),
    S(13, "either", "reading A: derivative w.r.t. z_i (j = i): e^{z_i}/S - e^{z_i}e^{z_i}/S^2 (valid); reading B: d s_i/d z_j with j != i: "
      "z = (0, 0, 0), i = 1, j = 2: true -1/9 = -0.111, row 1/3 - 1/9 = 0.222",
      ok=lambda r: (lambda z: (d(lambda t: softmax(np.r_[t, z[1:]])[0], z[0]), e(z[0]) / e(z).sum() + e(z[0]) * -e(z).sum() ** -2 * e(z[0])))(_z(r)),
      cx=lambda: (d(lambda t: softmax(np.r_[0., t, 0.])[0], 0.0), 1 / 3 - 1 / 9), outside_display=True),
    S(15, "valid", "algebra of the previous row", ok=lambda r: (lambda z: (e(z[0]) * e(z).sum() ** -1 + e(z[1]) * -e(z).sum() ** -2 * e(z[0]), e(z[0]) / e(z).sum() - e(z[0]) * e(z[1]) / e(z).sum() ** 2))(_z(r)), outside_display=True),
    S(21, "valid", "i = j: s_i - s_i s_i", ok=lambda r: (lambda z: (d(lambda t: softmax(np.r_[t, z[1:]])[0], z[0]), softmax(z)[0] - softmax(z)[0] ** 2))(_z(r)), outside_display=True),
    S(23, "valid", "factor", ok=lambda r: (lambda z: (softmax(z)[0] - softmax(z)[0] ** 2, softmax(z)[0] * (1 - softmax(z)[0])))(_z(r)), outside_display=True),
    S(27, "either", "reading A: f' is the true d s_i/d z_j, i != j: -s_i s_j (valid); reading B: f' is line 15's formula with i != j: s_i - s_i s_j: "
      "z = 0: -1/9 vs 2/9",
      ok=lambda r: (lambda z: (d(lambda t: softmax(np.r_[z[0], t, z[2]])[0], z[1]), -softmax(z)[0] * softmax(z)[1]))(_z(r)),
      cx=lambda: (-1 / 9, 1 / 3 - 1 / 9), outside_display=True),
    S(31, "valid", "N = 3", ok=lambda r: (lambda z: (softmax(z)[0], e(z[0]) / (e(z[0]) + e(z[1]) + e(z[2]))))(_z(r)), outside_display=True),
    S(37, "not-an-identity", "cross-entropy loss (definition)", outside_display=True),
    S(41, "valid", "one-hot y: only the true class remains", ok=lambda r: (lambda z: (-(np.eye(3)[0] * np.log(softmax(z))).sum(), -1 * np.log(softmax(z)[0])))(_z(r)), outside_display=True),
    S(43, "invalid", "-y/s is the derivative of the loss w.r.t. s, not the loss: y = 1, s = 1/2: loss = ln 2 = 0.693, row gives -2",
      cx=lambda: (-np.log(0.5), -1 / 0.5), outside_display=True),
    S(47, "not-an-identity", "example function (definition)", outside_display=True),
    S(49, "valid", "d(3 ln x)/dx = 3/x", ok=lambda r: (lambda x: (d(lambda t: 3 * np.log(t), x), 3 / x))(r.uniform(.2, 5)), outside_display=True),
]
CLAIMS = []
