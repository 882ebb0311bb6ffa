"""The post's notation, written in the vocabulary's objects: short constructors for rows built by hand.

The one reader reads every document, the post included, into the vocabulary's objects
(derivation/meaning/vocabulary). The constructors below build the same objects without reading, in the
post's words, for the hand-built chains of derivation/meaning/eq7.py (an independent reference the tests
compare with the read post step for step) and for tests:

    THETA, MODEL     Param("Theta"), Model((THETA,)): the post's model, its one parameter Theta
    E(s)             E_Theta(s)           ModelEnergy(s, MODEL)
    Z()              Z_Theta              ModelPartition(MODEL)
    P(s)             P_Theta(s)           ModelProb(s, MODEL)
    L()              L(Theta, D)          NLL(MODEL)
    expect(f)        E_{x~P_Theta}[f]     Expect(f, x, ModelDist(MODEL)), f an expression in the state x
    data_average(f)  (1/N) sum_i f        Expect(f, x, DataDist()), f written with x^(i) = DataPoint(i)
    d(e, n)          d^n e / d Theta^n, left unevaluated
    data_sum(body), state_sum(body)       sum_{i=1}^N body, sum_{x=1}^K body (the index bound as a Dummy)
    N, K, i, x, DataPoint, xi = DataPoint(i)   the vocabulary's base symbols (vocabulary/base.py)

Each object's fixed meaning is its class's `definition()` (DESIGN.md); `expand_definitions(expr)` writes
every one out. `latex_of(expr)` prints an expression with derivatives as the post writes them (partial).

What is left of the judge's own one-parameter notation: `Theta` (a plain real Symbol) and `Energy(s, Theta)`,
an energy that depends on Theta alone. The reader never produces them; derivation/judge/taylor.py and
evaluation.py's exact evaluator still evaluate them (and every row free of the vocabulary's objects).

A row is a `Row(expr, lhs=None, latex="", line=None, justification=None, notes=(), error=None)`
(derivation/meaning/chain.py); a `Chain` is a tuple of rows, every consecutive pair a step.
"""
from __future__ import annotations

import sympy
from sympy import Derivative, Dummy, Expr, Sum
from sympy.printing.latex import LatexPrinter
from sympy.printing.precedence import PRECEDENCE

from .one_parameter import Energy, Theta
from .vocabulary.base import DataPoint, K, N, Param, i, x
from .vocabulary.expectation import DataDist, Expect, ModelDist
from .vocabulary.model import Model, ModelEnergy, ModelPartition, ModelProb, NLL

__all__ = [
    "Theta", "N", "K", "i", "x", "DataPoint", "Energy", "THETA", "MODEL",
    "xi", "E", "Z", "P", "L", "expect", "data_average", "d", "data_sum", "state_sum",
    "expand_definitions", "latex_of", "PostLatexPrinter",
]

# The post's objects are the vocabulary's (derivation/meaning/vocabulary): its model has the one parameter
# Theta, as the one reader reads the post. Short constructors, in the post's words, for hand-built rows
# (derivation/meaning/eq7.py, the tests): the same objects the reader gives, built without reading.
THETA = Param("Theta")
MODEL = Model((THETA,))
xi = DataPoint(i)


def E(s) -> Expr:
    """E_Theta(s): the model's energy of state s."""
    return ModelEnergy(s, MODEL)


def Z() -> Expr:
    """Z_Theta."""
    return ModelPartition(MODEL)


def P(s) -> Expr:
    """P_Theta(s)."""
    return ModelProb(s, MODEL)


def L() -> Expr:
    """L(Theta, D): the negative log-likelihood per data point."""
    return NLL(MODEL)


# Bound variables are Dummies, as the reader binds them, so a free x or i beside a sum or an expectation
# is never captured (the evaluator writes a free index's value in with xreplace). A fixed list keeps the
# constructors deterministic (expect(E(x)) == expect(E(x))); each binder takes the first one its body
# does not already use, so nested binders never share one.
_STATES = tuple(Dummy("x", integer=True, positive=True) for _ in range(8))
_POINTS = tuple(Dummy("i", integer=True, positive=True) for _ in range(8))


