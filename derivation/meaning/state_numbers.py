"""A state used as a number where the document declares no values for it (issue 18 part 5).

The checker's state is one of K states, and where a row uses it as a number (s^2, e^{a x}, sum_s s^2) the
reading gives it its label 1..K and assumes it a positive integer: a meaning nobody wrote. declared_sets.py
binds the values the document declares in inline maths; where nothing declares them, a counterexample that
gives such a state its label refutes nothing the author wrote (s^2 = 1 for spins, sum_s s^2 = 2 for binary
units): `invalid` becomes `undecided`, naming the state and how to declare its values. `proved` and `holds`
stand as before (the labels are one set of values among those the author may mean; issue 18 part 3 asks that
they range over more).

A row that uses its states only as states (E(x), p(x)) is judged as before.
"""
from __future__ import annotations

from dataclasses import replace

import sympy


def is_state(sym) -> bool:
    """A state symbol of either reader: the post's x, or a State / Hidden of the vocabulary."""
    from .notation import x
    from .vocabulary.base import Hidden, State
    return sym == x or isinstance(sym, (State, Hidden))


def state_sums(e):
    """The sums over a whole state space (x from 1 to K, h from 1 to M) in `e`."""
    return [s for s in e.atoms(sympy.Sum) if len(s.limits) == 1 and s.limits[0][1] == 1
            and getattr(s.limits[0][2], "name", "") in ("K", "M")]


def summed_as_number(e) -> bool:
    """Whether `e` sums over a state a body that uses the state as a number."""
    from .number_uses import used_as_number as _used_as_number
    return any(_used_as_number(s.function, s.limits[0][0]) for s in state_sums(e))


def free_as_number(e) -> set:
    """The free states `e` uses as numbers (outside the objects that take them as states)."""
    from .number_uses import used_as_number as _used_as_number
    return {v for v in e.free_symbols if is_state(v) and _used_as_number(e, v)}


def _opened(e):
    """`e` with every object whose definition uses a state as a number (G(theta) = log sum_x h(x) e^{x theta},
    defined by the document) replaced by its definition: its states are labels too."""
    from .vocabulary.base import Obj
    for _ in range(5):
        found = {}
        for o in sympy.preorder_traversal(e):
            d = o.definition() if isinstance(o, Obj) and type(o).definition is not Obj.definition else None
            if isinstance(d, sympy.Basic) and (summed_as_number(d) or free_as_number(d)):
                found[o] = d
        if not found:
            return e
        e = e.xreplace(found)
    return e


def _undecided(rep, why):
    return replace(rep, verdict="undecided", limit="declaration", counterexample=None, rules=(),
                   explanation=f"Undecided: {why}; declare its values beside the display (e.g. "
                               "$x \\in \\{-1, +1\\}$ or $x \\in \\{0, 1\\}$).")


def judge(rep, lhs, rhs, timeout=None):
    """The step report `rep` judged with no declared values for the states its reading uses as numbers."""
    if rep.verdict != "invalid":
        return rep
    lhs, rhs = _opened(lhs), _opened(rhs)
    names = sorted({s.limits[0][0].name.lstrip("_") for side in (lhs, rhs) for s in state_sums(side)
                    if summed_as_number(s)} | {v.name.lstrip("_") for side in (lhs, rhs) for v in free_as_number(side)})
    if not names:
        return rep
    return _undecided(rep, f"the row uses the state {', '.join(names)} as a number, and the document declares no "
                           "values for it: the counterexample gives it its label, which refutes nothing the author "
                           "wrote")


def root_of_state(base, exponent) -> str | None:
    """The name of a free state `base` uses as a number under a root or a non-integer power (\\sqrt{x^2}, x^{1/2}), or
    None. The reading's state is a label 1..K, a positive integer, and SymPy simplifies \\sqrt{x^2} to x at once on that
    assumption: the row was read as x = x and proved, also at the values -1, +1 a document declares. No reading that
    keeps the root exists yet, so such a row is not read (meaning.py's t_sqrt and t_pow refuse it)."""
    if not isinstance(exponent, sympy.Expr) or not exponent.is_number or exponent.is_integer is not False:
        return None
    found = sorted(v.name.lstrip("_") for v in free_as_number(base)) if isinstance(base, sympy.Expr) else []
    return found[0] if found else None
