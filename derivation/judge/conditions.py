"""Conditions on a row (issue 18, part 6): `\\quad \\text{for } \\beta = 0`, `\\text{if } \\theta > 0`,
`\\quad (\\beta = 0)`. The reader cuts the condition from the row (derivation/read/reader.py: ReadRow.condition);
here a step into such a row is judged where the condition holds, and never refuted outside it:

    p = c         (p a parameter of the row, c a number): the row is judged with p set to c;
    p > c, p ≤ c  an `invalid` stands when its counterexample satisfies the condition; else the row is judged
                  again at p = c + u² (c - u²) for a new parameter u (no derivative by p), else `undecided`;
    for all x     a universal, not a restriction: the verdict stands;
    anything else a condition the checker does not read: `invalid` becomes `undecided` (limit "condition"),
                  a row valid everywhere is valid under any condition.

The claim of a chain (its first row = its last) carries every condition written on its rows.
"""
from __future__ import annotations

import re
from dataclasses import replace

import sympy

from derivation.meaning.vocabulary.base import Param

_REL = {"=": sympy.Eq, ">": sympy.Gt, "<": sympy.Lt, r"\geq": sympy.Ge, r"\ge": sympy.Ge, r"\leq": sympy.Le,
        r"\le": sympy.Le, r"\neq": sympy.Ne, r"\ne": sympy.Ne, "≥": sympy.Ge, "≤": sympy.Le, "≠": sympy.Ne}
_ONE = re.compile(r"^\s*\\?([A-Za-z]+)\s*(\\geq|\\ge|\\leq|\\le|\\neq|\\ne|=|>|<|≥|≤|≠)\s*"
                  r"(-?\s*\d+(?:\.\d+)?|-?\s*\\frac\{\d+\}\{\d+\}|-?\s*\d+\s*/\s*\d+)\s*$")
_UNIVERSAL = re.compile(r"^\s*(?:all|every|each|any)\b", re.I)
_AND = re.compile(r",|\\text\{\s*and\s*\}|\\quad|\\qquad|\band\b")


def _number(text: str):
    t = text.replace(" ", "")
    m = re.fullmatch(r"(-?)\\frac\{(\d+)\}\{(\d+)\}", t)
    return sympy.Rational(int(m.group(2)), int(m.group(3))) * (-1 if m.group(1) else 1) if m else sympy.Rational(t)


def parse(condition: str) -> list | None:
    """[(name, relation, value)] for `\\beta = 0, \\theta > 1/2`; [] for a universal (`all x`); None when
    some part is not of that form."""
    if _UNIVERSAL.match(condition):
        return []
    out = []
    for part in filter(str.strip, _AND.split(condition)):
        m = _ONE.match(part)
        if not m:
            return None
        out.append((m.group(1), _REL[m.group(2)], _number(m.group(3))))
    return out or None


def _symbol(name: str, *exprs):
    """The symbol of the rows a condition's letter names (\\beta -> beta; \\theta -> theta or the post's Theta)."""
    found = [s for e in exprs for s in e.free_symbols if isinstance(s, sympy.Symbol)
             and s.name.lower() == name.lower()]
    return found[0] if found else None


def _at(rep, sym):
    """The value the counterexample gave `sym` (None when it does not say)."""
    inst = rep.counterexample.instance
    if sym.name == "Theta" and not inst.tables.get("_points"):
        return sympy.sympify(inst.theta)
    return inst.tables.get("_points", {}).get(sym)


def _undecided(rep, why):
    return replace(rep, verdict="undecided", limit="condition", counterexample=None,
                   explanation=f"Undecided: {why}; a row is never refuted outside its condition.")


