from h8 import *
DOC = "11_hoadm_ce_from_logits.md"; TIER = 2
TOPIC = "course concept note: cross-entropy, NLL, CE computed from logits with log-sum-exp"
NOTES = "p = softmax(z) implied by 'from logits'"
STEPS = [
    S(4, "not-an-identity", "cross-entropy (definition)"),
    S(9, "not-an-identity", "NLL (definition)"),
    S(12, "not-an-identity", "batch mean (definition)"),
    S(25, "valid", "-log softmax(z)_t = -z_t + log sum_k e^{z_k}",
      ok=lambda r: (lambda z: (-np.log(softmax(z)[1]), -z[1] + np.log(np.exp(z).sum())))(r.normal(size=4) * 2)),
]
CLAIMS = []
