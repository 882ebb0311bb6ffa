"""The state space as a finite measure space: atoms 1..K with positive masses, a latent space 1..M.

    Mass(x)                 the mass of atom x (a positive rational on an instance)
    visible_sum(f, x, m)    the integral of f over the visible space: sum_x mass(x) f(x) when the document
                            integrates (measure=1), the plain sum (counting measure) when it only sums
    hidden_sum(f, h)        the sum over the latent space 1..M (counting measure)

A document that writes an integral over states reads every sum over states as the same measure
(DESIGN.md: an integral is the sum over states under a measure); one that only sums uses counting.
"""
from __future__ import annotations

from sympy import Dummy, Sum

from .base import K, M, Obj


class Mass(Obj):
    """mu({x}): the mass of one atom of the state space."""
    positive = True

    def instance_value(self, inst):
        return inst.mass(self.args[0])

    def latex_text(self, printer):
        return r"\mu(%s)" % printer._print(self.args[0])


def visible_sum(body, var, measure) -> Sum:
    weight = Mass(var) if int(measure) else 1
    return Sum(weight * body, (var, 1, K))


def hidden_sum(body, var) -> Sum:
    return Sum(body, (var, 1, M))


def dummy_state(name="y"):
    return Dummy(name, integer=True, positive=True)
