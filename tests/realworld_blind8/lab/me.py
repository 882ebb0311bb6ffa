"""conditional maximum-entropy (log-linear) model on X = {0,1}, Y = {0,1,2} with n features"""
from b9 import *


def inst(r, nx=2, ny=3, n=2):
    f = r.normal(size=(n, nx, ny)); Pt = r.uniform(.1, 1, (nx, ny)); Pt /= Pt.sum()
    return f, Pt, r.normal(size=n)


def Zw(f, w):
    return np.exp(np.tensordot(w, f, 1)).sum(1)          # Z_w(x)


def Pw(f, w):
    e = np.exp(np.tensordot(w, f, 1)); return e / e.sum(1, keepdims=True)


def Lw(f, Pt, w):
    return np.sum(Pt * np.log(Pw(f, w)))


def Ld(f, Pt, w):
    return np.sum(Pt * np.tensordot(w, f, 1)) - np.sum(Pt.sum(1) * np.log(Zw(f, w)))
