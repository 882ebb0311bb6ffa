"""Small helpers for the eighth blind set's label checks (numpy only)."""
from common import *  # noqa: F401,F403
import numpy as np


def sig(x):
    return 1.0 / (1.0 + np.exp(-x))


def softmax(z):
    e = np.exp(z - np.max(z))
    return e / e.sum()


def lse(z):
    m = np.max(z)
    return m + np.log(np.exp(z - m).sum())


def levels(r, M=5):
    """energies E_i, beta, k_B, T consistent (beta = 1/(k_B T))"""
    E = r.uniform(-1, 2, M)
    k = r.uniform(.5, 2)
    T = r.uniform(.5, 2)
    return E, k, T


def Zb(E, b):
    return np.exp(-b * np.asarray(E)).sum()


def Ub(E, b):
    w = np.exp(-b * np.asarray(E))
    return (E * w).sum() / w.sum()


def Sgibbs(p, k=1.0):
    p = np.asarray(p, float)
    return -k * (p * np.log(p)).sum()


def ebm(r, K=5):
    """a smooth energy E(theta) over K states, theta0, data distribution pD"""
    a, b, c = r.normal(size=K), r.normal(size=K), r.normal(size=K) * .3
    E = lambda t: a + b * t + c * t * t
    pD = r.uniform(.1, 1, K); pD /= pD.sum()
    return E, r.uniform(-1, 1), pD


def pE(E, t):
    w = np.exp(-E(t)); return w / w.sum()


def lat(r, Kv=3, Kh=3):
    """latent energy E(v,h;theta) as a (Kv,Kh) array function"""
    a, b, c = r.normal(size=(Kv, Kh)), r.normal(size=(Kv, Kh)), r.normal(size=(Kv, Kh)) * .3
    E = lambda t: a + b * t + c * t * t
    pD = r.uniform(.1, 1, Kv); pD /= pD.sum()
    return E, r.uniform(-1, 1), pD


def logi(r, N=4):
    X = r.normal(size=(N, 2)); y = r.integers(0, 2, N).astype(float)
    w1, w2, b = r.normal(size=3)
    return X, y, w1, w2, b


def Jlog(X, y, w1, w2, b):
    z = w1 * X[:, 0] + w2 * X[:, 1] + b; p = sig(z)
    return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))


def ef(r, K=5):
    """finite exponential family: K atoms with base weights h, scalar statistic T, natural parameter eta"""
    h = r.uniform(.2, 1.5, K); T = r.normal(size=K); eta = r.normal() * .8
    return h, T, eta


def A_ef(h, T, eta):
    return np.log((h * np.exp(eta * T)).sum())


def ET(h, T, eta):
    w = h * np.exp(eta * T); return (w * T).sum() / w.sum()


def VT(h, T, eta):
    w = h * np.exp(eta * T); w = w / w.sum(); m = (w * T).sum(); return (w * (T - m) ** 2).sum()


def mdp(r):
    """tiny finite-horizon MDP (T = 2, 2 states, 2 actions), policy softmax(theta * phi[s, a])"""
    p1 = r.dirichlet(np.ones(2)); P = r.dirichlet(np.ones(2), size=(2, 2)); R = r.normal(size=(2, 2)); phi = r.normal(size=(2, 2))
    return p1, P, R, phi, r.normal()


def pol(phi, th, s):
    return softmax(th * phi[s])


def trajs(p1, P, phi, th):
    """[(prob, (s1, a1, s2, a2))] for T = 2"""
    out = []
    for s1 in range(2):
        for a1 in range(2):
            for s2 in range(2):
                for a2 in range(2):
                    pr = p1[s1] * pol(phi, th, s1)[a1] * P[s1, a1, s2] * pol(phi, th, s2)[a2]
                    out.append((pr, (s1, a1, s2, a2)))
    return out


def Jmdp(p1, P, R, phi, th):
    return sum(pr * (R[t[0], t[1]] + R[t[2], t[3]]) for pr, t in trajs(p1, P, phi, th))
