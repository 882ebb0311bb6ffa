from common import *
from rbm2 import VS, HS, params, E, joint, sig
DOC = "43_tirtha_rbm_conditionals.md"; TIER = 2
TOPIC = "RBM conditionals: E split as alpha_l v_l + beta, P(v_l = 1|H) = sigma(sum_j W_lj h_j + b_l) and the hidden counterpart"
NOTES = "E(V,H) = -sum W_ij v_i h_j - sum b_i v_i - sum c_j h_j (line 5); P = e^{-E}/Z; m = n = 2, l = 1 in the checks"


def inst(r):
    W, b, c = params(r); P, Z = joint(W, b, c); v = VS[int(r.integers(0, 4))]; h = HS[int(r.integers(0, 4))]
    return W, b, c, P, v, h


def cond_v(P, h, l=0):
    # P(v_l = 1 | H) from the joint
    num = sum(P[(tuple(v), tuple(h))] for v in VS if v[l] == 1); den = sum(P[(tuple(v), tuple(h))] for v in VS)
    return num / den


def cond_v_full(P, v, h, l=0):
    v1 = v.copy(); v1[l] = 1; v0 = v.copy(); v0[l] = 0
    return P[(tuple(v1), tuple(h))] / (P[(tuple(v0), tuple(h))] + P[(tuple(v1), tuple(h))])


def cond_h(P, v, l=0):
    num = sum(P[(tuple(v), tuple(h))] for h in HS if h[l] == 1); den = sum(P[(tuple(v), tuple(h))] for h in HS)
    return num / den


def cond_h_full(P, v, h, l=0):
    h1 = h.copy(); h1[l] = 1; h0 = h.copy(); h0[l] = 0
    return P[(tuple(v), tuple(h1))] / (P[(tuple(v), tuple(h0))] + P[(tuple(v), tuple(h1))])


def av(W, b, h, l=0):
    return -(W[l] @ h) - b[l]


def ah(W, c, v, l=0):
    return -(W[:, l] @ v) - c[l]


def beta_v(W, b, c, v, h, l=0):
    m = np.arange(2) != l
    return -(v[m] @ W[m] @ h) - b[m] @ v[m] - c @ h


def beta_h(W, b, c, v, h, l=0):
    m = np.arange(2) != l
    return -(v @ W[:, m] @ h[m]) - b @ v - c[m] @ h[m]


def chk(f):
    return lambda r: f(*inst(r))


STEPS = [
    S(5, "not-an-identity", "the energy (definition)"),
    S(11, "not-an-identity", "alpha_l(H) (definition)"),
    S(12, "not-an-identity", "beta(V_{-l}, H) (definition)"),
    S(13, "valid", "E = alpha_l v_l + beta", ok=chk(lambda W, b, c, P, v, h: (E(W, b, c, v, h), av(W, b, h) * v[0] + beta_v(W, b, c, v, h)))),
    S(19, "valid", "visible units are independent given H", ok=chk(lambda W, b, c, P, v, h: (cond_v(P, h), cond_v_full(P, v, h)))),
    S(20, "valid", "conditional as a ratio of joints", ok=chk(lambda W, b, c, P, v, h: (cond_v_full(P, v, h), cond_v_full(P, v, h)))),
    S(21, "valid", "joint = e^{-alpha v_l - beta}/Z, Z cancels", ok=chk(lambda W, b, c, P, v, h: (cond_v_full(P, v, h),
      np.exp(-av(W, b, h) - beta_v(W, b, c, v, h)) / (np.exp(-av(W, b, h) - beta_v(W, b, c, v, h)) + np.exp(-0 * av(W, b, h) - beta_v(W, b, c, v, h)))))),
    S(22, "valid", "divide by e^{-alpha - beta}", ok=chk(lambda W, b, c, P, v, h: (cond_v_full(P, v, h), 1 / (1 + np.exp(av(W, b, h)))))),
    S(23, "valid", "= sigma(-alpha)", ok=chk(lambda W, b, c, P, v, h: (1 / (1 + np.exp(av(W, b, h))), sig(-av(W, b, h))))),
    S(24, "valid", "alpha written out", ok=chk(lambda W, b, c, P, v, h: (sig(-av(W, b, h)), sig(W[0] @ h + b[0])))),
    S(32, "valid", "1 - sigma(-a) = sigma(a)", ok=chk(lambda W, b, c, P, v, h: (1 - cond_v(P, h), sig(av(W, b, h))))),
    S(33, "valid", "alpha written out", ok=chk(lambda W, b, c, P, v, h: (sig(av(W, b, h)), sig(-(W[0] @ h) - b[0])))),
    S(40, "not-an-identity", "alpha_l(V) (definition)"),
    S(41, "not-an-identity", "beta(V, H_{-l}) (definition)"),
    S(42, "valid", "E = alpha_l(V) h_l + beta", ok=chk(lambda W, b, c, P, v, h: (E(W, b, c, v, h), ah(W, c, v) * h[0] + beta_h(W, b, c, v, h)))),
    S(47, "valid", "hidden units independent given V", ok=chk(lambda W, b, c, P, v, h: (cond_h(P, v), cond_h_full(P, v, h)))),
    S(48, "valid", "ratio of joints", ok=chk(lambda W, b, c, P, v, h: (cond_h_full(P, v, h), cond_h_full(P, v, h)))),
    S(49, "valid", "Z cancels", ok=chk(lambda W, b, c, P, v, h: (cond_h_full(P, v, h),
      np.exp(-ah(W, c, v) - beta_h(W, b, c, v, h)) / (np.exp(-ah(W, c, v) - beta_h(W, b, c, v, h)) + np.exp(-beta_h(W, b, c, v, h)))))),
    S(50, "valid", "divide", ok=chk(lambda W, b, c, P, v, h: (cond_h_full(P, v, h), 1 / (1 + np.exp(ah(W, c, v)))))),
    S(51, "valid", "= sigma(-alpha)", ok=chk(lambda W, b, c, P, v, h: (1 / (1 + np.exp(ah(W, c, v))), sig(-ah(W, c, v))))),
    S(52, "valid", "P(h_l = 1|V) = sigma(sum_i W_il v_i + c_l) (a new row restating the result)", ok=chk(lambda W, b, c, P, v, h: (cond_h(P, v), sig(W[:, 0] @ v + c[0])))),
    S(60, "valid", "1 - sigma(-a) = sigma(a)", ok=chk(lambda W, b, c, P, v, h: (1 - cond_h(P, v), sig(ah(W, c, v))))),
    S(61, "valid", "alpha written out", ok=chk(lambda W, b, c, P, v, h: (sig(ah(W, c, v)), sig(-(W[:, 0] @ v) - c[0])))),
]
CLAIMS = [(19, 24, "valid", "P(v_l = 1|H) = sigma(sum_j W_lj h_j + b_l)"), (47, 51, "valid", "P(h_l = 1|V) = sigma(-alpha_l(V))")]
