"""A bare letter beside the same letter written with the model's parameter (p beside p_\\theta): two readings.

roles.py makes both the model (P beside p_theta, p beside p_theta: the parameter left out, as authors often
write it). But a bare letter and the same letter with a parameter subscript are two objects unless a row
defines them equal (issue 18 part 1): `E_{x~p}[log p_theta(x)] = E_{x~p_theta}[log p_theta(x)]` beside "let p be
the data distribution" was proved with p merged into p_theta. So the bare letter gets a second reading, a
distribution of its own (arbitrary, like q beside p in roles_choice.py); a row the two readings disagree on is
undecided (readings.py), never proved, and where they agree the verdict stands.

Not a bare letter: p(x | theta), p(x; theta) (the parameter written as an argument), p_data, \\hat p, p', p^*.
A row whose left side is the bare letter (p(x) = p_theta(x), p(x) = e^{-E_theta(x)} / Z_theta) defines it: one
reading, the model.
"""
from __future__ import annotations

import copy
import re

from .roles_letters import DIST_LETTERS, walk

ASSUMES = ("with the bare {letters} a distribution of its own, not the model {letters}_\\theta (the main reading "
           "takes {letters} as the model with its parameter left out)")
HINT = "write the parameter where the model is meant ({letters}_\\theta), or define {letters} in a row of its own"


def _bare(n, params) -> bool:
    """Whether AST node `n` is a distribution letter written bare (no subscript, superscript, prime or accent)."""
    return n[0] == "sym" and n[1] in DIST_LETTERS - {"pi"} and n[2] == "" and n[3] is None and not n[4] and n[5] is None


def _bare_nodes(side, params) -> set:
    """The bare distribution letters of `side` (an AST); a letter applied with a parameter among its arguments
    (p(x | theta)) is not bare."""
    out = set()

    def visit(n):
        if isinstance(n, list):
            for a in n:
                visit(a)
            return
        if not isinstance(n, tuple) or not n:
            return
        if n[0] == "app" and isinstance(n[1], tuple) and n[1][0] == "sym" and any(
                a[0] == "sym" and a[1] in params for a in list(n[2]) + list(n[3])):
            visit(list(n[2]) + list(n[3]))   # the head carries the parameter: only its arguments are looked at
            return
        if _bare(n, params):
            out.add(n[1])
        for a in n[1:]:
            visit(a)
    visit(side)
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
        if head[0] == "sym" and _bare(head, params) and _bare_nodes(sides[0], params):
            out.add(head[1])
    return out


def bare_letters(roles, rows) -> set:
    """The model's letters written both bare and with the model's parameter, and defined by no row."""
    params = set(roles.params) | set(getattr(roles, "aliases", {}) or ())
    sides = [s for row in rows for s in row if isinstance(s, tuple)]
    bare = set().union(*(_bare_nodes(s, params) for s in sides)) if sides else set()
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
        return any(_bare_nodes(s, params) & letters for s in sides_of(rr) if isinstance(s, tuple))
    meaning = (explicit and explicit(rows, other, text)) or meaning_cls(other)
    return [(ASSUMES.format(letters=names), HINT.format(letters=names), meaning, applies)]


# The post's grammar (chains.py: a document it reads side for side keeps its reading) reads p(x) and p_theta(x)
# both as P_theta: a document writing the same letter both ways goes to the general reader, which reads it twice.
_WITH_PARAM = re.compile(r"(?<![\\A-Za-z])([pP])\s*_\s*\{?\s*(?:\\math[a-z]+\s*\{\s*)?\\(?:theta|Theta|vartheta)(?![A-Za-z])")
_GROUPS = re.compile(r"\\(?:mathcal|mathscr|mathbb|mathfrak|text[a-z]*|mathrm|operatorname|mbox)\s*\{[^{}]*\}")
_BARE = re.compile(r"(?<![\\A-Za-z])([pP])(?!\s*[_'^A-Za-z])")


def mixes_bare(texts) -> bool:
    """Whether rows (LaTeX texts) write a distribution letter with the parameter (p_\\theta) and the same letter
    bare (p(x), x \\sim p)."""
    texts = [t for t in texts if t]
    written = {m.group(1) for t in texts for m in _WITH_PARAM.finditer(t)}
    if not written:
        return False
    bare = {m.group(1) for t in texts for m in _BARE.finditer(_GROUPS.sub(" ", t))}
    return bool(written & bare)
