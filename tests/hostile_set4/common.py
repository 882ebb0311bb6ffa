"""hostile4: shared helpers and model rows for the case files."""
import numpy as np

from world import CE, H, KL, d1, d2, sig, softmax  # noqa: F401

MODEL = [r"p_\theta(x) = \frac{e^{-E_\theta(x)}}{Z_\theta}"]
PB = [r"p_\beta(x) = \frac{e^{-\beta E(x)}}{Z(\beta)}"]


def KLs(u, v):
    u, v = np.asarray(u, float), np.asarray(v, float)
    m = u > 0
    return float(np.sum(u[m] * np.log(u[m] / v[m])))


def Hs(u):
    u = np.asarray(u, float)
    m = u > 0
    return float(-np.sum(u[m] * np.log(u[m])))


def lse(v):
    v = np.asarray(v, float)
    m = np.max(v)
    return float(m + np.log(np.sum(np.exp(v - m))))


def gradL(W, th=None):
    """d/dtheta of the mean NLL of the generic model"""
    th = W.th if th is None else th
    return float(W.dE(th)[W.data].mean() - W.p(th) @ W.dE(th))


def vidx(W, v):
    return [tuple(s) for s in W.vstates].index(tuple(v))


def rph(W, h):
    t = W.rjoint()
    return float(t[:, vidx(W, h)].sum())


def rpvh(W, v, h):
    return float(W.rjoint()[vidx(W, v), vidx(W, h)])


def hin(W, v=None, j=None):
    v = W.v_ if v is None else v
    j = W.j if j is None else j
    return float(W.rb[j] + v @ W.W[:, j])


def vin(W, h=None, i=None):
    h = W.h_ if h is None else h
    i = W.i if i is None else i
    return float(W.ra[i] + W.W[i, :] @ h)


def spin_state(W):
    return W.sstates[(W.x1 * 7 + W.x2 * 3 + W.seed) % len(W.sstates)]
