"""Building a side's SymPy expression within the checker's limits (derivation/meaning/budget.py).

    number(text)         a literal, or a TooLarge marker past MAX_LITERAL_DIGITS (a 5000-digit literal is never
                         turned into an int: Python refuses, and the step is `undecided` naming the digits)
    numeric_power(a, b)  a^b for numbers, or a TooLarge marker past MAX_POWER_DIGITS (9^{9^{9}} never computed)
    data_index(name)     the symbol of a data index: i (the notation's) or another letter, a point of its own
    built_safely(convert, node)   the side built unevaluated where it holds a risky division, log or root, so
                         SymPy cannot cancel a/a or 1/a - 1/a before the prover sees it (prove.py refuses them)

Every side of every document goes through built_safely once (chains.py); the worker watches each call as a
unit of its own (bounded.watch_reading), so a side SymPy cannot finish building is unreadable, never a hang.
"""
from __future__ import annotations

import math

import sympy

from . import notation as nt
from .budget import TooLarge

MAX_POWER_DIGITS = 10_000   # a numeric power larger than this is never computed (SymPy would, eagerly)
MAX_LITERAL_DIGITS = 4_000  # below Python's int-from-string limit; the budget refuses past 1000 digits anyway


def number(text: str) -> sympy.Expr:
    """A literal as written: an Integer, a Rational for a decimal, a TooLarge marker when too long."""
    digits = sum(c.isdigit() for c in str(text))
    if digits > MAX_LITERAL_DIGITS:
        return TooLarge(f"a number of {digits} digits")
    return sympy.Rational(str(text)) if "." in str(text) else sympy.Integer(int(text))


def numeric_power(a, b):
    """a^b for numbers, or a TooLarge marker when it would have more than MAX_POWER_DIGITS digits."""
    try:
        with sympy.evaluate(True):  # the estimate in numbers, also while a side is built unevaluated
            va, vb = sympy.N(a, 15), sympy.N(b, 15)
            la = abs(sympy.log(abs(va), 10)) if va != 0 else 0
            if a.is_Rational and not a.is_Integer:   # (1 + 10^-16)^(10^16): near 1 in value, huge numerator and
                la = max(la, math.log10(abs(a.p)) + math.log10(a.q))   # denominator: SymPy hung building them
            digits = float(abs(vb) * la)
    except (TypeError, ValueError, OverflowError, ArithmeticError, RecursionError):
        digits = math.inf
    if not digits <= MAX_POWER_DIGITS:
        return TooLarge(f"a power of about {digits:.3g} digits" if math.isfinite(digits) else "a power too large to hold")
    return a ** b


def data_index(name: str) -> sympy.Symbol:
    """The symbol of a data index: i (the notation's) or another letter, a point of its own."""
    return nt.i if name == "i" else sympy.Symbol(name, integer=True, positive=True)


def built_safely(convert, node) -> sympy.Expr:
    """convert(node), or the same side built unevaluated when it holds a risky division, log or root:
    SymPy would cancel (N-1)/(N-1), exp(log a) or log a - log a while building it, before the prover
    could see that the side has no value where the cancelled factor is 0 (or not positive)."""
    from .domains import domain_risks
    expr = convert(node)
    try:
        with sympy.evaluate(False):
            raw = convert(node)
    except Exception:  # noqa: BLE001 - a reading that needs evaluation: judge the evaluated side
        return expr
    return raw if domain_risks(raw) else expr
