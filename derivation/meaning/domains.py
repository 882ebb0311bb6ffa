"""Where an expression may have no real value (a division by zero, a log of a non-positive number, a
non-integer power of a negative one), in words. Building a side (built.py) keeps a rewrite only when it
removes no such risk; the judge (derivation/judge/prove.py) refuses to prove across one."""
from __future__ import annotations

import sympy

from .budget import TooLarge
from .normal_form import is_positive


UNDEFINED = (sympy.zoo, sympy.nan, sympy.oo, -sympy.oo)


def domain_risks(expr) -> list[str]:
    """Where expr may have no real value, in words (empty: defined on every finite instance)."""
    from .budget import TooLarge
    out: list[str] = []

    def add(text):
        if text not in out:
            out.append(text)

    if expr.has(*UNDEFINED):
        add("an undefined value (a division by zero or a log of zero)")
    if expr.atoms(TooLarge):
        add("a number over the checker's budget")
    for e in sympy.preorder_traversal(expr):
        if isinstance(e, sympy.Pow):
            b, n = e.args
            if is_positive(b):
                continue
            if n.is_number and n.is_negative:
                add(f"a division by {b}, which can be zero")
            elif not n.is_Integer:
                add(f"a non-integer power of {b}, which can be negative")
        elif isinstance(e, sympy.log) and not is_positive(e.args[0]):
            add(f"a log of {e.args[0]}, which can be zero or negative")
    return out
