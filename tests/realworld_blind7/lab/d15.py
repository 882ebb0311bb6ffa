from h8 import *
DOC = "15_hgs_softmax_jacobian.md"; TIER = 2
TOPIC = "bilingual notes: softmax, its normalisation and its Jacobian with a Kronecker delta"
NOTES = "K classes"
_z = lambda r: r.normal(size=4) * 2
STEPS = [
    S(5, "not-an-identity", "softmax (definition)"),
    S(19, "valid", "softmax sums to 1", ok=lambda r: (softmax(_z(r)).sum(), 1.0), outside_display=True),
    S(24, "valid", "d softmax_i/d x_j = softmax_i (delta_ij - softmax_j) (checked at i = 0, j = 0 and j = 1)",
      ok=lambda r: (lambda z: ([d(lambda t: softmax(np.r_[t, z[1:]])[0], z[0]), d(lambda t: softmax(np.r_[z[0], t, z[2:]])[0], z[1])],
                               [softmax(z)[0] * (1 - softmax(z)[0]), -softmax(z)[0] * softmax(z)[1]]))(_z(r))),
]
CLAIMS = []
