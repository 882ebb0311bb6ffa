"""Rows the document marks as a condition to impose, not an identity to check.

`\\frac{\\partial \\mathcal L}{\\partial p_x} = -1 - \\log p_x - \\lambda \\overset{!}{=} 0` sets a derivative to zero to
find a stationary point: the last link is a requirement on p_x and lambda, true only at the solution, so
judging it as an identity refutes it with any other value (and loses nothing: there is no claim to check).
The mark is the relation's own: `\\overset{!}{=}`, `\\stackrel{!}{=}`, `\\overset{\\text{set}}{=}`,
`\\overset{\\text{req}}{=}`. Such a link is shown as a condition, never judged; the rows before it keep their
verdicts (-1 - log p_x - lambda is still the derivative). A row written without a mark stays an identity:
E_p[grad log p] = 0 is true and is judged.

Two equations joined by `\\iff` (`\\eta = \\ln\\frac{\\phi}{1-\\phi} \\iff \\phi = \\frac{e^\\eta}{1+e^\\eta}`) claim that
each follows from the other: neither is an identity in its letters (eta and phi are tied by the row itself),
and they are never an equality chain. Both are shown as the sides of an equivalence, not judged; judging the
equivalence (each equation substituted into the other, both ways) is not built yet.
"""
from __future__ import annotations

import re

# the note stacked on `=` that makes it a requirement (the reader keeps the sign as printed)
_MARK = re.compile(r"\\(?:overset|stackrel)\s*\{\s*(?:!|\\text\s*\{\s*(?:!|set|req|required|need)\s*\}|"
                   r"\\mathrm\s*\{\s*(?:!|set)\s*\})\s*\}\s*\{?\s*=")
CONDITION = "condition"
EQUIVALENCE = "equivalence"
_IFF = re.compile(r"\\(?:iff|Leftrightarrow|Longleftrightarrow)(?![A-Za-z])|⟺|⇔")


def is_condition(sign: str) -> bool:
    """Whether a relation sign as printed marks a condition (`\\overset{!}{=}`), not an equality to check."""
    return bool(_MARK.search(sign or ""))


def equivalence_rows(read_rows) -> set:
    """ids of the ReadRows that are one equation of a source row whose equations are joined by \\iff."""
    groups: dict = {}
    for rr in read_rows:
        groups.setdefault(id(rr.row), []).append(rr)
    out = set()
    for group in groups.values():
        if len(group) > 1 and _IFF.search(getattr(group[0].row, "source", "") or ""):
            out |= {id(rr) for rr in group}
    return out


# Words just before a display that make its first equation a requirement: "we require that", "the
# normalization condition", "must sum to one", "equate to 0", "setting the derivative to zero".
_CUE = re.compile(r"(?i)\b(?:we\s+(?:require|demand|impose)|require\s+that|must\s+(?:sum|add\s+up)\s+to|"
                  r"constraints?\b|normali[sz]ation\s+(?:condition|constraint)|"
                  r"(?:set|setting|equate|equating)\b[^.:;]{0,60}?\b(?:to|equal\s+to)\s+(?:zero|0)\b)")
_PROSE_LINES = 4   # how far above a display its cue may stand (the sentence that introduces it)


def cued_rows(doc, read_rows) -> set:
    """ids of the ReadRows whose first link prose just before their display marks as a requirement: the
    display's first equation, when it has one left side, one right side and that right side is a number
    (sum_i p_i = 1, x_i + 1 + log w_i + lambda = 0); and then each later equation of that display with a left
    side of its own (log(1-w) - log w = -x, w* = ...): the steps of solving it, equations, not identities.
    A row that goes on from the one before (`&= ...`) is still judged."""
    text = getattr(getattr(doc, "source", None), "text", "") or ""
    lines = text.split("\n")
    out, seen, last_line, solving = set(), set(), 0, None
    for rr in read_rows:
        block = getattr(rr.row, "block", None)
        key = id(block) if block is not None else None
        if key is None or key in seen:
            last_line = max(last_line, rr.line)
            if key is not None and key == solving and not rr.continues and len(rr.sides) >= 2 \
                    and rr.sides[0] is not None and (rr.relations[1:] or [""])[0] == "equality":
                out.add(id(rr))
            continue
        seen.add(key)
        start = getattr(block, "line", rr.line)
        prose = " ".join(lines[max(last_line, start - 1 - _PROSE_LINES):max(start - 1, 0)])
        last_line = max(last_line, rr.line)
        if getattr(block, "inline", False) or not _CUE.search(prose):
            continue
        sides = rr.sides
        if len(sides) == 2 and isinstance(sides[1], tuple) and sides[1][0] == "num" and isinstance(sides[0], tuple) \
                and sides[0][0] != "sym" and (rr.relations[1:] or [""])[0] == "equality":
            out.add(id(rr))
            solving = key
    return out
