"""Gaussian helpers: moment form N(x|a,A), canonical form N[x|a,A] (1-D and n-D), 2-D grid expectations."""
from common import *


def Nm(x, a, A):
    x, a, A = np.atleast_1d(x), np.atleast_1d(a), np.atleast_2d(A)
    d = x - a
    return np.exp(-0.5 * d @ np.linalg.solve(A, d)) / np.sqrt(np.linalg.det(2 * np.pi * A))


def Nc(x, a, A):
    x, a, A = np.atleast_1d(x), np.atleast_1d(a), np.atleast_2d(A)
    Ai = np.linalg.inv(A)
    return np.exp(-0.5 * a @ Ai @ a) / np.sqrt(np.linalg.det(2 * np.pi * Ai)) * np.exp(-0.5 * x @ A @ x + x @ a)


def spd(r, n=2):
    M = r.normal(0, 1, (n, n)); return M @ M.T + n * 0.5 * np.eye(n)


def expect2(a, A, g, n=301, k=9.0):
    s = np.sqrt(np.diag(A))
    u = np.linspace(a[0] - k * s[0], a[0] + k * s[0], n); v = np.linspace(a[1] - k * s[1], a[1] + k * s[1], n)
    U, V = np.meshgrid(u, v, indexing="ij")
    X = np.stack([U, V], -1)
    Ai = np.linalg.inv(A); D = X - a
    w = np.exp(-0.5 * np.einsum("...i,ij,...j->...", D, Ai, D)) / np.sqrt(np.linalg.det(2 * np.pi * A))
    G = g(X)
    W = w.reshape(w.shape + (1,) * (G.ndim - 2)) * G
    return np.trapezoid(np.trapezoid(W, v, axis=1), u, axis=0) if hasattr(np, "trapezoid") else np.trapz(np.trapz(W, v, axis=1), u, axis=0)
