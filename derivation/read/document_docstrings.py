"""Mathematics written in a docstring or a comment block without `$` (document.py): found only when every
line of the block is clearly mathematics, so that prose never becomes a row.

    '''
    -\\nabla_\\theta E_{p(x)} [\\log \\frac{p(x)}{q_\\theta(x)}]
    = \\nabla_\\theta E_{p(x)} [-E_\\theta(x) - \\log Z_\\theta]
    '''

A block is the lines between two delimiter lines (`'''`, `\"\"\"`, `r'''`, `r\"\"\"` alone on their line). It is
mathematics when it has at least two lines, every non-blank line holds a LaTeX command or a script (`_`, `^`)
and at most one plain word of three letters or more outside scripts (`the`, `where`: prose), and a line after
the first starts with a relation (`=`, `\\approx`, `\\le`, ...), the shape of a derivation. Each line is then
a row; a line starting with `=` goes on from the one before, as in any display.
"""
from __future__ import annotations

import re

_DELIMITER = re.compile(r"^[ \t]*[rRuU]?('''|\"\"\")[ \t]*\r?$", re.M)
_COMMAND = re.compile(r"\\[A-Za-z]+|[_^]")
_WORD = re.compile(r"(?<![\\A-Za-z])[A-Za-z]{3,}(?![A-Za-z])")
_SCRIPT = re.compile(r"[_^]\s*\{[^{}]*\}")
_RELATION = re.compile(r"\s*(?:=|\\approx|\\simeq|\\propto|\\le|\\ge|\\leq|\\geq|<|>)(?![A-Za-z])")
NAMES = {"log", "exp", "sin", "cos", "tanh", "max", "min", "sum", "det", "data", "DATA", "KL", "Var", "Cov"}


def _mathematical(line: str) -> bool:
    if not _COMMAND.search(line):
        return False
    plain = _SCRIPT.sub(" ", line)
    words = [w for w in _WORD.findall(plain) if w not in NAMES]
    return len(words) <= 1


def docstring_math(text: str, masked: str) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """(start, end, one content range per line) of each block of mathematics between docstring delimiters."""
    out = []
    marks = list(_DELIMITER.finditer(masked))
    k = 0
    while k + 1 < len(marks):
        opening, closing = marks[k], marks[k + 1]
        if opening.group(1) != closing.group(1):
            k += 1
            continue
        k += 2
        start = text.find("\n", opening.end())
        if start < 0 or start + 1 >= closing.start():
            continue
        lines, pos = [], start + 1
        while pos < closing.start():
            nl = text.find("\n", pos)
            end = closing.start() if nl < 0 or nl >= closing.start() else nl
            if text[pos:end].strip():
                lines.append((pos, end))
            pos = end + 1
        if len(lines) < 2 or not all(_mathematical(text[a:b]) for a, b in lines):
            continue
        if not any(_RELATION.match(text, a + len(text[a:b]) - len(text[a:b].lstrip())) for a, b in lines[1:]):
            continue
        out.append((opening.start(), closing.end(), lines))
    return out
