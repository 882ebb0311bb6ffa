"""Respellings of a row's shape rather than of a command (respell.py runs them when no command is left):
an argument list x_1, ..., x_n read as the configuration x, a closing aside `(= C)` that continues the chain,
a font on a list of letters."""
from __future__ import annotations

import re

CONFIGURATION = re.compile(r"\s*((?:\\[A-Za-z]+\s*\{\s*)?[A-Za-z]\s*\}?)_\{?\s*1\s*\}?\s*,?\s*(?:\1_\{?\s*2\s*\}?\s*,?\s*)?"
                            r"\\(?:cdots|dots|ldots|dotsc|dotsb)(?![A-Za-z])\s*,?\s*\1_\{?\s*[A-Za-z]\s*\}?\s*")

_ARGS_OPEN = re.compile(r"(?<![\\A-Za-z])([A-Za-z](?:_\{[^{}]*\}|_[A-Za-z])?|\\[A-Za-z]+(?:_\{[^{}]*\})?)\s*\(")


def configuration_args(text):
    """p(x_1, \\dots, x_n) -> p(x): a function of every component of x is a function of the configuration x
    (the argument list must be exactly x_1, ..., x_n, up to a `;` or `|` after it)."""
    edits = []
    for m in _ARGS_OPEN.finditer(text):
        a = m.end()
        close = re.compile(r"\s*(?:\)|;|\||\\mid(?![A-Za-z]))").search(text, a)
        if not close:
            continue
        cm = CONFIGURATION.fullmatch(text[a:close.start()])
        if cm:
            edits.append((a, close.start(), [(a + cm.start(1), a + cm.end(1))]))
    return edits


ASIDE = re.compile(r"(\\left\s*\(|\()\s*=")
_LEFT_RIGHT = re.compile(r"\\left(?![A-Za-z])|\\right(?![A-Za-z])")


def aside(text):
    """`A = B \\left(= C\\right).` at the end of a row: the author adds that B also equals C, so A = B = C
    (the parenthesis closes the row; anything after it leaves the row as typed)."""
    m = ASIDE.search(text)
    if not m:
        return []
    if m.group(1) == "(":
        depth, k = 0, m.start()
        while k < len(text):
            depth += {"(": 1, ")": -1}.get(text[k], 0)
            if depth == 0:
                break
            k += 1
        close = (k, k + 1) if k < len(text) else None
    else:
        depth, close = 0, None
        for t in _LEFT_RIGHT.finditer(text, m.start()):
            depth += 1 if t.group(0) == "\\left" else -1
            if depth == 0:
                rm = re.compile(r"\\right\s*\)").match(text, t.start())
                close = (t.start(), rm.end()) if rm else None
                break
    if close is None or re.sub(r"[\s.,;]|\\[,;!: ]|\\quad", "", text[close[1]:]) or not text[:m.start()].strip():
        return []
    return [(m.start(), m.end(), [" = "]), (close[0], close[1], [" "])]


_BOLD_LIST = re.compile(r"\\(mathbf|boldsymbol|bm)\s*\{\s*([A-Za-z])\s*((?:,\s*[A-Za-z]\s*)+)\}")


def bold_lists(text):
    """p(\\mathbf{X, Z}): the font on a list of letters, each letter in it (\\mathbf{X}, \\mathbf{Z})."""
    edits = []
    for m in _BOLD_LIST.finditer(text):
        letters = [m.group(2)] + [c.strip() for c in m.group(3).split(",") if c.strip()]
        edits.append((m.start(), m.end(), [", ".join("\\%s{%s}" % (m.group(1), c) for c in letters)]))
    return edits
