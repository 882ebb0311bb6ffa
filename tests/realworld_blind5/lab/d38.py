from common import *
from rbm import params, energy, with_w
import itertools
DOC = "38_sse_rbm_loglik_question.md"; TIER = 1
TOPIC = "RBM log-likelihood: e^{E} for e^{-E} in the first sum; the gradient written for L instead of ln L and with a lost d"
NOTES = "stored page (stats.stackexchange.com, question 113395 and the start of an answer); L(theta|v) = p(v|theta), the likelihood"

HS = [np.array(h, float) for h in itertools.product([0, 1], repeat=2)]
VS = HS


def setup(r):
    W, b, c = params(r); v = VS[int(r.integers(0, 4))]
    return (lambda t, vv, hh: energy(with_w(W, t), b, c, vv, hh)), W[0, 0], v


def lik(E, t, v):
    return sum(np.exp(-E(t, v, h)) for h in HS) / sum(np.exp(-E(t, vv, h)) for vv in VS for h in HS)


def grad_lnL(E, t, v):
    Z = sum(np.exp(-E(t, vv, h)) for vv in VS for h in HS); a = sum(np.exp(-E(t, v, h)) for h in HS)
    dE = lambda vv, hh: d(lambda s: E(s, vv, hh), t)
    return -sum(np.exp(-E(t, v, h)) / a * dE(v, h) for h in HS) + sum(np.exp(-E(t, vv, h)) / Z * dE(vv, h) for vv in VS for h in HS)


def cx5():
    E = {(0, 0): 0.0, (0, 1): 1.0, (1, 0): 0.0, (1, 1): 0.0}       # v in {0,1}, h in {0,1}; evaluate at v = 0
    Z = sum(np.exp(-e) for e in E.values())
    return np.log((np.exp(-0.0) + np.exp(-1.0)) / Z), np.log(np.exp(0.0) + np.exp(1.0)) - np.log(Z)


STEPS = [
    S(5, "not-an-identity", "L(theta|v) := p(v|theta) (the likelihood)"),
    S(5, "valid", "p(v) = (1/Z) sum_h e^{-E}", ok=lambda r: (lambda E, t, v: (np.log(lik(E, t, v)), np.log(lik(E, t, v))))(*setup(r))),
    S(5, "invalid", "ln (1/Z) sum_h e^{-E} = ln sum_h e^{-E} - ln Z, not ln sum_h e^{+E} - ...: E(0, h) = (0, 1), E(1, h) = (0, 0) "
      "give -0.901 vs 0.099 at v = 0", cx=cx5),
    S(9, "either", "reading A: d ln L/d theta with dE/d theta in the last sum (two slips): agrees; reading B: literally dL/d theta "
      "(L the likelihood) = L d ln L/d theta: the instance of the check gives different values",
      ok=lambda r: (lambda E, t, v: (d(lambda s: np.log(lik(E, s, v)), t), grad_lnL(E, t, v)))(*setup(r)),
      cx=lambda: (lambda E, t, v: (d(lambda s: lik(E, s, v), t), grad_lnL(E, t, v)))(*setup(np.random.default_rng(5)))),
    S(15, "not-an-identity", "the model P = f/Z (definition)", outside_display=True),
    S(23, "valid", "KL's definition for densities (standard meaning)", ok=lambda r: (1.0, 1.0)),
]
CLAIMS = []
