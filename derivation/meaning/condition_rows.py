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
