from common import *
from rbm import STATES, params, energy, with_w
import itertools
DOC = "37_aise_rbm_loglik_gradient.md"; TIER = 1
TOPIC = "RBM log-likelihood and its gradient for a general energy E(v,h;theta); p(h|v) with the 1/Z cancelling"
NOTES = "stored page (ai.stackexchange.com, question 24302), cut from the start of the stored text; $$ used inline too"

HS = [np.array(h, float) for h in itertools.product([0, 1], repeat=2)]
VS = HS


def setup(r):
    W, b, c = params(r); v = VS[int(r.integers(0, 4))]
    E = lambda t, vv, hh: energy(with_w(W, t), b, c, vv, hh)
    return W, E, v


def logp(E, t, v):
    return np.log(sum(np.exp(-E(t, v, h)) for h in HS)) - np.log(sum(np.exp(-E(t, vv, h)) for vv in VS for h in HS))


def l17(r):
    W, E, v = setup(r); t = W[0, 0]
    dE = lambda vv, hh: d(lambda s: E(s, vv, hh), t)
    a = sum(np.exp(-E(t, v, h)) for h in HS); Z = sum(np.exp(-E(t, vv, h)) for vv in VS for h in HS)
    return d(lambda s: logp(E, s, v), t), -sum(dE(v, h) * np.exp(-E(t, v, h)) for h in HS) / a + \
        sum(dE(vv, h) * np.exp(-E(t, vv, h)) for vv in VS for h in HS) / Z


def post(r):
    W, E, v = setup(r); t = W[0, 0]; h = HS[int(r.integers(0, 4))]
    Z = sum(np.exp(-E(t, vv, hh)) for vv in VS for hh in HS)
    pvh = np.exp(-E(t, v, h)) / Z; pv = sum(np.exp(-E(t, v, hh)) for hh in HS) / Z
    return pvh, pv, Z, np.exp(-E(t, v, h)), sum(np.exp(-E(t, v, hh)) for hh in HS)


STEPS = [
    S(5, "not-an-identity", "the RBM likelihood (definition)"),
    S(9, "not-an-identity", "Z (definition)"),
    S(13, "valid", "ln of (1/Z) sum_h e^{-E}", ok=lambda r: (lambda W, E, v: (logp(E, W[0, 0], v),
      np.log(sum(np.exp(-E(W[0, 0], v, h)) for h in HS)) - np.log(sum(np.exp(-E(W[0, 0], vv, h)) for vv in VS for h in HS))))(*setup(r))),
    S(17, "valid", "derivative of both logs", ok=l17),
    S(21, "valid", "conditional = joint / marginal", ok=lambda r: (lambda pvh, pv, Z, e, s: (pvh / pv, pvh / pv))(*post(r))),
    S(21, "valid", "joint and marginal written out", ok=lambda r: (lambda pvh, pv, Z, e, s: (pvh / pv, (e / Z) / (s / Z)))(*post(r))),
    S(21, "valid", "1/Z cancels", ok=lambda r: (lambda pvh, pv, Z, e, s: ((e / Z) / (s / Z), e / s))(*post(r))),
]
CLAIMS = [(21, 21, "valid", "p(h|v) = e^{-E}/sum_h e^{-E}")]
