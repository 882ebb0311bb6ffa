"""Rows the document marks as a condition to impose, not an identity to check.

`\\frac{\\partial \\mathcal L}{\\partial p_x} = -1 - \\log p_x - \\lambda \\overset{!}{=} 0` sets a derivative to zero to
find a stationary point: the last link is a requirement on p_x and lambda, true only at the solution, so
judging it as an identity refutes it with any other value (and loses nothing: there is no claim to check).
The mark is the relation's own: `\\overset{!}{=}`, `\\stackrel{!}{=}`, `\\overset{\\text{set}}{=}`,
`\\overset{\\text{req}}{=}`. Such a link is shown as a condition, never judged; the rows before it keep their
verdicts (-1 - log p_x - lambda is still the derivative). A row written without a mark stays an identity:
E_p[grad log p] = 0 is true and is judged.
"""
from __future__ import annotations

import re

# the note stacked on `=` that makes it a requirement (the reader keeps the sign as printed)
_MARK = re.compile(r"\\(?:overset|stackrel)\s*\{\s*(?:!|\\text\s*\{\s*(?:!|set|req|required|need)\s*\}|"
                   r"\\mathrm\s*\{\s*(?:!|set)\s*\})\s*\}\s*\{?\s*=")
CONDITION = "condition"


def is_condition(sign: str) -> bool:
    """Whether a relation sign as printed marks a condition (`\\overset{!}{=}`), not an equality to check."""
    return bool(_MARK.search(sign or ""))
