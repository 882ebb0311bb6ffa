"""Helpers for the ninth blind set's label checks (numpy only)."""
from h8 import *  # noqa: F401,F403
import numpy as np


def lv(r, M=5):
    """energy levels, beta"""
    return r.uniform(-1, 2, M), r.uniform(.3, 2)


def dbeta(f, b, h=1e-5):
    return (f(b + h) - f(b - h)) / (2 * h)


def Z(E, b):
    return np.exp(-b * np.asarray(E)).sum()
