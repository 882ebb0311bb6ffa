"""A parameter only differentiated by, beside objects written with another parameter: two readings.

roles.py makes every letter a row differentiates by a parameter of the model (the partial, nabla). Where the
model's objects are all written with their parameter (Z_\\theta, p_\\theta, E(x; \\theta)) and a Greek letter a
row differentiates by is written on none of them (\\nabla_\\phi \\log Z_\\theta), it may be a component of the
model's parameter (the main reading) or a quantity the written objects do not depend on: two objects that
differ in a written parameter are different objects (issue 18 part 1). The second reading makes it a
parameter of no model object; a row the two readings disagree on is undecided (readings.py).
"""
from __future__ import annotations

import copy

from .roles_letters import DIST_LETTERS, ENERGY_LETTERS, FREE_ENERGY, GREEK_PARAMS, PARTITION, walk

ASSUMES = ("with {letters} a quantity the objects written with another parameter do not depend on (the main "
           "reading takes {letters} as a parameter of the model)")
HINT = "write the parameter on the objects that depend on it (Z_{{\\theta, {first}}}), or differentiate by theirs"


def _object(n) -> bool:
    return n[0] == "sym" and (n[1] in DIST_LETTERS or (n[1], n[2]) in ENERGY_LETTERS | PARTITION | FREE_ENERGY)


def unwritten(roles, sides) -> set:
    """Greek parameters differentiated by and written on no model object, where some object carries another."""
    written, diff = set(), set()
    for n in (n for s in sides for n in walk(s)):
        if n[0] == "d" and isinstance(n[1], list):
            diff |= {v[1] for v, _ in n[1] if v[0] == "sym" and v[3] is None}
        letters = set()
        if _object(n) and n[3] is not None:
            letters = {s[1] for s in walk(n[3]) if s[0] == "sym"}
        elif n[0] == "app" and _object(n[1]):
            letters = {a[1] for a in list(n[2]) + list(n[3]) for a in walk(a) if a[0] == "sym"}
        written |= letters
    params = set(roles.params)
    out = (diff & params & GREEK_PARAMS) - {"beta"} - written
    return out if out and written & params else set()


def unwritten_readings(roles, meaning_cls, explicit, rows, text) -> list[tuple]:
    """[(assumes, hint, meaning, applies)]: each such parameter a quantity no model object depends on."""
    sides = [s for row in rows for s in row if isinstance(s, tuple)]
    letters = unwritten(roles, sides)
    if not letters:
        return []
    other = copy.copy(roles)
    other.params = set(roles.params) - letters
    other.second_params = set(roles.second_params) | letters
    names = ", ".join(sorted(letters))
    meaning = (explicit and explicit(rows, other, text)) or meaning_cls(other)
    return [(ASSUMES.format(letters=names), HINT.format(first=sorted(letters)[0]), meaning, lambda rr: True)]
