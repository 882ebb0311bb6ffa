"""A component of the softmax of a vector of logits (respell.py): `\\operatorname{softmax}(z)_j`, `\\mathrm{softmax}
(\\mathbf{z})_j`, `\\text{softmax}(z)_{i}` -> the quotient it abbreviates, `\\left(\\frac{e^{z_{j}}}{\\sum_{k}
e^{z_{k}}}\\right)`, whose letters the reader then reads as any row's (an unknown vector z: arbitrary components).

Read only where the argument is one letter, bare or bold, and the component one letter: softmax(Wx + b)_j,
softmax(z) alone (a vector) and softmax(z / T)_j are left as typed, and the reader says what it cannot read. The
summation letter is one the row does not write. The sum runs over however many logits there are, so a row that names
components by number or by another letter (softmax(z)_1 = sigma(z_1 - z_2), true for two logits the prose gives) is
left as typed too: read over any number it was refuted (hostile set 7, O21).
"""
from __future__ import annotations

import re

_NAME = r"(?:\\(?:operatorname\*?|mathrm|text|textrm|rm|mathit)\s*\{\s*[Ss]oftmax\s*\})"   # Softmax: a heading's capital
_LETTER = r"(?:\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*([A-Za-z])\s*\}|([A-Za-z])(?![A-Za-z]))"
_FORM = re.compile(_NAME + r"\s*(?:\\left\s*)?\(\s*" + _LETTER + r"\s*(?:\\right\s*)?\)"
                   r"\s*_\s*(?:\{\s*([A-Za-z]|\d+)\s*\}|([A-Za-z]|\d)(?![A-Za-z]))")
_FRESH = "klrsuqc"
_COMPONENT = r"(?:\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*%s\s*\}|(?<![A-Za-z\\])%s)\s*_\s*(?:\{\s*([^{}]+?)\s*\}|([A-Za-z0-9]))"
_SUM_INDEX = re.compile(r"\\sum\s*_\s*(?:\{\s*([A-Za-z])|([A-Za-z]))")


def _other_components(text, start, end, z, j) -> bool:
    """Whether the row, outside softmax(z)_j, writes a component of z other than z_j or one a written sum binds."""
    bound = {a or b for a, b in _SUM_INDEX.findall(text)}
    rest = text[:start] + " " * (end - start) + text[end:]
    for m in re.finditer(_COMPONENT % (z, z), rest):
        index = (m.group(1) or m.group(2)).strip()
        if index != j and index not in bound:
            return True
    return False


def softmax_components(text: str) -> list:
    """The edits (start, end, pieces) that write each softmax component as its quotient."""
    if "oftmax" not in text or "_" not in text:
        return []
    edits = []
    for m in _FORM.finditer(text):
        z = m.group(1) or m.group(2)
        j = m.group(3) or m.group(4)
        if j.isdigit() or _other_components(text, m.start(), m.end(), z, j):
            continue
        used = set(re.findall(r"(?<![A-Za-z\\])([A-Za-z])(?![A-Za-z])", text))
        k = next((c for c in _FRESH if c not in used and c != j and c != z), None)
        if k is None:
            continue
        edits.append((m.start(), m.end(), [r"\left(\frac{e^{" + z + "_{" + j + r"}}}{\sum_{" + k + "} e^{" + z + "_{"
                                           + k + r"}}}\right)"]))
    return edits
