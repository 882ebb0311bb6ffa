"""A named distribution of its own over a visible and a latent state, read as ONE joint table (P(x, z) beside
P(x | z) and P(z), as importance sampling writes them): each conditional and marginal is of that table, so
P(x, z) = P(x | z) P(z) = P(z | x) P(x) on every instance. On an instance: P(x, z) = e^{g(x, z)} / S with g the
second distribution's table (SecondLogit of the pair) and S = sum_z sum_x mass(x) e^{g(x, z)} (a density in x
w.r.t. the space's measure, a mass in z). Only definitions: the evaluators expand them to the one primitive."""
from __future__ import annotations

from sympy import Sum, Tuple, exp

from .base import M, Obj
from .divergences import SecondLogit
from .space import dummy_state, visible_sum


def _u(x, z, q):
    return exp(SecondLogit(Tuple(x, z), q))


def _total(q):
    y, w = dummy_state("y"), dummy_state("w")
    return Sum(visible_sum(_u(y, w, q), y, q.args[1]), (w, 1, M))


def _name(q):
    return q.name or "q"


class SecondJoint(Obj):
    """P(x, z)."""
    positive = True

    def definition(self):
        x, z, q = self.args
        return _u(x, z, q) / _total(q)

    def latex_text(self, printer):
        x, z, q = self.args
        return r"%s(%s, %s)" % (_name(q), printer._print(x), printer._print(z))


class SecondJointLatent(Obj):
    """P(z) = sum_x P(x, z)."""
    positive = True

    def definition(self):
        z, q = self.args
        y = dummy_state("y")
        return visible_sum(_u(y, z, q), y, q.args[1]) / _total(q)

    def latex_text(self, printer):
        z, q = self.args
        return r"%s(%s)" % (_name(q), printer._print(z))


class SecondJointVisible(Obj):
    """P(x) = sum_z P(x, z)."""
    positive = True

    def definition(self):
        x, q = self.args
        w = dummy_state("w")
        return Sum(_u(x, w, q), (w, 1, M)) / _total(q)

    def latex_text(self, printer):
        x, q = self.args
        return r"%s(%s)" % (_name(q), printer._print(x))


class SecondJointGiven(Obj):
    """P(a | b) of the joint: P(x | z) normalized over x, P(z | x) over z (latent = 1 when a is the latent)."""
    positive = True

    def definition(self):
        a, b, q, latent = self.args
        if int(latent):   # P(z | x)
            w = dummy_state("w")
            return _u(b, a, q) / Sum(_u(b, w, q), (w, 1, M))
        y = dummy_state("y")
        return _u(a, b, q) / visible_sum(_u(y, b, q), y, q.args[1])

    def latex_text(self, printer):
        a, b, q, _ = self.args
        return r"%s(%s \mid %s)" % (_name(q), printer._print(a), printer._print(b))
