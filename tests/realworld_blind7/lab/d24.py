from h8 import *
DOC = "24_gaurav_bce_ce_grad.md"; TIER = 2
TOPIC = "GitHub README: BCE and CE gradients w.r.t. the logit, proof in one display without row breaks"
NOTES = "L_BCE and L_CE are batch means (1/n); the gradients are stated per sample"


def _one(r):
    return float(r.integers(0, 2)), r.normal() * 2


_b = lambda y, z: -y * np.log(sig(z)) - (1 - y) * np.log(1 - sig(z))
_sp = lambda z: sig(z) * (1 - sig(z))
STEPS = [
    S(7, "not-an-identity", "BCE (definition)"),
    S(11, "either", "reading A: L is one sample's loss: dL/dz = sigma(z) - y (valid); reading B: L_BCE of line 7 with n = 2, z = (0, 0), y = (1, 0): "
      "dL/dz_1 = -0.25, sigma(0) - 1 = -0.5",
      ok=lambda r: (lambda y, z: (d(lambda t: _b(y, t), z), sig(z) - y))(*_one(r)),
      cx=lambda: (d(lambda t: 0.5 * (_b(1.0, t) + _b(0.0, 0.0)), 0.0), sig(0.0) - 1.0)),
    S(11, "valid", "p = sigma(z)", ok=lambda r: (lambda y, z: (sig(z) - y, sig(z) - y))(*_one(r))),
    S(15, "valid", "chain rule", ok=lambda r: (lambda y, z: (d(lambda t: _b(y, t), z), -y / sig(z) * _sp(z) + (1 - y) / (1 - sig(z)) * _sp(z)))(*_one(r))),
    S(15, "valid", "sigma' = sigma(1 - sigma)", ok=lambda r: (lambda y, z: (-y / sig(z) * _sp(z) + (1 - y) / (1 - sig(z)) * _sp(z), -y / sig(z) * sig(z) * (1 - sig(z)) + (1 - y) / (1 - sig(z)) * sig(z) * (1 - sig(z))))(*_one(r))),
    S(15, "valid", "cancel", ok=lambda r: (lambda y, z: (-y / sig(z) * sig(z) * (1 - sig(z)) + (1 - y) / (1 - sig(z)) * sig(z) * (1 - sig(z)), -y * (1 - sig(z)) + (1 - y) * sig(z)))(*_one(r))),
    S(15, "valid", "expand", ok=lambda r: (lambda y, z: (-y * (1 - sig(z)) + (1 - y) * sig(z), sig(z) - y))(*_one(r))),
    S(26, "not-an-identity", "CE (definition)"),
    S(30, "valid", "one-hot labels keep only the true class",
      ok=lambda r: (lambda P, c: (-np.mean((np.eye(3)[c] * np.log(P)).sum(1)), -np.mean(np.log(P[np.arange(len(c)), c]))))(
          np.array([softmax(v) for v in r.normal(size=(4, 3))]), r.integers(0, 3, 4))),
    S(34, "either", "reading A: per-sample loss: dL/dz_c = p_c - y_c (valid); reading B: L_CE of line 26 with its 1/n, n = 2: the derivative "
      "w.r.t. sample 1's logit is (p_c - y_c)/2: z = 0 (2 classes), y = (1, 0): -0.25 vs -0.5",
      ok=lambda r: (lambda z, c: (d(lambda t: -np.log(softmax(np.r_[t, z[1:]])[c]), z[0]), softmax(z)[0] - (c == 0)))(r.normal(size=3), int(r.integers(0, 3))),
      cx=lambda: (0.5 * (softmax(np.zeros(2))[0] - 1), softmax(np.zeros(2))[0] - 1)),
    S(34, "valid", "p_c = softmax(z)_c", ok=lambda r: (lambda z: (softmax(z)[0], np.exp(z[0]) / np.exp(z).sum()))(r.normal(size=3))),
]
CLAIMS = []
