from h8 import *
DOC = "12_hoadm_softmax_ce_grad.md"; TIER = 2
TOPIC = "course concept note: gradient of softmax cross-entropy w.r.t. the logits"
NOTES = "p = softmax(z), y one-hot, L = -sum y_k log p_k (inline)"


def _inst(r):
    z = r.normal(size=4) * 2; y = np.eye(4)[r.integers(0, 4)]
    return z, y


STEPS = [
    S(7, "valid", "dL/dz_k = p_k - y_k (sum_k y_k = 1)",
      ok=lambda r: (lambda z, y: (d(lambda t: -(y * np.log(softmax(np.r_[t, z[1:]]))).sum(), z[0]), softmax(z)[0] - y[0]))(*_inst(r))),
]
CLAIMS = []
