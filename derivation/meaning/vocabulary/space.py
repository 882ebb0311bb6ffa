"""The state space as a finite measure space: atoms 1..K with positive masses, a latent space 1..M.

    Mass(x)                 the mass of atom x (a positive rational on an instance)
    visible_sum(f, x, m)    the integral of f over the visible space: sum_x mass(x) f(x) when the document
                            integrates (measure=1), the plain sum (counting measure) when it only sums
    hidden_sum(f, h)        the sum over the latent space 1..M (counting measure)

A document that writes an integral over states reads every sum over states as the same measure
(DESIGN.md: an integral is the sum over states under a measure); one that only sums uses counting.
"""
from __future__ import annotations

from sympy import Basic, Dummy, Expr, Sum, Tuple

from .base import K, M, Obj


class Mass(Obj):
    """mu({x}): the mass of one atom of the state space."""
    positive = True

    def instance_value(self, inst):
        return inst.mass(located(self.args[0])[0])

    def latex_text(self, printer):
        return r"\mu(%s)" % printer._print(self.args[0])


def visible_sum(body, var, measure) -> Sum:
    weight = Mass(var) if int(measure) else 1
    return Sum(weight * body, (var, 1, K))


def hidden_sum(body, var) -> Sum:
    return Sum(body, (var, 1, M))


def dummy_state(name="y"):
    return Dummy(name, integer=True, positive=True)


class AtState(Expr):
    """A state seen as a point of a continuous coordinate xi, for derivatives with respect to the state
    (nabla_x log p(x) = -nabla_x E(x)): every table entry at this state gets a slope in xi; sums over
    other (bound) states do not, so nabla_x Z = 0. Args (state, xi)."""

    @property
    def free_symbols(self):
        return self.args[0].free_symbols | self.args[1].free_symbols

    def _latex(self, printer):
        return printer._print(self.args[0])


def located(s):
    """(the plain state, extra parameters): AtState(x, xi) -> (x, (xi,)); Tuple(AtState(x, xi), h) -> ((x, h), (xi,))."""
    if isinstance(s, AtState):
        return s.args[0], (s.args[1],)
    if isinstance(s, Tuple):
        parts = [located(a) for a in s.args]
        return Tuple(*[p for p, _ in parts]), tuple(x for _, e in parts for x in e)
    return s, ()
