"""Exponential-family helpers on finite supports: x in 0..M-1, base measure h, statistic T."""
from common import *


def fam(r, M=5, dim=1):
    h = r.uniform(0.2, 2, M)
    T = r.normal(0, 1, (M, dim)) if dim > 1 else r.normal(0, 1, M)
    eta = r.normal(0, 0.7, dim) if dim > 1 else r.normal(0, 0.7)
    return h, T, eta


def A(h, T, eta):
    return np.log((h * np.exp(T @ eta if np.ndim(T) > 1 else T * eta)).sum())


def p(h, T, eta):
    w = h * np.exp(T @ eta if np.ndim(T) > 1 else T * eta)
    return w / w.sum()


def ET(h, T, eta):
    return p(h, T, eta) @ T


def varT(h, T, eta):
    q = p(h, T, eta); m = q @ T
    if np.ndim(T) > 1:
        return (T - m).T @ ((T - m) * q[:, None])
    return q @ (T - m) ** 2


def dA(h, T, eta, eps=1e-5):
    if np.ndim(T) > 1:
        return np.array([(A(h, T, eta + eps * e) - A(h, T, eta - eps * e)) / (2 * eps) for e in np.eye(len(eta))])
    return (A(h, T, eta + eps) - A(h, T, eta - eps)) / (2 * eps)


def d2A(h, T, eta, eps=1e-4):
    if np.ndim(T) > 1:
        return np.array([(dA(h, T, eta + eps * e) - dA(h, T, eta - eps * e)) / (2 * eps) for e in np.eye(len(eta))])
    return (A(h, T, eta + eps) - 2 * A(h, T, eta) + A(h, T, eta - eps)) / eps ** 2
