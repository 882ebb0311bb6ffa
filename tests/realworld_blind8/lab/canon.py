"""Shared canonical-ensemble checks: levels E_i, beta, k_B."""
from common import *


def inst(r, M=5):
    return r.uniform(-1, 2, M), r.uniform(.3, 2), r.uniform(.5, 2)


def Q(E, b):
    return np.exp(-b * E).sum()


def U(E, b):
    return (E * np.exp(-b * E)).sum() / Q(E, b)


def U2(E, b):
    return (E * E * np.exp(-b * E)).sum() / Q(E, b)


def lnQ(E, b):
    return np.log(Q(E, b))


def var(E, b):
    return U2(E, b) - U(E, b) ** 2
