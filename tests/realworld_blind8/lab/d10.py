from rbm import *
DOC = "10_dinrhiw_bbrbm_free_energy_tm.md"; TIER = 2
TOPIC = "TeXmacs notes: BB-RBM free energy simplified (the sign of a^T v flips twice), softplus form, gradients"
NOTES = "E_BB = -a^T v - v^T W h - b^T h; w_ij = weight between hidden i and visible j (the notes' own convention: hidden input sum_j v_j w_ij + b_i = (W^T v)_i)"


def _c(r):
    W, a, b = inst(r); v = r.integers(0, 2, 2).astype(float)
    return W, a, b, v


def _x(W, b, v):
    return W.T @ v + b    # hidden inputs sum_j v_j w_ij + b_i


_Wz = np.zeros((1, 1)); _a1 = np.array([1.0]); _bz = np.zeros(1); _v1 = np.array([1.0])

STEPS = [
    S(9, "not-an-identity", "free energy (definition)"),
    S(9, "valid", "a^T v out of the log", ok=lambda r: (lambda W, a, b, v: (F(v, W, a, b), -a @ v - np.log(sum(np.exp((W.T @ v + b) @ h) for h in hs(2)))))(*_c(r))),
    S(9, "invalid", "the sign of a^T v flips: 1 visible, 1 hidden unit, W = 0, b = 0, a = 1, v = 1: -a v - log 2 = -1.6931 but a v - log 2 = 0.3069",
      cx=lambda: (F(_v1, _Wz, _a1, _bz), _a1 @ _v1 - np.log(sum(np.exp((_Wz.T @ _v1 + _bz) @ h) for h in hs(1))))),
    S(11, "valid", "F with the exponent of a sum as a product", ok=lambda r: (lambda W, a, b, v: (F(v, W, a, b), -a @ v - np.log(sum(np.prod(np.exp(h * _x(W, b, v))) for h in hs(2)))))(*_c(r))),
    S(11, "invalid", "the sign of a^T v flips again (the sum over h of the product factorises, that part is right): same instance as line 9: "
      "-1 - log 2 = -1.6931 against 1 - log 2 = 0.3069",
      cx=lambda: (F(_v1, _Wz, _a1, _bz), _a1 @ _v1 - np.log(1 + np.exp(0.0)))),
    S(16, "valid", "h_i in {0,1}: softplus form", ok=lambda r: (lambda W, a, b, v: (F(v, W, a, b), -a @ v - np.sum(np.log(1 + np.exp(_x(W, b, v))))))(*_c(r))),
    S(20, "valid", "dF/da = -v", ok=lambda r: (lambda W, a, b, v: (np.array([d(lambda t: F(v, W, np.r_[t, a[1]], b), a[0]), d(lambda t: F(v, W, np.r_[a[0], t], b), a[1])]), -v))(*_c(r))),
    S(22, "valid", "dF/db_i", ok=lambda r: (lambda W, a, b, v: (d(lambda t: F(v, W, a, np.r_[t, b[1]]), b[0]), -np.exp(_x(W, b, v)[0]) / (1 + np.exp(_x(W, b, v)[0]))))(*_c(r))),
    S(22, "valid", "sigmoid", ok=lambda r: (lambda x: (-np.exp(x) / (1 + np.exp(x)), -sig(x)))(r.normal() * 2)),
    S(24, "valid", "dF/dw_ij (hidden i = 0, visible j = 1)",
      ok=lambda r: (lambda W, a, b, v: (d(lambda t: F(v, np.array([[W[0, 0], W[0, 1]], [t, W[1, 1]]]), a, b), W[1, 0]), -np.exp(_x(W, b, v)[0]) * v[1] / (1 + np.exp(_x(W, b, v)[0]))))(*_c(r))),
    S(24, "valid", "sigmoid", ok=lambda r: (lambda x, v: (-np.exp(x) * v / (1 + np.exp(x)), -v * sig(x)))(r.normal() * 2, float(r.integers(0, 2)))),
]
CLAIMS = [(9, 16, "invalid", "F(v) = a^T v - ... (sign slip), corrected at line 16")]
