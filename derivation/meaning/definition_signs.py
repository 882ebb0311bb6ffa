"""A row typed with a definition sign (:=, \\coloneqq, \\triangleq, \\equiv) whose left side is an expression of a
function nothing gives a meaning: `\\nabla_\\theta \\log \\ell(\\theta; x) := \\nabla_\\theta \\log p(x; \\theta) = ...`.

The author names something (the score of a likelihood ell) by the sign: that link is a definition, shown, not
judged (judged, ell was an arbitrary function and the row undecided at best). Only a function applied to
arguments on the left, absent from the right, that is no object of the vocabulary (p, E, Z, F, L, ...), no
function with a meaning of its own (sigma, log), no parameter and not defined before: otherwise the row stays a
claim and is judged as before. Nothing is bound: ell keeps no meaning in later rows (a row using it is judged
with ell arbitrary, or tied to the model by model_ties.py, as without this row).
"""
from __future__ import annotations

from .roles import DIST_LETTERS, ENERGY_LETTERS, FREE_ENERGY, LOSS, PARTITION, walk


def introduced(lhs, rhs, m) -> str | None:
    """The name of the function the left side introduces, or None."""
    if not isinstance(lhs, tuple) or not isinstance(rhs, tuple) or lhs[0] in ("sym", "app"):
        return None   # f(x) := ... or f := ...: the new-symbol rule (general_chains.py) reads those
    heads = [n[1] for n in walk(lhs) if n[0] == "app" and n[1][0] == "sym"]
    on_right = {n[1] for n in walk(rhs) if n[0] == "sym"}
    for h in heads:
        name, deco = h[1], h[2]
        if name in on_right or name in DIST_LETTERS or (name, deco) in ENERGY_LETTERS | PARTITION | FREE_ENERGY \
                | LOSS or m.has_fixed_meaning(h) or name in m.params or name in getattr(m, "second", ()) \
                or ("def", name) in m.defs or name == "beta":
            continue
        return name
    return None


def named_symbol(lhs, rhs, m) -> str | None:
    """`\\text{Let } \\text{part1} = ...`, `g := ...`: the plain letter or word a definition sign names, when it is no
    object of the vocabulary, no parameter, not defined before and not on the right; else None (a claim)."""
    if not isinstance(lhs, tuple) or lhs[0] != "sym" or lhs[3] is not None or lhs[4] or lhs[5] is not None \
            or lhs[2] not in ("", "text", "rm"):
        return None
    name, deco = lhs[1], lhs[2]
    from .meaning_operators import STATE_NAMES
    if len(name) == 1 and deco == "" and (name in STATE_NAMES or name in getattr(m.r, "dist_states", ())
                                          or any(name == h for h, _ in getattr(m.r, "hidden_letters", ()))):
        return None   # \text{and } v = 1: a value of a state, never a new name for every later row
    if name in DIST_LETTERS or (name, deco) in ENERGY_LETTERS | PARTITION | FREE_ENERGY | LOSS or name in m.params \
            or name in getattr(m, "second", ()) or ("def", name) in m.defs or name == "beta" \
            or any(n[0] == "sym" and n[1] == name for n in walk(rhs)):
        return None
    return name
