"""A parameter letter the document introduces by defining it: `\\eta = \\log\\lambda` before any row uses eta.

roles.py counts every letter that a row differentiates by, or writes as a subscript or argument of the model,
as a model parameter, across the whole document. A parameter's row `\\theta = 0.5` states a value, and is
judged. But an exponential-family read-off (`\\eta = \\log\\lambda`, then `A(\\eta) = \\lambda = e^{\\eta}`)
introduces eta there: no row before it writes eta, and its right side is written in other letters. Judged
as a claim with eta and lambda drawn apart, the row and every later row that relies on it are refuted
(a false reject on real documents, realworld_blind6 02). The row is the definition of eta in terms of the
letters on its right (../shared/DESIGN.md, "The document's definitions bind"): eta is no longer a free
parameter of its own, and the rows after it read eta as its definition, so a counterexample respects it.

Only when nothing else could be meant: the letter's first appearance in the whole document is the left side
of that row (alone, no index, prime, hat or power), the right side does not write it and is written in other
letters, and no other row defines it again the same way. beta keeps its meaning (the model's inverse
temperature): `\\beta = 1/(k_B T)` stays a claim judged against the model's beta.
"""
from __future__ import annotations

import re

import sympy

from .roles import DIST_LETTERS, ENERGY_LETTERS, FREE_ENERGY, PARTITION
from .roles_letters import walk

MODEL_HEADS = set(DIST_LETTERS) | {n for n, _ in ENERGY_LETTERS | FREE_ENERGY | PARTITION}

KEEP = {"beta", "e", "pi", "infty"}


def _bare(n) -> bool:
    return n[0] == "sym" and n[2] == "" and n[3] is None and not n[4] and n[5] is None


def _letters(node) -> set:
    return {n[1] for n in walk(node) if n[0] == "sym"}


def defined_first(rows, params) -> set:
    """The letters of `params` that the document introduces by a definition row. `rows`: [(sides, relation,
    texts)] in document order: the parsed sides of each row (a Problem or None where a side was not read) and
    their source texts."""
    first, defining = {}, {}
    for k, (sides, relation, texts) in enumerate(rows):
        written = set()
        for s, text in zip(sides, texts):
            if isinstance(s, tuple):
                written |= _letters(s)
            elif text:   # a side not read: the letters its source writes (\eta, or a Latin letter alone)
                written |= {p for p in params if _writes(text, p)}
        for letter in written:
            first.setdefault(letter, k)
        if len(sides) == 2 and relation in ("equality", "definition") and all(isinstance(s, tuple) for s in sides) \
                and _bare(sides[0]):
            defining.setdefault(sides[0][1], []).append(k)
    out = set()
    for letter in set(params) - KEEP - _carried(rows):
        rows_defining = defining.get(letter, [])
        if len(rows_defining) != 1 or first.get(letter) != rows_defining[0]:
            continue
        rhs = rows[rows_defining[0]][0][1]
        others = _letters(rhs) - {letter, "e", "pi", "exp", "log", "ln"}
        if letter not in _letters(rhs) and others and rhs[0] != "sym":
            out.add(letter)
    return out


def _carried(rows) -> set:
    """Letters written as the model's parameter anywhere (p_theta, E(x; theta), Z(theta)): the family's own
    parameter, never redefined by a row (theta = f(x) states something about it)."""
    out = set()
    for sides, _, _ in rows:
        for n in (n for s in sides if isinstance(s, tuple) for n in walk(s)):
            head = n[1] if n[0] == "app" and n[1][0] == "sym" else n if n[0] == "sym" else None
            if head is None or head[1] not in MODEL_HEADS:
                continue
            if head[3] is not None:
                out |= _letters(head[3])
            if n[0] == "app":
                out |= {a[1] for a in n[2] + n[3] if a[0] == "sym"}
    return out


def _writes(text: str, letter: str) -> bool:
    pattern = r"\\" + letter + r"(?![A-Za-z])" if len(letter) > 1 else r"(?<![\\A-Za-z])" + letter + r"(?![A-Za-z])"
    return re.search(pattern, text) is not None


def by_defined_letter(m, body, var, order, env):
    """d^order body / d eta^order where the document defined eta = g(u) in one other letter u: by the chain
    rule, d/d eta = (1/g'(u)) d/du (where g'(u) is not 0; eta = log lambda: d/d eta = lambda d/d lambda).
    Defined in several letters, the derivative holds some of them fixed, which the row does not say: not read."""
    name = var[1]
    g = m.tr(m.defs[("def", name)][1], env)
    free = sorted(g.free_symbols, key=str)
    if len(free) != 1:
        m.fail(f"a derivative with respect to {name}, which the document defines in terms of "
               f"{len(free) or 'no'} other letters (which are held fixed is not written)",
               f"a derivative by one of the letters {name} is defined in")
    u = free[0]
    with sympy.evaluate(True):   # the caller may read a side unevaluated (as written): the chain rule is arithmetic
        dg = sympy.diff(g, u)
    if dg == 0:
        m.fail(f"a derivative with respect to {name}, which the document defines as a constant", "")
    for _ in range(order):
        body = sympy.Derivative(body, u) / dg
    return body
