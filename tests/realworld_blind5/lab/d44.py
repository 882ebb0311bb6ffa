from common import *
from rbm2 import VS, HS, params, E, joint, logPV
DOC = "44_tirtha_rbm_loglik_gradient.md"; TIER = 2
TOPIC = "RBM log-likelihood gradient: data term minus model term, then dL/dW_ij, dL/db_i, dL/dc_j; one row writes exp(exp(-E))"
NOTES = "L(theta) = log P(V) (the argmax display, whose rows carry no relation); E as in the post (-sum W v h - sum b v - sum c h); " \
        "theta is W_00 in the checks"


def inst(r):
    W, b, c = params(r); v = VS[int(r.integers(0, 4))]
    return W, b, c, v


def with00(W, t):
    W2 = W.copy(); W2[0, 0] = t; return W2


def rows(W, b, c, v):
    t = W[0, 0]; En = lambda s, vv, hh: E(with00(W, s), b, c, vv, hh); dE = lambda vv, hh: d(lambda s: En(s, vv, hh), t)
    a = sum(np.exp(-En(t, v, h)) for h in HS); Z = sum(np.exp(-En(t, vv, h)) for vv in VS for h in HS)
    P, _ = joint(W, b, c)
    r0 = d(lambda s: logPV(with00(W, s), b, c, v), t)
    r1 = d(lambda s: np.log(sum(np.exp(-En(s, v, h)) for h in HS)) - np.log(sum(np.exp(-En(s, vv, h)) for vv in VS for h in HS)), t)
    r2 = d(lambda s: sum(np.exp(-En(s, v, h)) for h in HS), t) / a - d(lambda s: sum(np.exp(-En(s, vv, h)) for vv in VS for h in HS), t) / Z
    r3 = -sum(np.exp(-En(t, v, h)) * dE(v, h) for h in HS) / a + sum(np.exp(-En(t, vv, h)) * dE(vv, h) for vv in VS for h in HS) / Z
    with np.errstate(over='ignore', invalid='ignore'):
        r3b = -sum(np.exp(-En(t, v, h)) * dE(v, h) for h in HS) / a + sum(np.exp(np.exp(-En(t, vv, h))) * dE(vv, h) for vv in VS for h in HS) / Z
    r4 = -sum(np.exp(-En(t, v, h)) / a * dE(v, h) for h in HS) + sum(np.exp(-En(t, vv, h)) / Z * dE(vv, h) for vv in VS for h in HS)
    return [r0, r1, r2, r3, r4, r3b]


def ch(i, j):
    return lambda r: (lambda x: (x[i], x[j]))(rows(*inst(r)))


def grads(r):
    W, b, c = params(r); v = VS[int(r.integers(0, 4))]; P, _ = joint(W, b, c)
    post = {tuple(h): P[(tuple(v), tuple(h))] / sum(P[(tuple(v), tuple(hh))] for hh in HS) for h in HS}
    out = []
    gW = d(lambda s: logPV(with00(W, s), b, c, v), W[0, 0])
    eW = sum(post[tuple(h)] * v[0] * h[0] for h in HS) - sum(P[(tuple(vv), tuple(h))] * vv[0] * h[0] for vv in VS for h in HS)
    bb = lambda s: np.array([s, b[1]]); cc = lambda s: np.array([s, c[1]])
    gb = d(lambda s: logPV(W, bb(s), c, v), b[0]); eb = v[0] - sum(P[(tuple(vv), tuple(h))] * vv[0] for vv in VS for h in HS)
    gc = d(lambda s: logPV(W, b, cc(s), v), c[0])
    ec = sum(post[tuple(h)] * h[0] for h in HS) - sum(P[(tuple(vv), tuple(h))] * h[0] for vv in VS for h in HS)
    return (gW, eW), (gb, eb), (gc, ec)


STEPS = [
    S(21, "valid", "L = log P(V) = log sum_H e^{-E} - log sum e^{-E}", ok=ch(0, 1)),
    S(22, "valid", "derivative of both logs", ok=ch(1, 2)),
    S(23, "either", "reading A: exp(-E) in the second sum (exp(\\exp(...)) a typing slip): agrees; reading B: literally "
      "exp(exp(-E)) in the model term: the check's instances differ", ok=ch(2, 3), cx=lambda: (lambda x: (x[3], x[5]))(rows(*inst(np.random.default_rng(3))))),
    S(24, "valid", "move the sums' normalisers inside", ok=ch(3, 4)),
    S(25, "valid", "e^{-E}/sum_H e^{-E} = P(H|V), e^{-E}/Z = P(V,H)", ok=ch(4, 4)),
    S(26, "valid", "sums as expectations", ok=ch(4, 0)),
    S(34, "valid", "dE/dW_ij = -v_i h_j", ok=lambda r: grads(r)[0]),
    S(35, "valid", "dE/db_i = -v_i", ok=lambda r: grads(r)[1]),
    S(36, "valid", "dE/dc_j = -h_j", ok=lambda r: grads(r)[2]),
]
CLAIMS = [(21, 26, "valid", "dL/d theta = -E_{P(H|V)}[dE] + E_{P(V,H)}[dE] (reading A of row 23)")]
