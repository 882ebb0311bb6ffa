"""logistic-regression instances"""
from b9 import *


def inst(r, n=4, p=3):
    X = r.normal(size=(n, p)); y = r.integers(0, 2, n).astype(float); w = r.normal(size=p)
    return X, y, w


def L(X, y, w):
    s = sig(X @ w); return -(y * np.log(s) + (1 - y) * np.log(1 - s)).sum()


def grad(f, w, h=1e-5):
    g = np.zeros_like(w)
    for j in range(len(w)):
        e = np.zeros_like(w); e[j] = h
        g[j] = (f(w + e) - f(w - e)) / (2 * h)
    return g


def hess(f, w, h=1e-3):
    """second differences of f (h chosen for ~1e-7 accuracy on these smooth losses)"""
    p = len(w); H = np.zeros((p, p))
    for j in range(p):
        for k in range(p):
            ej = np.zeros_like(w); ej[j] = h; ek = np.zeros_like(w); ek[k] = h
            H[j, k] = (f(w + ej + ek) - f(w + ej - ek) - f(w - ej + ek) + f(w - ej - ek)) / (4 * h * h)
    return H
