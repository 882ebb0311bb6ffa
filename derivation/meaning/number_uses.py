"""Where a row uses a state as a number (s^2, sum_s s e^{J s}) rather than as the argument of an object
(E(s), p(s)): declared_sets.py and state_numbers.py both ask, so the question lives below both of them."""
from __future__ import annotations

import sympy


def objects_of(e):
    """The objects of the vocabulary or of the post's notation in `e` (E(x), p(x), f(x)): their arguments are
    states, never numbers; the elementary functions (exp, log, cosh) are not among them."""
    from .vocabulary.base import Obj
    return {o for o in sympy.preorder_traversal(e) if isinstance(o, Obj) or (
        isinstance(o, sympy.Function) and not type(o).__module__.startswith("sympy"))}


def used_as_number(e, var) -> bool:
    """Whether `var` occurs in `e` outside the objects (as a number, not a state)."""
    hidden = {o: sympy.Dummy() for o in objects_of(e) if var in o.free_symbols}
    return var in e.xreplace(hidden).free_symbols