def judge(rep, condition: str, timeout=None, lhs=None, rhs=None):
    """The step report `rep` (of a row written under `condition`) judged where the condition holds;
    `lhs`, `rhs`: the two sides as the reading judged read them (the step's own by default)."""
    from .check import check_step
    if not condition or rep.verdict == "unreadable":
        return rep
    parts = parse(condition)
    if parts == []:
        return rep
    if parts is None:
        if rep.verdict == "invalid":
            return _undecided(rep, f"the row holds under the condition `{condition}`, which the checker does not "
                                   "read, and its counterexample may lie outside it")
        return rep
    st = rep.step
    lhs, rhs = (st.lhs if lhs is None else lhs), (st.rhs if rhs is None else rhs)
    fix = {}
    for name, rel, value in parts:
        sym = _symbol(name, lhs, rhs)
        if sym is None:   # a letter the rows do not use: the condition restricts nothing they say
            continue
        if rel is sympy.Eq:
            if any(sym in d.variables for e in (lhs, rhs) for d in e.atoms(sympy.Derivative)):
                if rep.verdict in ("proved", "holds"):   # true for every beta: true at this one
                    return rep
                # d/dbeta log Z = -<E> \text{for } beta = 0: the derivative is taken before the point is put
                # in, which substituting beta = 0 first cannot say (SymPy: "derivative wrt 0")
                return _undecided(rep, f"the row differentiates by {sym} and its condition `{condition}` fixes "
                                       f"{sym}; the checker does not judge a derivative at one point")
            fix[sym] = value
    if fix:   # restricting the instances to p = c is judging the row with c in place of p
        again = check_step(lhs.xreplace(fix), rhs.xreplace(fix), st.justification, step=st, timeout=timeout)
        where = ", ".join(f"{s} = {v}" for s, v in fix.items())
        return replace(again, explanation=f"Under the row's condition {where}: {again.explanation}")
    if rep.verdict != "invalid" or _inside(rep, parts, lhs, rhs):
        return rep
    shift = {}   # p > c: judge the row at p = c + u^2 (p < c: c - u^2) for a new parameter u, where no d/dp
    for name, rel, value in parts:
        sym = _symbol(name, lhs, rhs)
        if sym is None or rel is sympy.Ne:
            continue
        if any(sym in d.variables for e in (lhs, rhs) for d in e.atoms(sympy.Derivative)):
            return _undecided(rep, f"its counterexample lies outside the row's condition `{condition}`, and the row "
                                   f"differentiates by {sym}, so the instances cannot be restricted to it")
        u = Param(f"{sym.name}_u")
        shift[sym] = value + u ** 2 if rel in (sympy.Gt, sympy.Ge) else value - u ** 2
    if shift:
        again = check_step(lhs.xreplace(shift), rhs.xreplace(shift), st.justification, step=st, timeout=timeout)
        if again.verdict != "invalid" or _inside(again, parts, lhs, rhs, shift):
            return replace(again, explanation=f"Under the row's condition {condition}: {again.explanation}")
    return _undecided(rep, f"no counterexample found inside the row's condition `{condition}`")


def _inside(rep, parts, lhs, rhs, shift=None) -> bool:
    """Whether the counterexample of `rep` satisfies every part of the condition."""
    for name, rel, value in parts:
        sym = _symbol(name, lhs, rhs)
        if sym is None:
            continue
        if shift and sym in shift:
            u = next(iter(shift[sym].free_symbols))
            at = _at(rep, u)
            at = None if at is None else shift[sym].xreplace({u: at})
        else:
            at = _at(rep, sym)
        if at is None or rel(at, value) is not sympy.true:
            return False
    return True


def condition_of(step, owners, claim: bool) -> str:
    """The condition a step is judged under: its later row's (a step), or every condition of the rows it
    spans (the claim)."""
    cond = lambda row: getattr(owners[row - 1], "condition", "") if 0 < row <= len(owners) else ""  # noqa: E731
    if not claim:
        return cond(step.to_row)
    return ", ".join(dict.fromkeys(cond(k) for k in range(step.from_row, step.to_row + 1) if cond(k)))
