"""softmax helpers"""
from common import *


def sm(x):
    w = np.exp(x - x.max()); return w / w.sum()


def jac(f, x, h=1e-6):
    n = len(x); J = np.zeros((len(f(x)), n))
    for k in range(n):
        e = np.zeros(n); e[k] = h
        J[:, k] = (f(x + e) - f(x - e)) / (2 * h)
    return J


def xs(r, n=4):
    return r.normal(0, 1.5, n)
