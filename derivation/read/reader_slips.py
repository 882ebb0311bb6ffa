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
