"""Slips of typing read as the author means them, before any grammar sees the row, each with a note.

    P_{\\Theta(x)}   the argument slipped into the subscript (the post's last row): read as P_\\Theta(x).
                    Only a distribution letter P or p whose subscript is exactly the parameter (Theta or
                    theta, plain or in a font) applied to one state letter: anything else is left as typed.

Done on the text, so every reader that parses the row afterwards reads the same thing, and the letter
written in the subscript is never taken for a function applied to x (it is the model's parameter).
"""
from __future__ import annotations

import re

from .mapped import Mapped
from .macros import group_end
from .respell_groups import rebuild

_FONT = r"\\(?:mathrm|boldsymbol|bm|mathbf|mathit)"
_PARAM = rf"(?:{_FONT}\{{\s*\\(?:Theta|theta|vartheta)\s*\}}|\\(?:Theta|theta|vartheta)(?![A-Za-z]))"
_STATE = rf"(?:{_FONT}\{{\s*[a-z]\s*\}}|[a-z])"
_SLIP = re.compile(rf"(?<![A-Za-z\\])([Pp])_\{{\s*({_PARAM})\s*\(\s*({_STATE})\s*\)\s*\}}")
NOTE = "subscript written P_{\\Theta(x)}: read as P_\\Theta(x)"


def subscript_slip(text: Mapped) -> tuple[Mapped, list[int]]:
    """(text with each P_{\\Theta(x)} as P_{\\Theta}(x), the source offset of each slip's letter)."""
    edits, where = [], []
    for m in _SLIP.finditer(text.text):
        edits.append((m.start(), m.end(), [m.group(1) + "_{", m.span(2), "}(", m.span(3), ")"]))
        where.append(text.source_offset(m.start()))
    return (rebuild(text, edits), where) if edits else (text, [])


# \frac{\partial}{o_k}, \frac{\partial L}{o_k}: a partial derivative whose denominator lost its \partial. The author
# means d/do_k (nobody divides by o_k after a bare \partial), but a document that writes it so usually also leaves
# out the definitions its letters need (p_k as the softmax of o), and read as d/do_k its rows were refuted: so the
# row is unreadable, saying what is missing (reader.py), never a division. A denominator that writes a \partial or
# a d, or a numerator that is not a \partial, is left as typed.
_FRAC_PARTIAL = re.compile(r"\\frac\s*\{\s*\\partial(?![A-Za-z])")
PARTIAL_NOTE = ("the denominator of \\frac{\\partial ...}{...} has no \\partial: a derivative by what follows, "
                "not read (write the \\partial)")


def missing_partial(t: str) -> int | None:
    """Offset of the denominator of the first \\frac{\\partial ..}{x} whose x writes no \\partial (nor d), or None."""
    for m in _FRAC_PARTIAL.finditer(t):
        num_end = group_end(t, m.start() + t[m.start():m.end()].index("{"), limit=len(t))
        if num_end < 0:
            continue
        dm = re.compile(r"\s*\{").match(t, num_end)
        den_end = group_end(t, dm.end() - 1, limit=len(t)) if dm else -1
        if den_end < 0:
            continue
        den = t[dm.end():den_end - 1]
        if not den.strip() or re.match(r"\s*(?:d|\\mathrm\s*\{\s*d\s*\})", den) or re.search(r"\\partial(?![A-Za-z])", den):
            continue
        return dm.end()
    return None
