from common import *
from rbm import STATES, params, energy, with_w
import itertools
DOC = "39_sse_fischer_igel_eq29.md"; TIER = 2
TOPIC = "Fischer & Igel eq. (29): the RBM log-likelihood gradient in w_ij, one-line align with \\\\[5pt], \\color and \\boxed, \\tag"
NOTES = "stored page (stats.stackexchange.com, question 48162); the RBM energy of the cited paper, E = -sum w_ij h_i v_j - " \
        "sum b_j v_j - sum c_i h_i, is not stated in the excerpt; all three rows start on line 5"

HS = [np.array(h, float) for h in itertools.product([0, 1], repeat=2)]
VS = HS


def setup(r):
    W, b, c = params(r); v = VS[int(r.integers(0, 4))]
    return W, b, c, v


def parts(W, b, c, v, i=0, j=0):
    E = lambda t, vv, hh: energy(with_w(W, t), b, c, vv, hh) if (i, j) == (0, 0) else None
    Z = sum(np.exp(-energy(W, b, c, vv, hh)) for vv in VS for hh in HS)
    pvh = {(tuple(vv), tuple(hh)): np.exp(-energy(W, b, c, vv, hh)) / Z for vv in VS for hh in HS}
    pv = {tuple(vv): sum(pvh[(tuple(vv), tuple(hh))] for hh in HS) for vv in VS}
    ph_v = lambda hh, vv: pvh[(tuple(vv), tuple(hh))] / pv[tuple(vv)]
    dE = lambda vv, hh: -hh[i] * vv[j]
    lnL = lambda t: np.log(sum(np.exp(-energy(with_w(W, t), b, c, v, hh)) for hh in HS)) - \
        np.log(sum(np.exp(-energy(with_w(W, t), b, c, vv, hh)) for vv in VS for hh in HS))
    r1 = -sum(ph_v(hh, v) * dE(v, hh) for hh in HS) + sum(pvh[(tuple(vv), tuple(hh))] * dE(vv, hh) for vv in VS for hh in HS)
    r2 = sum(ph_v(hh, v) * hh[i] * v[j] for hh in HS) - sum(pv[tuple(vv)] * sum(ph_v(hh, vv) * hh[i] * vv[j] for hh in HS) for vv in VS)
    pH1 = lambda vv: sum(ph_v(hh, vv) for hh in HS if hh[i] == 1)
    r3 = pH1(v) * v[j] - sum(pv[tuple(vv)] * pH1(vv) * vv[j] for vv in VS)
    return d(lnL, W[0, 0]), r1, r2, r3


STEPS = [
    S(5, "valid", "row 1: d ln L/d w_ij for an energy-based p(v) (checked with the RBM energy)", ok=lambda r: (lambda a, b, c, d_: (a, b))(*parts(*setup(r)))),
    S(5, "valid", "row 2: dE/dw_ij = -h_i v_j; p(v,h) = p(v) p(h|v)", ok=lambda r: (lambda a, b, c, d_: (b, c))(*parts(*setup(r)))),
    S(5, "valid", "row 3: sum_h p(h|v) h_i = p(H_i = 1|v) for binary h", ok=lambda r: (lambda a, b, c, d_: (c, d_))(*parts(*setup(r)))),
]
CLAIMS = [(5, 5, "valid", "eq. (29)")]
