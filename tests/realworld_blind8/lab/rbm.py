"""small RBM instances (binary units enumerated; Gaussian visible by quadrature)"""
from b9 import *
import itertools


def inst(r, nv=2, nh=2):
    return r.normal(size=(nv, nh)), r.normal(size=nv), r.normal(size=nh)   # W (visible x hidden), a, b


def E(v, h, W, a, b):
    return -a @ v - v @ W @ h - b @ h


def hs(nh):
    return [np.array(s, float) for s in itertools.product([0, 1], repeat=nh)]


def F(v, W, a, b):
    return -np.log(sum(np.exp(-E(v, h, W, a, b)) for h in hs(len(b))))
