from common import *
from rbm2 import VS, HS, params, E, joint, logPV, sig
DOC = "45_tirtha_rbm_gradient_simplified.md"; TIER = 2
TOPIC = "RBM gradient simplified: sum over H collapsed with P(H_{-j}|V), sigma(sum_i W_ij v_i + c_j) v_i, expectations over P(V) remain"
NOTES = "L = log P(V) for one visible vector V; P = e^{-E}/Z with the post's E; i is both free and bound in sigma(sum_i W_ij v_i + c_j) v_i"


def with00(W, t):
    W2 = W.copy(); W2[0, 0] = t; return W2


def inst(r):
    W, b, c = params(r); v = VS[int(r.integers(0, 4))]; P, _ = joint(W, b, c)
    PV = {tuple(vv): sum(P[(tuple(vv), tuple(h))] for h in HS) for vv in VS}
    post = lambda vv: {tuple(h): P[(tuple(vv), tuple(h))] / PV[tuple(vv)] for h in HS}
    return W, b, c, v, P, PV, post


def vals(r, i=0, j=0):
    W, b, c, v, P, PV, post = inst(r)
    ps = post(v)
    g = d(lambda s: logPV(with00(W, s), b, c, v), W[0, 0])
    e1 = sum(ps[tuple(h)] * v[i] * h[j] for h in HS) - sum(P[(tuple(vv), tuple(h))] * vv[i] * h[j] for vv in VS for h in HS)
    e3 = sum(ps[tuple(h)] * v[i] * h[j] for h in HS) - sum(PV[tuple(vv)] * sum(post(vv)[tuple(h)] * vv[i] * h[j] for h in HS) for vv in VS)
    # collapse over h_j: P(h_j | H_{-j}, V) P(H_{-j} | V) = P(H | V)
    s1 = sum(ps[tuple(h)] * v[i] * h[j] for h in HS)
    pj = lambda vv: sum(post(vv)[tuple(h)] for h in HS if h[j] == 1)
    s4 = pj(v) * v[i]
    s5 = sig(W[:, j] @ v + c[j]) * v[i]
    f1 = s5 - sum(PV[tuple(vv)] * sig(W[:, j] @ vv + c[j]) * vv[i] for vv in VS)
    gb = d(lambda s: logPV(W, np.array([s, b[1]]), c, v), b[0]); eb = v[0] - sum(PV[tuple(vv)] * vv[0] for vv in VS)
    gc = d(lambda s: logPV(W, b, np.array([s, c[1]]), v), c[0])
    ec = sig(W[:, 0] @ v + c[0]) - sum(PV[tuple(vv)] * sig(W[:, 0] @ vv + c[0]) for vv in VS)
    pjoint = lambda h0, h1: ps[(h0, h1)]
    ph1 = lambda h1: pjoint(0.0, h1) + pjoint(1.0, h1)
    r25 = sum(pjoint(h0, h1) / ph1(h1) * ph1(h1) * v[i] * h0 for h0 in (0.0, 1.0) for h1 in (0.0, 1.0))
    r26 = sum(pjoint(h0, 1.0) / ph1(1.0) * v[i] * h0 for h0 in (0.0, 1.0)) * sum(ph1(h1) for h1 in (0.0, 1.0))
    r27 = sum(pjoint(h0, 0.0) / ph1(0.0) * v[i] * h0 for h0 in (0.0, 1.0))
    return dict(r25=r25, r26=r26, r27=r27, g=g, e1=e1, e3=e3, s1=s1, s4=s4, s5=s5, f1=f1, gb=gb, eb=eb, gc=gc, ec=ec,
                ebE=sum(ps[tuple(h)] * v[0] for h in HS) - sum(P[(tuple(vv), tuple(h))] * vv[0] for vv in VS for h in HS),
                ecE=sum(ps[tuple(h)] * h[0] for h in HS) - sum(P[(tuple(vv), tuple(h))] * h[0] for vv in VS for h in HS))


def ch(a, b):
    return lambda r: (lambda v: (v[a], v[b]))(vals(r))


STEPS = [
    S(5, "valid", "dL/dW_ij (restated)", ok=ch("g", "e1")),
    S(6, "valid", "dL/db_i (restated)", ok=ch("gb", "ebE")),
    S(7, "valid", "dL/dc_j (restated)", ok=ch("gc", "ecE")),
    S(15, "valid", "dL/dW_ij (restated)", ok=ch("g", "e1")),
    S(16, "valid", "expectations as sums", ok=ch("e1", "e1")),
    S(17, "valid", "P(V,H) = P(V) P(H|V)", ok=ch("e1", "e3")),
    S(25, "valid", "P(H|V) = P(h_j|H_{-j},V) P(H_{-j}|V)", ok=ch("s1", "r25")),
    S(26, "valid", "factor the sum over H_{-j} (h_j independent of H_{-j} given V)", ok=ch("r25", "r26")),
    S(27, "valid", "sum over H_{-j} of P(H_{-j}|V) = 1 (checked at the other value of H_{-j})", ok=ch("r26", "r27")),
    S(28, "valid", "h_j in {0,1}", ok=ch("s1", "s4")),
    S(29, "valid", "the hidden conditional (the bound i in the sum is not the free i)", ok=ch("s4", "s5")),
    S(37, "valid", "substitute", ok=ch("g", "f1")),
    S(38, "valid", "sum over V against P(V) = E_{P(V)}", ok=ch("f1", "f1")),
    S(46, "valid", "dL/db_i = v_i - E_{P(V)} v_i", ok=ch("gb", "eb")),
    S(47, "valid", "dL/dc_j = sigma(...) - E_{P(V)} sigma(...)", ok=ch("gc", "ec")),
]
CLAIMS = [(25, 29, "valid", "sum_H P(H|V) v_i h_j = sigma(sum_i W_ij v_i + c_j) v_i"), (37, 38, "valid", "dL/dW_ij")]