def _bind(body, var, fresh):
    """(body with var renamed, the bound Dummy)."""
    body = sympy.sympify(body)
    used = body.atoms(Dummy)
    b = next(v for v in fresh if v not in used)
    return body.xreplace({var: b}), b


def expect(f, var=x) -> Expr:
    """E_{x~P_Theta}[f], f an expression in the state symbol var."""
    body, b = _bind(f, var, _STATES)
    return Expect(body, b, ModelDist(MODEL))


def data_average(f, var=i) -> Expr:
    """(1/N) sum_i f, f written with DataPoint(var): the expectation under the data distribution."""
    f = sympy.sympify(f)
    probe = Dummy()
    if f.xreplace({DataPoint(var): probe}).has(var):
        raise ValueError(f"data_average: {var} appears outside x^({var}) in {f}")
    body, b = _bind(f, DataPoint(var), _STATES)
    return Expect(body, b, DataDist())


def d(expr, order: int = 1) -> Expr:
    """The (unevaluated) derivative d expr / d Theta."""
    if not isinstance(order, int) or order < 1:
        raise ValueError(f"d: order must be a positive int, got {order!r}")
    return Derivative(expr, (THETA, order))


def data_sum(body) -> Expr:
    """sum_{i=1}^N body."""
    body, b = _bind(body, i, _POINTS)
    return Sum(body, (b, 1, N))


def state_sum(body) -> Expr:
    """sum_{x=1}^K body: a sum over the whole state space."""
    body, b = _bind(body, x, _STATES)
    return Sum(body, (b, 1, K))


def _has_definition(e) -> bool:
    """An object of the vocabulary (derivation/meaning/vocabulary) with a fixed definition."""
    definition = getattr(e, "definition", None)
    return callable(definition) and getattr(e, "is_vocabulary", False) and definition() is not None


_EXPANDED: dict = {}   # (expr, evaluate?) -> its expansion: a step expands the same sides many times


def expand_definitions(expr: Expr) -> Expr:
    """Replace every Z, P, L, expectation, ... by its fixed definition (until none is left)."""
    from sympy.core.parameters import global_parameters
    expr = sympy.sympify(expr)
    key = (expr, bool(global_parameters.evaluate))
    got = _EXPANDED.get(key)
    if got is None:
        if len(_EXPANDED) > 512:
            _EXPANDED.clear()
        got = _EXPANDED[key] = _expand_definitions(expr)
    return got


def _expand_definitions(expr: Expr) -> Expr:
    for _ in range(50):  # definitions nest a few levels deep; a cycle would be a bug, not a hang
        if not any(_has_definition(a) for a in sympy.preorder_traversal(expr)):
            return expr
        expr = expr.replace(_has_definition, lambda e: e.definition())
    raise ValueError("expand_definitions: definitions nest more than 50 levels deep")


class PostLatexPrinter(LatexPrinter):
    """SymPy's LaTeX printer, with derivatives written as the post writes them: partial d over d Theta."""

    def _print_Derivative(self, expr):
        # by one parameter (Theta, theta, beta, ...): d F / d v, never "d/dv F G", which a reader cannot tell
        # from d/dv (F G); the one reader reads every row this printer writes back as the same expression
        v = expr.variables[0]
        if all(w == v for w in expr.variables) and isinstance(v, sympy.Symbol) and not isinstance(v, sympy.Dummy):
            n = len(expr.variables)
            top = r"\partial" if n == 1 else r"\partial^{%d}" % n
            bottom = r"\partial %s" % self._print(v) if n == 1 else r"\partial %s^{%d}" % (self._print(v), n)
            inner = self.parenthesize(expr.expr, PRECEDENCE["Mul"], strict=True)
            return r"\frac{%s %s}{%s}" % (top, inner, bottom)
        return super()._print_Derivative(expr)


def latex_of(expr) -> str:
    """The expression in the post's notation (derivatives as partial fractions, as the post prints them)."""
    return PostLatexPrinter().doprint(sympy.sympify(expr))

