"""The objects of eq. (7) as SymPy objects, kept unexpanded so a row prints as the post writes it.

How each object is built (all names below are importable from this module):

    Theta            Symbol("Theta", real=True)                one scalar component of the parameters
    N                Symbol("N", integer=True, positive=True)  the data size
    K                Symbol("K", integer=True, positive=True)  the size of the finite state space; states are 1..K
    i                Symbol("i", integer=True, positive=True)  the data index,  Sum(body, (i, 1, N))
    x                Symbol("x", integer=True, positive=True)  the state index, Sum(body, (x, 1, K))
    DataPoint(i)     x^(i): the state (an integer in 1..K) of the i-th data point        xi = DataPoint(i)
    Energy(s, Theta) E_Theta(s): an undefined smooth, real-valued function of a state s   E(s)
    PartitionFunction(Theta)       Z_Theta                                                 Z()
    Probability(s, Theta)          P_Theta(s)                                              P(s)
    Loss(Theta)                    L(Theta, D)                                             L()
    ModelExpectation(f, x, Theta)  E_{x~P_Theta}[f], f an expression in the state symbol x  expect(f)
    DataAverage(f, i)              E_{x~P_D}[f] = (1/N) sum_i f, f an expression in DataPoint(i)  data_average(f)

A sum over the data is `Sum(body, (i, 1, N))` with DataPoint(i) in the body (`data_sum(body)`);
a sum over the state space is `Sum(body, (x, 1, K))` (`state_sum(body)`). A derivative is
`Derivative(expr, Theta)` (`d(expr)`), left unevaluated. Numbers, `exp`, `log`, `+`, `*`, `/` are
SymPy's own.

Fixed meaning (DESIGN.md), given by each object's `definition()` and applied everywhere by
`expand_definitions(expr)`:

    Z_Theta          = Sum(exp(-E(x)), (x, 1, K))          over the WHOLE state space, never over the data
    P_Theta(s)       = exp(-E(s)) / Z_Theta
    L(Theta, D)      = -(1/N) Sum(log P_Theta(x^(i)), (i, 1, N))
    E_{x~P}[f(x)]    = Sum(P_Theta(x) f(x), (x, 1, K))
    (1/N) sum_i f    = (1/N) Sum(f(x^(i)), (i, 1, N))

How a row is represented (see derivation/meaning/chain.py): `Row(expr, lhs=None, latex="", line=None,
justification=None, notes=(), error=None)`; a row that could not be read has expr=None and an
`error` saying where and why. `expr` is the SymPy expression after the `=`; `lhs` is the row's
own left side when the row starts a new equation (a definition such as `P = ...` is such a row,
with lhs `P(x)`), and None when the row continues the chain (`&= expr`). `latex` is the row's
text exactly as printed in the source, `line` its 1-based line number there, `justification` an
optional rule name ("definition of P", "log of a quotient", ...), `notes` free remarks. A `Chain`
is a tuple of rows; every consecutive pair is a step, and first row = last row is the claim.

Each object has a `_latex` printer in the post's notation, so `sympy.latex(row.expr)` renders a row
the way the post writes it; `latex_of(expr)` also writes derivatives as the post does (partial).
"""
from __future__ import annotations

import sympy
from sympy import Derivative, Expr, Function, Sum, Symbol, exp, log
from sympy.printing.latex import LatexPrinter
from sympy.printing.precedence import PRECEDENCE

__all__ = [
    "Theta", "N", "K", "i", "x",
    "DataPoint", "Energy", "PartitionFunction", "Probability", "Loss", "ModelExpectation", "DataAverage",
    "DEFINED", "xi", "E", "Z", "P", "L", "expect", "data_average", "d", "data_sum", "state_sum",
    "expand_definitions", "latex_of", "PostLatexPrinter",
]

Theta = Symbol("Theta", real=True)
N = Symbol("N", integer=True, positive=True)
K = Symbol("K", integer=True, positive=True)
i = Symbol("i", integer=True, positive=True)
x = Symbol("x", integer=True, positive=True)


def _state_latex(printer, s) -> str:
    # The post writes states upright: \mathrm{x}, \mathrm{x}^{(i)}.
    if s == x:
        return r"\mathrm{x}"
    return printer._print(s)


class DataPoint(Function):
    """x^(i): the state of the i-th data point, an integer in 1..K."""
    nargs = 1
    is_integer = True
    is_positive = True

    def _latex(self, printer, exp=None):
        idx = printer._print(self.args[0])
        out = r"\mathrm{x}^{(%s)}" % idx
        return r"\left(%s\right)^{%s}" % (out, exp) if exp else out


class Energy(Function):
    """E_Theta(s): the energy of state s, an undefined smooth real function of Theta."""
    nargs = 2
    is_real = True

    def _latex(self, printer, exp=None):
        s, theta = self.args
        out = r"E_{%s}(%s)" % (printer._print(theta), _state_latex(printer, s))
        return r"\left(%s\right)^{%s}" % (out, exp) if exp else out


