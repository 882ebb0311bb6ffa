"""Helpers for the label checks: small exact instances (finite state spaces enumerated), derivatives by
central differences, integrals by quadrature."""
import itertools
import numpy as np

STEPS = None  # filled per module


class S:
    """One labelled relation. expect: valid / invalid / either / not-an-identity.
    valid: ok(r) -> (lhs, rhs) must agree on 6 random instances (r a numpy Generator).
    invalid: cx() -> (lhs, rhs) must differ (the counterexample named in why).
    either: ok(r) is reading A (agrees), cx() reading B (differs)."""

    def __init__(self, line, expect, why, ok=None, cx=None, **flags):
        self.line, self.expect, self.why, self.ok, self.cx, self.flags = line, expect, why, ok, cx, flags


def d(f, x, h=1e-5):
    return (f(x + h) - f(x - h)) / (2 * h)


def d2(f, x, h=1e-4):
    return (f(x + h) - 2 * f(x) + f(x - h)) / h ** 2


def boltz(E, beta=1.0):
    w = np.exp(-beta * np.asarray(E, float))
    return w / w.sum(), w.sum()


def quad(f, a=-40.0, b=40.0, n=400001):
    x = np.linspace(a, b, n)
    return np.trapezoid(f(x), x) if hasattr(np, "trapezoid") else np.trapz(f(x), x)


def binary_states(n):
    return [np.array(s, float) for s in itertools.product([0, 1], repeat=n)]


def spins(n):
    return [np.array(s, float) for s in itertools.product([-1, 1], repeat=n)]


def sig(t):
    return 1 / (1 + np.exp(-np.asarray(t, float)))


def softmax(z):
    z = np.asarray(z, float)
    e = np.exp(z - z.max())
    return e / e.sum()


def lse(z):
    z = np.asarray(z, float)
    m = z.max()
    return m + np.log(np.exp(z - m).sum())
