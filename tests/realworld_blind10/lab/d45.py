from common import *
DOC = "45_justincheung_softmax_to_sigmoid.md"; TIER = 2
TOPIC = "Obsidian note: softmax with two classes collapses to the sigmoid, a six-relation chain in one inline $...$ with \\text{softmax} and multiplications by e^{-z_2}/e^{-z_2}"
NOTES = "K = 2 classes, z = z_1 - z_2 (inline definition); the whole chain is inline (outside a display)"
def _zz(r):
    z1, z2 = r.normal(size=2) * 2
    return z1, z2
def _ok(k):
    def f(r):
        z1, z2 = _zz(r); z = z1 - z2
        vals = [softmax([z1, z2])[0],
                np.exp(z1) / (np.exp(z1) + np.exp(z2)),
                np.exp(z1) / (np.exp(z1) + np.exp(z2)) * np.exp(-z2) / np.exp(-z2),
                np.exp(z1 - z2) / (np.exp(z1 - z2) + np.exp(z2 - z2)),
                np.exp(z) / (np.exp(z) + 1) * np.exp(-z) / np.exp(-z),
                1 / (1 + np.exp(-z)),
                sig(z)]
        return vals[k], vals[k + 1]
    return f
STEPS = [
    S(2, "not-an-identity", "sigmoid defined"),
    S(17, "not-an-identity", "softmax defined"),
    S(18, "not-an-identity", "z = z_1 - z_2 defined (inline)", outside_display=True),
    S(19, "valid", "softmax(z_1) for two classes", ok=_ok(0), outside_display=True),
    S(19, "valid", "times e^{-z_2}/e^{-z_2}", ok=_ok(1), outside_display=True),
    S(19, "valid", "exponents combined", ok=_ok(2), outside_display=True),
    S(19, "valid", "z = z_1 - z_2, e^0 = 1, times e^{-z}/e^{-z}", ok=_ok(3), outside_display=True),
    S(19, "valid", "= 1/(1 + e^{-z})", ok=_ok(4), outside_display=True),
    S(19, "valid", "= sigma(z)", ok=_ok(5), outside_display=True),
]
CLAIMS = [(19, 19, "valid", "two-class softmax is the sigmoid of the logit difference")]
