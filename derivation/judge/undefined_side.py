"""Why a step whose counterexample leaves one side without a value is invalid, in words a student can act on.

The policy (DESIGN.md, "What a step's verdict means"; derivation/README.md): a row is valid when it holds on every
instance, every value of the parameters included. A side that writes a division by something that can vanish
((theta^3 - theta)/(theta^2 - 1) = theta at theta = 1) has no value there while the other side has one: the row does
not hold there, and the counterexample shows it (hostile set 5, E13: kept `invalid`, as dE/dE = 1 is). Cancelling
such a factor is right only where it is not zero, and the author can say where: `\\quad \\text{for } \\theta > 1`
(conditions.py) has the row judged there. This module only words it; it never changes a verdict.
"""
from __future__ import annotations

import sympy


def undefined_side(counterexample) -> str | None:
    """'left' or 'right' when exactly that side of the counterexample has no value (0/0, a division by zero)."""
    if counterexample is None:
        return None
    bad = [name for name, v in (("left", counterexample.lhs), ("right", counterexample.rhs))
           if v.has(sympy.nan, sympy.zoo, sympy.oo, -sympy.oo)]
    return bad[0] if len(bad) == 1 else None


def explain(counterexample, lhs, rhs) -> str | None:
    """The words for a counterexample at which one side has no value, naming the divisions it writes."""
    side = undefined_side(counterexample)
    if side is None:
        return None
    from derivation.meaning.domains import domain_risks
    divisions = [r for r in domain_risks(lhs if side == "left" else rhs) if r.startswith("a division")]
    where = f" ({'; '.join(divisions)})".replace("**", "^") if divisions else ""
    return (f"The {side} side has no value at this point{where}, while the other side has one: the row does not "
            "hold for every value, as a step must. Cancelling a factor is right only where it is not zero; to have the "
            "row judged where it is defined, write where that is after it (\\quad \\text{for } \\theta > 1).")
