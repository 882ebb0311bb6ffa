"""`proved`: a symbolic proof of `lhs = rhs` for general N and state-space size K.

Both sides go to the sound normal form of `normal_form.py`; equal normal forms prove the step.
The rules reported are the ones the two sides needed in different amounts: what the step did.
A failure inside SymPy never becomes a proof: it is reported, and the step falls to instances.

No proof where a side may be undefined: a division by something that can be zero, a log of
something that can be non-positive, a non-integer power of something that can be negative, or an
undefined value (SymPy's zoo, nan: `1/0`, `log 0`) anywhere in a side (`domain_risks`). Cancelling
there (a/a = 1, 1/0 = 1/0) would prove rows that have no value; the instances judge them instead.
"""
from __future__ import annotations

from dataclasses import dataclass

import sympy

from derivation.meaning.domains import domain_risks
from derivation.meaning.normal_form import Normalizer, is_positive, risky_denominators, same_value

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


def _has_units(*exprs) -> bool:
    from derivation.meaning.vocabulary import Unit
    return any(e.has(Unit) for e in exprs)


# (lhs, rhs, evaluate?) -> its Proof. A step's pair is proved again under the row's other readings and where the
# claim is tracked (check.py), 10_lisa and 23_tirmisula ask for a third of their pairs twice: the proof is a pure
# function of the two expressions, so each is done once per process. A proof ended by an exception (SymPy's
# recursion depends on the caller's stack; OverBudget passes through) is not remembered.
_PROOFS: dict = {}
_PROOFS_MAX = 1024


def prove(lhs, rhs) -> Proof:
    """Try to prove lhs = rhs; `proved` is False when the normal forms differ (or SymPy failed)."""
    for name, value in (("lhs", lhs), ("rhs", rhs)):
        if not isinstance(value, sympy.Basic):
            raise TypeError(f"prove: {name} must be a SymPy expression, got {type(value).__name__}")
    from sympy.core.parameters import global_parameters
    key = (lhs, rhs, bool(global_parameters.evaluate))
    got = _PROOFS.get(key)
    if got is None:
        got, settled = _prove(lhs, rhs)
        if settled:
            if len(_PROOFS) >= _PROOFS_MAX:
                _PROOFS.clear()
            _PROOFS[key] = got
    return got


def _prove(lhs, rhs) -> tuple[Proof, bool]:
    """(the Proof, whether it may be remembered: False when an exception inside SymPy ended it)."""
    left = domain_risks(lhs)
    risks = left + [r for r in domain_risks(rhs) if r not in left]
    if risks:  # no algebra where a side may have no value: the instances judge it
        return Proof(False, (), None, None, error="a side may be undefined: " + "; ".join(risks)), True
    if lhs == rhs:  # the same expression, symbol for symbol (wherever one side is defined, so is the other)
        return Proof(True, ("the two sides are identical",), lhs, rhs), True
    left, right = Normalizer(), Normalizer()
    try:
        a, b = left.norm(lhs), right.norm(rhs)
        ok = same_value(a, b)
        if not ok and _has_units(a, b):   # explicit energies: try again with the factorisation over units
            left2, right2 = Normalizer(factorise=True), Normalizer(factorise=True)
            a2, b2 = left2.norm(lhs), right2.norm(rhs)
            if same_value(a2, b2):
                left, right, a, b, ok = left2, right2, a2, b2, True
    except (RecursionError, ValueError, TypeError, AttributeError, NotImplementedError) as exc:
        return Proof(False, (), None, None, error=f"{type(exc).__name__}: {exc}"), False
    risky = risky_denominators(a) + risky_denominators(b)
    if ok and risky:  # a/a = 1 needs a != 0: without knowing that, leave the step to the instances
        return Proof(False, (), a, b, error="the sides divide by " + ", ".join(map(str, risky))
                     + ", which is not known to be nonzero"), True
    rules = step_rules(left, right)
    if ok and not rules:
        rules = (SAME,)
    return Proof(bool(ok), rules, a, b), True
