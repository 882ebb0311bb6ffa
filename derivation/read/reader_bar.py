"""The evaluation bar: `\\left. \\frac{d}{dt} \\ln M(t) \\right|_{t=0} = \\langle x \\rangle` (a moment from a generating
function), also `\\Big|_{t=0}`, `\\bigg|_{t=0}`, `\\right\\vert_{t=0}`.

Read as the row under the condition `t = 0` (derivation/judge/conditions.py: judged where the condition holds), which
means the same only when nothing else in the row writes t: the bar must close the row's own left side, and no other
side of the row may write the variable (`\\left. f(t) \\right|_{t=0} = g(t)` compares a number with a function of
t: left as typed, unreadable). A row that goes on from the one before (`= \\left. .. \\right|_{t=0}`) is left as
typed too: the condition would also restrict the step from the row before. Linear in the row.
"""
from __future__ import annotations

import re

from .mapped import Mapped
from .relations import scan

_VALUE = r"(-?\s*\d+(?:\.\d+)?)"
_VAR = r"([A-Za-z]|\\[A-Za-z]+)"
# the bar and its subscript closing the left side: \right| or a sized bar, then _{t=0} (or _{t = 0})
_BAR_END = re.compile(r"(?:\\right\s*(?:\||\\vert|\\rvert)|\\(?:big|Big|bigg|Bigg)r?\s*(?:\||\\vert|\\rvert))\s*_\s*"
                      r"\{\s*" + _VAR + r"\s*=\s*" + _VALUE + r"\s*\}\s*$")
_LEFT_DOT = re.compile(r"^\s*\\left\s*\.")


def evaluation_bar(text: Mapped) -> tuple[Mapped, str] | None:
    """(the row with the bar blanked, the condition `t = 0`), or None when the row has no such bar."""
    t = text.text
    rel = next((tok for tok in scan(t) if tok.kind == "relation"), None)
    if rel is None or not t[:rel.start].strip():
        return None
    left = t[:rel.start].rstrip()
    m = _BAR_END.search(left)
    if not m:
        return None
    var, value = m.group(1), " ".join(m.group(2).split())
    word = re.escape(var) + r"(?![A-Za-z])" if var.startswith("\\") else r"(?<![A-Za-z\\])" + re.escape(var) + r"(?![A-Za-z])"
    if re.search(word, t[rel.start:]):
        return None   # another side writes the variable: the bar is no condition on the whole row
    blanks = [(m.start(), m.end())]
    dot = _LEFT_DOT.match(left)
    if m.group(0).lstrip().startswith("\\right"):
        if not dot or _unbalanced(left[dot.end():m.start()]):
            return None   # \right| must close the \left. that opens the side
        blanks.append((dot.start(), dot.end()))
    elif dot:
        return None
    out = list(t)
    for a, b in blanks:
        for k in range(a, b):
            if out[k] != "\n":
                out[k] = " "
    return Mapped("".join(out), text.starts, text.origins, text.verbatim), f"{var} = {value}"


def _unbalanced(body: str) -> bool:
    """The \\left ... \\right pairs inside the side do not balance (the outer \\left. closes elsewhere)."""
    depth = 0
    for m in re.finditer(r"\\(left|right)(?![A-Za-z])", body):
        depth += 1 if m.group(1) == "left" else -1
        if depth < 0:
            return True
    return depth != 0
