from h8 import *
DOC = "10_hoadm_softmax_shift.md"; TIER = 2
TOPIC = "course concept note: softmax definition and the subtract-max trick"
NOTES = "z~_k = z_k - max_j z_j (inline, line 19)"
STEPS = [
    S(3, "not-an-identity", "softmax (definition)"),
    S(20, "valid", "softmax is invariant to subtracting max_j z_j from every logit",
      ok=lambda r: (lambda z: (np.exp(z[0]) / np.exp(z).sum(), np.exp(z[0] - z.max()) / np.exp(z - z.max()).sum()))(r.normal(size=5) * 3)),
]
CLAIMS = []
