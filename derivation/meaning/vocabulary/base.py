"""What every object of the vocabulary shares: a fixed meaning, a printer, values on a finite instance.

An object is a SymPy expression class. It has EITHER
    definition()          its fixed meaning in terms of other objects (Z = sum_x mass(x) e^{-beta E(x)}, ...)
OR  instance_value(inst)  its value on a finite instance (a primitive: an energy table, a mass, ...),
and a `_latex` printer in the usual notation. `positive` / `real` say what the sound normal form may
assume about it (log of a positive object splits; a real exponent keeps e^{u} > 0).

Symbols:
    Param(name)           a real parameter (theta, W, lambda_1, phi); Param(name, positive=True) for beta
    VectorParam(name)     a parameter with components lambda_1..lambda_m (m = COMPONENTS on an instance)
    State(name)           a state of the visible space 1..K;  Hidden(name) a state of the latent space 1..M
    Index(name)           a component index 1..m (lambda_i, A_i)
    N, i, x               the data size, the data index of Sum(body, (i, 1, N)), the state index of
                          Sum(body, (x, 1, K)) (the reader binds Dummies; hand-built rows use these)
    DataPoint(i)          x^(i): the state (an integer in 1..K) of the i-th data point
"""
from __future__ import annotations

import sympy
from sympy import Expr, Function, IndexedBase, Indexed, Symbol

K = Symbol("K", integer=True, positive=True)       # visible states 1..K
N = Symbol("N", integer=True, positive=True)       # data points x^(1..N)
i = Symbol("i", integer=True, positive=True)       # the data index
x = Symbol("x", integer=True, positive=True)       # the state index
M = Symbol("M", integer=True, positive=True)       # latent states 1..M
COMPONENTS = Symbol("m", integer=True, positive=True)  # components of a vector parameter 1..m


class DataPoint(Function):
    """x^(i): the state of the i-th data point, an integer in 1..K."""
    nargs = 1
    is_integer = True
    is_positive = True

    def _latex(self, printer, exp=None):
        out = r"\mathrm{x}^{(%s)}" % printer._print(self.args[0])
        return r"\left(%s\right)^{%s}" % (out, exp) if exp else out


class Param(Symbol):
    """A real parameter; beta is Param('beta', positive=True)."""

    def __new__(cls, name, **assumptions):
        assumptions.setdefault("real", True)
        return Symbol.__new__(cls, name, **assumptions)


class VectorParam(IndexedBase):
    """lambda with components lambda[1..m]."""


class State(Symbol):
    """A state variable of the visible space (bound by a sum, or free: the row holds for every value)."""

    def __new__(cls, name):
        return Symbol.__new__(cls, name, integer=True, positive=True)


class Hidden(Symbol):
    """A state variable of the latent space."""

    def __new__(cls, name):
        return Symbol.__new__(cls, name, integer=True, positive=True)


class Index(Symbol):
    """A component index i in 1..m (lambda_i, A_i(x))."""

    def __new__(cls, name):
        return Symbol.__new__(cls, name, integer=True, positive=True)


from derivation.meaning.one_parameter import Theta as _THETA  # noqa: E402 - the one-parameter notation's


def is_param(v) -> bool:
    """Whether v is something one differentiates with respect to (a parameter or one component)."""
    return isinstance(v, Param) or v == _THETA or (isinstance(v, Indexed) and isinstance(v.base, VectorParam))


def param_base(v):
    return v.base if isinstance(v, Indexed) else v


class Obj(Expr):
    """A vocabulary object: see the module docstring."""

    is_commutative = True
    is_vocabulary = True
    positive = False
    real = False      # what the normal form may assume: set True only where the definition guarantees it
    bound: tuple[int, ...] = ()   # positions of args that are bound variables (like a Sum's index)

    def __new__(cls, *args):
        return Expr.__new__(cls, *map(sympy.sympify, args))

    def definition(self):
        return None

    def instance_value(self, inst):
        from derivation.meaning.not_evaluable import NotEvaluable
        raise NotEvaluable(f"{type(self).__name__} has no value on an instance")

    @property
    def free_symbols(self):
        out = set()
        for k, a in enumerate(self.args):
            if k not in self.bound:
                out |= a.free_symbols
        for k in self.bound:
            out -= {self.args[k]}
        return out

    def _eval_subs(self, old, new):
        if any(old == self.args[k] for k in self.bound):
            return self
        return None

    def _latex(self, printer, exp=None):
        out = self.latex_text(printer)
        return r"\left(%s\right)^{%s}" % (out, exp) if exp else out

    def latex_text(self, printer) -> str:  # pragma: no cover - every object overrides it
        return type(self).__name__


def params_latex(printer, params) -> str:
    return ",".join(printer._print(p) for p in params)


def depends(e, v) -> bool:
    """Whether expression e depends on the parameter v (a component lambda[i] through its vector)."""
    if e.has(v):
        return True
    return isinstance(v, Indexed) and e.has(v.base)


def expand_vocabulary(expr, depth: int = 50):
    """expr with every vocabulary object that has a definition replaced by it (the post's objects kept)."""
    def defined(e):
        return isinstance(e, Obj) and e.definition() is not None
    for _ in range(depth):
        if not any(defined(a) for a in sympy.preorder_traversal(expr)):
            return expr
        expr = expr.replace(defined, lambda e: e.definition())
    raise ValueError("expand_vocabulary: definitions nest more than 50 levels deep")
