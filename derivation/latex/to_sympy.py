"""AST of the post's grammar -> the checker's SymPy expressions (derivation/notation.py); chains.py makes Chains.

The meaning of every symbol is fixed here, never taken from the document: `Z` is the
partition function over the whole state space whatever the document says it is, a sum
over i = 1..N is over the data, a sum over x is over the state space. A data point
x^(i) is DataPoint(i); inside E_{x~P_D}[...] the bound state is the data point. A data point with
a free index (x_j, x_k outside any sum) is a point of its own: DataPoint(j) and DataPoint(k) are
different points, so E(x_j) = E(x_k) is not an identity.

Guards (derivation/budget.py): a number the checker could not hold (a 5000-digit literal,
10^{10^{10}}, 9^{9^{9}}) is never built: a TooLarge marker stands in its place and the step is
`undecided`. A side holding a division by something that can be zero, a log of something that can
be non-positive or a fractional power of something that can be negative is built unevaluated, so
SymPy cannot cancel a/a or 1/a - 1/a before the checker sees it (prove.py refuses such proofs).
"""
from __future__ import annotations

import math

import sympy

from .. import notation as nt
from ..budget import TooDeep, TooLarge


MAX_POWER_DIGITS = 10_000   # a numeric power larger than this is never computed (SymPy would, eagerly)
MAX_DERIVATIVE_ORDER = 8    # d/dTheta applied more often is not built (SymPy's Derivative is slow to nest)


def data_index(name: str) -> sympy.Symbol:
    """The symbol of a data index: i (the notation's) or another letter, a point of its own."""
    return nt.i if name == "i" else sympy.Symbol(name, integer=True, positive=True)


def _point(node, data_bound: bool):
    if node[0] == "x_i":
        return nt.DataPoint(data_index(node[1]))
    if node == ("x",) and data_bound:
        return nt.DataPoint(nt.i)
    return nt.x


def _derivative_order(e) -> int:
    """How many times d/dTheta is applied at the top of e (nested or merged Derivatives alike)."""
    n = 0
    while isinstance(e, sympy.Derivative):
        n += sum(int(c) if c.is_number else MAX_DERIVATIVE_ORDER + 1 for _, c in e.variable_count)
        e = e.expr
    return n


def _number(n) -> sympy.Expr:
    if isinstance(n, str):  # the parser kept a literal too long for int()
        return TooLarge(f"a number of {len(n)} digits")
    return sympy.Integer(n)


def _numeric_power(a, b):
    """a^b for numbers, or a TooLarge marker when it would have more than MAX_POWER_DIGITS digits."""
    try:
        with sympy.evaluate(True):  # the estimate in numbers, also while a side is built unevaluated
            va, vb = sympy.N(a, 15), sympy.N(b, 15)
            la = abs(sympy.log(abs(va), 10)) if va != 0 else 0
            digits = float(abs(vb) * la)
    except (TypeError, ValueError, OverflowError, ArithmeticError, RecursionError):
        digits = math.inf
    if not digits <= MAX_POWER_DIGITS:
        return TooLarge(f"a power of about {digits:.3g} digits" if math.isfinite(digits) else "a power too large to hold")
    return a ** b


def to_sympy(node, data_bound: bool = False) -> sympy.Expr:
    """One AST node -> SymPy. `data_bound`: a bare x stands for the data point (inside E_{P_D})."""
    kind, args = node[0], node[1:]

    def go(n):
        return to_sympy(n, data_bound)

    if kind == "num":
        return _number(args[0])
    if kind == "N":
        return nt.N
    if kind == "e":
        return sympy.E
    if kind == "add":
        return sympy.Add(*map(go, args))
    if kind == "neg":
        return -go(args[0])
    if kind == "mul":
        return sympy.Mul(*map(go, args))
    if kind == "div":
        return go(args[0]) / go(args[1])
    if kind == "pow":
        a, b = go(args[0]), go(args[1])
        if a.is_number and b.is_number and not (a.atoms(TooLarge) or b.atoms(TooLarge)):
            return _numeric_power(a, b)
        return a ** b
    if kind == "exp":
        return sympy.exp(go(args[0]))
    if kind == "log":
        return sympy.log(go(args[0]))
    if kind == "d":
        inner = go(args[0])
        if 1 + _derivative_order(inner) > MAX_DERIVATIVE_ORDER or inner.atoms(TooDeep):
            return TooDeep(f"a derivative of order above {MAX_DERIVATIVE_ORDER}")
        with sympy.evaluate(True):  # the order an Integer even in a side built unevaluated (1 + 1 breaks
            return nt.d(inner)      # Derivative.variables); the expression inside stays as built
    if kind == "sum_data":
        return nt.data_sum(go(args[0]))
    if kind == "sum_states":
        return nt.state_sum(to_sympy(args[0], False))
    if kind == "E":
        return nt.E(_point(args[0], data_bound))
    if kind == "P":
        return nt.P(_point(args[0], data_bound))
    if kind == "Z":
        return nt.Z()
    if kind == "L":
        return nt.L()
    if kind == "expect_model":
        return nt.expect(to_sympy(args[0], False))
    if kind == "expect_data":
        return nt.data_average(to_sympy(args[0], True))
    raise ValueError(f"to_sympy: unknown AST node {kind!r}")


def built_safely(convert, node) -> sympy.Expr:
    """convert(node), or the same side built unevaluated when it holds a risky division, log or root:
    SymPy would cancel (N-1)/(N-1), exp(log a) or log a - log a while building it, before the prover
    could see that the side has no value where the cancelled factor is 0 (or not positive)."""
    from ..prove import domain_risks
    expr = convert(node)
    try:
        with sympy.evaluate(False):
            raw = convert(node)
    except Exception:  # noqa: BLE001 - a reading that needs evaluation: judge the evaluated side
        return expr
    return raw if domain_risks(raw) else expr


def side_to_sympy(node) -> sympy.Expr:
    """A whole side of the post's grammar, built safely (built_safely)."""
    return built_safely(to_sympy, node)
