"""A justification column in an align: `a &= b & \\text{(by Bayes)}`, `& = E[T(X)] & (\\mathbf{E}[X] = \\int x f(x) dx)`.

In `align` and its kin the columns pair up (`a &= b` is one equation); a third column holding words or a
parenthesised aside is the author's reason for the row, not mathematics of it: blanked (offsets kept) and
kept as the row's justification; so is one opened by a semicolon (`a &\\le b &\\ ;\\mathrm{KL} \\ge 0`, the author's
reason in mathematics). A third column with a relation of its own outside parentheses
(`a &= b & c &= d`, `& \\iff & c = d`) is another equation and stays; so does a condition (`& \\text{if } x > 0`,
reader_rows.py reads it) and anything inside an environment or braces (`pmatrix`'s `&&`). Linear in the row.
"""
from __future__ import annotations

import re

from .relations import scan

_CONDITION_WORDS = re.compile(r"^\\(?:text|textrm|mbox|mathrm)\s*\{\s*(?:for|if|iff|when|whenever|at|where|provided|"
                              r"assuming|given|with)(?![A-Za-z])")
_WORDS = re.compile(r"^\\(?:text|textrm|mbox|textit|textnormal|hbox|mathrm)\s*\{")
_SPACE = re.compile(r"^(?:\s|&|\\q?quad(?![A-Za-z])|\\[,;: ]|~)*")


def _ampersands(body: str) -> list[int]:
    """Positions of the `&` at brace and environment depth 0 (not `\\&`)."""
    out, depth, i = [], 0, 0
    while i < len(body):
        c = body[i]
        if c == "\\":
            if body.startswith("begin", i + 1):
                depth += 1
            elif body.startswith("end", i + 1) and not body[i + 4:i + 5].isalpha():
                depth -= 1
            i += 2
            continue
        if c in "{}":
            depth += 1 if c == "{" else -1
        elif c == "&" and depth == 0:
            out.append(i)
        i += 1
    return out


def _wrapped(col: str) -> bool:
    """The column is one parenthesised group: ( .. ) or \\left( .. \\right)."""
    if col.startswith("\\left("):
        return col.endswith(")") and re.search(r"\\right\s*\)$", col) is not None
    if not (col.startswith("(") and col.endswith(")")):
        return False
    depth = 0
    for k, c in enumerate(col):
        depth += (c == "(") - (c == ")")
        if depth == 0 and k < len(col) - 1:
            return False
    return True


def justification_column(body: str) -> tuple[str, str] | None:
    """(the row with its third column blanked, the column's words), or None when it has no such column."""
    amps = _ampersands(body)
    if len(amps) < 2:
        return None
    cut = amps[1]
    col = body[cut:]
    col = col[_SPACE.match(col).end():].rstrip().rstrip(".,;").rstrip()
    if not col or _CONDITION_WORDS.match(col):
        return None
    aside = col.startswith(";")   # `a &= b &\ ;\mathrm{KL} \ge 0`: a semicolon opens the author's reason
    if not (aside or _WORDS.match(col) or _wrapped(col)):
        return None
    if not aside and not _WORDS.match(col) and not _wrapped(col) and any(t.kind == "relation" for t in scan(col)):
        return None
    words = re.sub(r"\\(?:text|textrm|mbox|textit|textnormal|hbox|mathrm)\s*\{([^{}]*)\}", r"\1", col)
    words = " ".join(words.lstrip(";").strip().strip("()").split())
    blanked = body[:cut] + re.sub(r"[^\n]", " ", body[cut:])
    return blanked, words or col
