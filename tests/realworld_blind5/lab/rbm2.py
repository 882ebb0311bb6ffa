"""RBM with m = 2 visible and n = 2 hidden binary units, W_ij v_i h_j (i visible, j hidden), for docs 42-45."""
from common import *
import itertools

VS = [np.array(v, float) for v in itertools.product([0, 1], repeat=2)]
HS = VS


def params(r):
    return r.normal(size=(2, 2)), r.normal(size=2), r.normal(size=2)


def E(W, b, c, v, h):
    return -(v @ W @ h) - b @ v - c @ h


def joint(W, b, c):
    w = {(tuple(v), tuple(h)): np.exp(-E(W, b, c, v, h)) for v in VS for h in HS}
    Z = sum(w.values())
    return {k: x / Z for k, x in w.items()}, Z


def logPV(W, b, c, v):
    return np.log(sum(np.exp(-E(W, b, c, v, h)) for h in HS)) - np.log(sum(np.exp(-E(W, b, c, vv, h)) for vv in VS for h in HS))


def sig(x):
    return 1 / (1 + np.exp(-x))
