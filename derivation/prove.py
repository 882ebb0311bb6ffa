"""`proved`: a symbolic proof of `lhs = rhs` for general N and state-space size K.

Both sides go to the sound normal form of `normal_form.py`; equal normal forms prove the step.
The rules reported are the ones the two sides needed in different amounts: what the step did.
A failure inside SymPy never becomes a proof: it is reported, and the step falls to instances.
"""
from __future__ import annotations

from dataclasses import dataclass

import sympy

from .normal_form import Normalizer, risky_denominators, same_value

SAME = "same normal form (a rearrangement)"


@dataclass(frozen=True)
class Proof:
    proved: bool
    rules: tuple[str, ...]
    lhs_normal: sympy.Expr | None
    rhs_normal: sympy.Expr | None
    error: str | None = None


def step_rules(left: Normalizer, right: Normalizer) -> tuple[str, ...]:
    """Rules fired a different number of times on the two sides, in order of first use."""
    order = list(dict.fromkeys([*left.rules, *right.rules]))
    return tuple(r for r in order if left.rules[r] != right.rules[r])


def prove(lhs, rhs) -> Proof:
    """Try to prove lhs = rhs; `proved` is False when the normal forms differ (or SymPy failed)."""
    for name, value in (("lhs", lhs), ("rhs", rhs)):
        if not isinstance(value, sympy.Basic):
            raise TypeError(f"prove: {name} must be a SymPy expression, got {type(value).__name__}")
    if lhs == rhs:  # the same expression, symbol for symbol (wherever one side is defined, so is the other)
        return Proof(True, ("the two sides are identical",), lhs, rhs)
    left, right = Normalizer(), Normalizer()
    try:
        a, b = left.norm(lhs), right.norm(rhs)
        ok = same_value(a, b)
    except (RecursionError, ValueError, TypeError, AttributeError, NotImplementedError) as exc:
        return Proof(False, (), None, None, error=f"{type(exc).__name__}: {exc}")
    risky = risky_denominators(a) + risky_denominators(b)
    if ok and risky:  # a/a = 1 needs a != 0: without knowing that, leave the step to the instances
        return Proof(False, (), a, b, error="the sides divide by " + ", ".join(map(str, risky))
                     + ", which is not known to be nonzero")
    rules = step_rules(left, right)
    if ok and not rules:
        rules = (SAME,)
    return Proof(bool(ok), rules, a, b)
