"""Derivatives with the variables held fixed written after them, as thermodynamics writes them:
`\\left(\\frac{\\partial \\ln Q}{\\partial \\beta}\\right)_{N,V}`, `(\\partial U / \\partial T)_V`.

The subscript says which variables stay fixed while the one in the denominator moves. In the checker every other
letter is an independent quantity, so a partial derivative already holds them all fixed: the subscript adds nothing,
and it is blanked (read as the derivative alone). That is an equivalence only when the document holds one set
of variables fixed for each variable it differentiates by: (dU/dT)_V and (dU/dT)_P differ (C_V is not C_P), so
a document that holds two sets fixed while moving the same variable keeps those derivatives as typed (unreadable,
never equated); (dA/dbeta)_{N,V} beside (dA/dV)_{N,T} is one convention (every other natural variable fixed).
A subscript is blanked only after a parenthesis that holds a derivative (\\frac{\\partial .., \\frac{d .., \\partial ..).
"""
from __future__ import annotations

import re

from .mapped import Mapped

_NAME = r"(?:[A-Za-z]|\\[A-Za-z]+)"
_LIST = _NAME + r"(?:\s*,\s*" + _NAME + r")*"
# a closing parenthesis (\right) or a bare one) and the subscript naming what is held fixed
_HELD = re.compile(r"(?:\\right\s*\)|\\[Bb]igg?r?\s*\)|\))\s*_\s*(\{\s*(" + _LIST + r")\s*\}|(" + _NAME + r"))")
_DERIVATIVE = re.compile(r"\s*(?:\\left\s*\(|\\[Bb]igg?l?\s*\(|\()\s*(?:\\d?frac\s*\{\s*(?:\\partial|d)(?![A-Za-z])|\\partial(?![A-Za-z]))")


def _key(m: re.Match) -> str:
    return "".join((m.group(2) or m.group(3)).split())


def _opener(text: str, close: int) -> int:
    """Where the parenthesis closed at `close` opens (the `\\left(` or `(`), or -1; linear backwards."""
    depth, k, stop = 0, close, max(-1, close - _REACH)   # a derivative is short: never a quadratic scan
    while k > stop:
        c = text[k]
        if c == ")" and (k == 0 or text[k - 1] != "\\"):
            depth += 1
        elif c == "(" and (k == 0 or text[k - 1] != "\\"):
            depth -= 1
            if depth == 0:
                m = re.compile(r"\\(?:left|[Bb]igg?l?)\s*$").search(text, max(0, k - 8), k)
                return m.start() if m else k
        k -= 1
    return -1


_OPERATOR_BEFORE = re.compile(r"\\d?frac\s*\{\s*(?:\\partial|d)\s*\}\s*\{\s*(?:\\partial|d)(?![A-Za-z])\s*(" + _NAME
                             + r")\s*\}\s*$")
_BY = re.compile(r"(?:\\partial|(?<![A-Za-z\\])d)\s*(?:\^\s*\{?\s*\d\s*\}?\s*)?(" + _NAME + r")")


_REACH = 400   # how far back a derivative's opening parenthesis may be


def _derivatives(text: str):
    """(match, the variable differentiated by) of each parenthesised derivative with a subscript."""
    if "\\partial" not in text and "{d" not in text:
        return
    for m in _HELD.finditer(text):
        close = text.rfind(")", m.start(), m.start(1))
        if text.rfind("\\partial", max(0, close - _REACH), close) < 0 and text.rfind("{d", max(0, close - _REACH), close) < 0:
            continue
        start = _opener(text, close)
        # one derivative (\frac{\partial f}{\partial x}, of any order), not an operator applied to another derivative
        # (the meaning layer built such a nested pair with an unevaluated order, and printing it crashed a document)
        if start >= 0 and _DERIVATIVE.match(text, start) and len(re.findall(r"\\partial(?![A-Za-z])|\\frac\s*\{\s*d(?![A-Za-z])", text[start:close])) <= 2:
            by = [b.group(1) for b in _BY.finditer(text, start, close)]
            if by:
                yield m, by[-1]   # the denominator comes last, in \frac{..}{\partial x} and in .. / \partial x
        elif start >= 0 and not re.search(r"\\partial(?![A-Za-z])|\\frac\s*\{\s*d(?![A-Za-z])", text[start:close]):
            # \frac{\partial}{\partial \beta} \left( \sum_j e^{-\beta E_j} \right)_{N,V}: the operator before the
            # parenthesis, what it differentiates inside (no derivative there: never an operator on a derivative)
            op = _OPERATOR_BEFORE.search(text, max(0, start - 80), start)
            if op:
                yield m, op.group(1)


def held_convention(document: str) -> dict[str, str]:
    """For each variable the document differentiates by, the one set it holds fixed ("beta" -> "N,V"); a variable
    with two sets held fixed is left out (its derivatives stay as typed)."""
    sets: dict[str, set] = {}
    for m, by in _derivatives(document):
        sets.setdefault(by, set()).add(_key(m))
    return {by: keys.pop() for by, keys in sets.items() if len(keys) == 1}


def drop_held(text: Mapped, held: dict[str, str]) -> Mapped:
    """The row with every `(derivative by x)_{held}` subscript blanked, where the document holds one set fixed for x."""
    if not held or "_" not in text.text:
        return text
    spans = [(m.start(0) + m.group(0).index("_"), m.end()) for m, by in _derivatives(text.text)
             if held.get(by) == _key(m) and by not in _key(m).split(",")]
    if not spans:
        return text
    out = list(text.text)
    for a, b in spans:
        for k in range(a, b):
            out[k] = " " if out[k] != "\n" else out[k]
    return Mapped("".join(out), text.starts, text.origins, text.verbatim)
