"""A tiny RBM (2 visible, 2 hidden binary units) for the RBM checks; theta is one weight w_00."""
from common import *
import itertools

STATES = [(np.array(v, float), np.array(h, float)) for v in itertools.product([0, 1], repeat=2)
          for h in itertools.product([0, 1], repeat=2)]


def params(r):
    return r.normal(size=(2, 2)), r.normal(size=2), r.normal(size=2)     # W (hidden x visible), b (visible), c (hidden)


def energy(W, b, c, v, h):
    return -(h @ W @ v) - b @ v - c @ h


def with_w(W, t):
    W2 = W.copy(); W2[0, 0] = t; return W2
