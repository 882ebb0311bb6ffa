"""Boltzmann statistics on a few levels eps_i(y) = e_i + c_i y with degeneracies omega_i; N fixed; k_B = 1 (T = 1/beta)"""
from b9 import *


def inst(r, M=4):
    e, c, w = r.uniform(-1, 2, M), r.uniform(-1, 1, M), r.integers(1, 4, M).astype(float)
    return e, c, w, r.uniform(.4, 2), r.uniform(-.5, .5), float(r.integers(1, 6))


def Zf(e, c, w, b, y):
    return np.sum(w * np.exp(-b * (e + c * y)))


def lnZ(e, c, w, b, y):
    return np.log(Zf(e, c, w, b, y))


def a(e, c, w, b, y, N):                        # a_i = omega_i e^{-alpha - beta eps_i}, e^{-alpha} = N/Z
    return N / Zf(e, c, w, b, y) * w * np.exp(-b * (e + c * y))


def U(e, c, w, b, y, N):
    return np.sum(a(e, c, w, b, y, N) * (e + c * y))


def Y(e, c, w, b, y, N):
    return np.sum(a(e, c, w, b, y, N) * c)


def dlnZ_db(e, c, w, b, y):
    return d(lambda t: lnZ(e, c, w, t, y), b)


def dlnZ_dy(e, c, w, b, y):
    return d(lambda t: lnZ(e, c, w, b, t), y)


def D(f, b, y, db, dy, h=1e-5):
    """the differential of f(beta, y) along (db, dy)"""
    return (f(b + h * db, y + h * dy) - f(b - h * db, y - h * dy)) / (2 * h)