class PartitionFunction(Function):
    """Z_Theta = sum over the whole state space 1..K of e^{-E_Theta(x)}."""
    nargs = 1
    is_positive = True

    def definition(self) -> Expr:
        return Sum(exp(-Energy(x, self.args[0])), (x, 1, K))

    def _latex(self, printer, exp=None):
        out = r"Z_{%s}" % printer._print(self.args[0])
        return r"%s^{%s}" % (out, exp) if exp else out


class Probability(Function):
    """P_Theta(s) = e^{-E_Theta(s)} / Z_Theta."""
    nargs = 2
    is_positive = True

    def definition(self) -> Expr:
        s, theta = self.args
        return exp(-Energy(s, theta)) / PartitionFunction(theta)

    def _latex(self, printer, exp=None):
        s, theta = self.args
        out = r"P_{%s}(%s)" % (printer._print(theta), _state_latex(printer, s))
        return r"\left(%s\right)^{%s}" % (out, exp) if exp else out


class Loss(Function):
    """L(Theta, D) = -(1/N) sum_{i=1}^N log P_Theta(x^(i)): the negative log-likelihood per data point."""
    nargs = 1
    is_real = True

    def definition(self) -> Expr:
        theta = self.args[0]
        return -Sum(log(Probability(DataPoint(i), theta)), (i, 1, N)) / N

    def _latex(self, printer, exp=None):
        out = r"\mathcal{L}(%s, \mathcal{D})" % printer._print(self.args[0])
        return r"\left(%s\right)^{%s}" % (out, exp) if exp else out


class ModelExpectation(Expr):
    """E_{x~P_Theta}[f] = sum_{x=1}^K P_Theta(x) f. `var` is bound (like a Sum's index)."""
    is_commutative = True

    def __new__(cls, f, var=x, theta=Theta):
        f, var, theta = map(sympy.sympify, (f, var, theta))
        if not isinstance(var, Symbol):
            raise TypeError(f"ModelExpectation: var must be a Symbol (the state index), got {var!r}")
        return Expr.__new__(cls, f, var, theta)

    @property
    def free_symbols(self):
        f, var, theta = self.args
        return (f.free_symbols - {var}) | {theta}

    def _eval_subs(self, old, new):
        if old == self.args[1]:  # the bound state index is not free: substituting it changes nothing
            return self
        return None

    def definition(self) -> Expr:
        f, var, theta = self.args
        return Sum(Probability(var, theta) * f, (var, 1, K))

    def _latex(self, printer, exp=None):
        f, var, theta = self.args
        out = r"E_{%s\sim P_{%s}}\left[%s\right]" % (
            _state_latex(printer, var), printer._print(theta), printer._print(f))
        return r"\left(%s\right)^{%s}" % (out, exp) if exp else out


class DataAverage(Expr):
    """E_{x~P_D}[f] = (1/N) sum_{i=1}^N f, f written with DataPoint(i). `var` is bound."""
    is_commutative = True

    def __new__(cls, f, var=i):
        f, var = map(sympy.sympify, (f, var))
        if not isinstance(var, Symbol):
            raise TypeError(f"DataAverage: var must be a Symbol (the data index), got {var!r}")
        return Expr.__new__(cls, f, var)

    @property
    def free_symbols(self):
        f, var = self.args
        return (f.free_symbols - {var}) | {N}

    def _eval_subs(self, old, new):
        if old == self.args[1]:  # the bound data index is not free
            return self
        return None

    def definition(self) -> Expr:
        f, var = self.args
        return Sum(f, (var, 1, N)) / N

    def _latex(self, printer, exp=None):
        f, var = self.args
        out = r"\frac{1}{N}\sum_{%s=1}^{N}%s" % (printer._print(var), printer._print(f))
        return r"\left(%s\right)^{%s}" % (out, exp) if exp else out


DEFINED = (PartitionFunction, Probability, Loss, ModelExpectation, DataAverage)

# Short constructors, in the post's words.
xi = DataPoint(i)


def E(s) -> Expr:
    """E_Theta(s)."""
    return Energy(s, Theta)


def Z() -> Expr:
    """Z_Theta."""
    return PartitionFunction(Theta)


def P(s) -> Expr:
    """P_Theta(s)."""
    return Probability(s, Theta)


def L() -> Expr:
    """L(Theta, D)."""
    return Loss(Theta)


def expect(f, var=x) -> Expr:
    """E_{x~P_Theta}[f]."""
    return ModelExpectation(f, var, Theta)


def data_average(f, var=i) -> Expr:
    """(1/N) sum_i f."""
    return DataAverage(f, var)


def d(expr, order: int = 1) -> Expr:
    """The (unevaluated) derivative d expr / d Theta."""
    if not isinstance(order, int) or order < 1:
        raise ValueError(f"d: order must be a positive int, got {order!r}")
    return Derivative(expr, (Theta, order))


def data_sum(body) -> Expr:
    """sum_{i=1}^N body."""
    return Sum(body, (i, 1, N))


def state_sum(body) -> Expr:
    """sum_{x=1}^K body: a sum over the whole state space."""
    return Sum(body, (x, 1, K))


def _has_definition(e) -> bool:
    """An object with a fixed definition: the post's (DEFINED) or the vocabulary's (derivation/meaning/vocabulary)."""
    if isinstance(e, DEFINED):
        return True
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

