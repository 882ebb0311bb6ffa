"""A bare letter beside the same letter written with the model's parameter (p beside p_\\theta): two readings.

roles.py makes both the model (P beside p_theta, p beside p_theta: the parameter left out, as authors often
write it). But a bare letter and the same letter with a parameter subscript are two objects unless a row
defines them equal (issue 18 part 1): `E_{x~p}[log p_theta(x)] = E_{x~p_theta}[log p_theta(x)]` beside "let p be
the data distribution" was proved with p merged into p_theta. So a bare letter written as the distribution of an
expectation (x ~ p, E_p, <f>_p: where one writes the distribution sampled from, often the data's) gets a second
reading, a distribution of its own (arbitrary, like q beside p in roles_choice.py); a row the two readings
disagree on is undecided (readings.py), never proved, and where they agree the verdict stands. A bare p(x)
applied beside p_theta(x) is the common shorthand for the model's density (its parameter left out): one reading
(tests/derivation/test_latex_notations.py's `partial` notation writes P(x) beside E_{P_Theta}).

Not a bare letter: p(x | theta), p(x; theta) (the parameter written as an argument), p_data, \\hat p, p', p^*.
A row whose left side is the bare letter (p(x) = p_theta(x), p(x) = e^{-E_theta(x)} / Z_theta) defines it: one
reading, the model.
"""
from __future__ import annotations

import copy

from .roles_letters import DIST_LETTERS, walk

ASSUMES = ("with the bare {letters} a distribution of its own, not the model {letters}_\\theta (the main reading "
           "takes {letters} as the model with its parameter left out)")
HINT = "write the parameter where the model is meant ({letters}_\\theta), or define {letters} in a row of its own"


def _bare(n, params) -> bool:
    """Whether AST node `n` is a distribution letter written bare (no subscript, superscript, prime or accent)."""
    return n[0] == "sym" and n[1] in DIST_LETTERS - {"pi"} and n[2] == "" and n[3] is None and not n[4] and n[5] is None


def _bare_nodes(side, params) -> set:
    """The distribution letters `side` (an AST) writes bare as the distribution of an expectation or a bracket
    (x \\sim p, \\mathbb{E}_p, \\langle f \\rangle_p): the place of a distribution one samples from, the data's in
    E_{x \\sim p}[\\log p_\\theta(x)]. A bare p(x) applied beside p_\\theta(x) is the usual shorthand for the model's
    density (its parameter left out), one reading; p(x | theta) carries the parameter."""
    out = set()
    for n in walk(side):
        d = n[1] if n[0] in ("expect", "expect_given") else n[2] if n[0] == "bracket" and len(n) > 2 else None
        if isinstance(d, tuple) and d and d[0] == "sim":
            d = d[2]
        if isinstance(d, tuple) and d and d[0] == "app" and isinstance(d[1], tuple) and not any(
                a[0] == "sym" and a[1] in params for a in list(d[2]) + list(d[3])):
            d = d[1]
        if isinstance(d, tuple) and d and _bare(d, params):
            out.add(d[1])
    return out


def _applied_bare(side, params) -> set:
    """Distribution letters `side` applies bare, without a parameter among the arguments (p(x), not p(x | theta))."""
    return {n[1][1] for n in walk(side) if n[0] == "app" and isinstance(n[1], tuple) and _bare(n[1], params)
            and not any(a[0] == "sym" and a[1] in params for a in list(n[2]) + list(n[3]))}


def row_bare(sides, params) -> set:
    """The bare letters of one row that may name another object than the same letter with the parameter: those
    written as an expectation's distribution, and those applied bare in a row that also writes the letter with
    the parameter (sum_x p(x) log p_theta(x): why write the parameter on one and not the other?)."""
    sides = [s for s in sides if isinstance(s, tuple)]
    out = set().union(*(_bare_nodes(s, params) for s in sides)) if sides else set()
    if sides:
        out |= set().union(*(_applied_bare(s, params) for s in sides)) & set().union(
            *(_with_param(s, params) for s in sides))
    return out


def _with_param(side, params) -> set:
    """Distribution letters written with a model parameter in their subscript (p_\\theta)."""
    return {n[1] for n in walk(side) if n[0] == "sym" and n[1] in DIST_LETTERS and n[2] == "" and n[3] is not None
            and any(s[0] == "sym" and s[1] in params for s in walk(n[3]))}


def _defined(rows, params) -> set:
    """Bare letters a row defines: its first side is the bare letter (applied or not)."""
    out = set()
    for row in rows:
        sides = [s for s in row if isinstance(s, tuple)]
        if len(sides) < 2:
            continue
        head = sides[0][1] if sides[0][0] == "app" else sides[0]
        if isinstance(head, tuple) and head[0] == "sym" and _bare(head, params):
            out.add(head[1])
    return out


def bare_letters(roles, rows) -> set:
    """The model's letters written both bare and with the model's parameter, and defined by no row."""
    params = set(roles.params) | set(getattr(roles, "aliases", {}) or ())
    sides = [s for row in rows for s in row if isinstance(s, tuple)]
    bare = set().union(*(row_bare(row, params) for row in rows)) if rows else set()
    written = set().union(*(_with_param(s, params) for s in sides)) if sides else set()
    return (bare & written & set(roles.model)) - _defined(rows, params)


def bare_readings(roles, meaning_cls, explicit, rows, text, sides_of) -> list[tuple]:
    """[(assumes, hint, meaning, applies)]: the bare letters read as distributions of their own."""
    letters = bare_letters(roles, rows)
    if not letters:
        return []
    other = copy.copy(roles)
    other.bare_apart = frozenset(letters)
    names = ", ".join(sorted(letters))
    params = set(roles.params) | set(getattr(roles, "aliases", {}) or ())

    def applies(rr):
        return bool(row_bare(sides_of(rr), params) & letters)
    meaning = (explicit and explicit(rows, other, text)) or meaning_cls(other)
    return [(ASSUMES.format(letters=names), HINT.format(letters=names), meaning, applies)]
