"""Style and spacing commands that change how a symbol is printed, never what it is (respell.py):

    \\mathrel{|}, \\mathrel |, \\mathrel{=}          ->  |, =        (TeX's relation spacing around the symbol)
    \\bold x, \\bold{x}, \\symbf{x}, \\mathbold{x}    ->  \\mathbf{x}  (bold letters of other packages and sites)
    \\symbfit{x}, \\mathbfit{x}                      ->  \\boldsymbol{x}
    \\mathcal{L(\\theta)}, \\tilde{p(z_1, z_2)}      ->  \\mathcal{L}(\\theta), \\tilde{p}(z_1, z_2)
    \\blacksquare, \\checkmark, \\qed, \\square, \\Box  closing a row  ->  nothing (an end-of-proof mark)

Every rewrite keeps every symbol the author wrote: a style only changes the glyph, \\mathrel only the spacing, and a
font or accent typed around a whole call `L(\\theta)` prints the letter styled and the call as written (the only
reading of such a group: a calligraphic parenthesis means nothing). A mark of the end of a proof after a row's
mathematics is no symbol of the row; anywhere else it is left as typed and named by the reader.
"""
from __future__ import annotations

import re

from .macros import group_end
from .respell_groups import skip as _skip, tex_arg as _argument

BOLD = {"bold": r"\mathbf", "symbf": r"\mathbf", "mathbold": r"\mathbf", "symbfit": r"\boldsymbol",
        "mathbfit": r"\boldsymbol"}
END_MARKS = {"blacksquare", "checkmark", "qed", "QED", "square", "Box"}
# a font or an accent whose group holds a letter (or a Greek command) applied to arguments, and nothing else
# (not \\bar or \\overline: \\bar{f(x)} may be an average of f(x), no function of x)
AROUND_CALL = {"mathcal", "mathscr", "mathbf", "mathrm", "boldsymbol", "bm", "tilde", "hat", "widehat"}
STYLED = {"mathrel"} | set(BOLD) | END_MARKS | AROUND_CALL
_HEAD = re.compile(r"\s*([A-Za-z]|\\[A-Za-z]+)\s*(?:_\s*(?:\{[^{}]*\}|[A-Za-z0-9]))?\s*(?=\()")
_TRAILING = re.compile(r"[\s.,;]*(?:\\q?quad\s*|\\[,;!: ]\s*)*[\s.,;]*$")


def _closing(text, i):
    """Index of the `)` closing the `(` at text[i], or -1."""
    depth = 0
    for k in range(i, len(text)):
        c = text[k]
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return k
    return -1


def styled(text, s, e, name):
    """The edit (start, end, pieces) for the command `name` typed at text[s:e], or None (left as typed)."""
    if name == "mathrel":
        a = _argument(text, e)
        return (s, a[2], [" ", (a[0], a[1]), " "]) if a else None
    if name in BOLD:
        a = _argument(text, e)
        return (s, a[2], [BOLD[name] + "{", (a[0], a[1]), "}"]) if a else None
    if name in END_MARKS:
        k = _skip(text, e)
        if k < len(text) and text[k] == "{" and text[k + 1:k + 2] == "}":
            k += 2
        if _TRAILING.fullmatch(text, k) and text[:s].strip():
            return (s, len(text), [" " * (len(text) - s)])
        return None
    k = _skip(text, e)
    if k >= len(text) or text[k] != "{":
        return None
    end = group_end(text, k, limit=len(text))
    if end < 0:
        return None
    head = _HEAD.match(text, k + 1, end - 1)
    if not head:
        return None
    close = _closing(text, head.end())
    if close < 0 or text[close + 1:end - 1].strip():
        return None
    # \mathcal{L(\theta)} -> \mathcal{L}(\theta): the style on the letter (and its subscript), the call as written
    return (s, end, [text[s:e] + "{", (head.start(1), head.end()), "}", (head.end(), close + 1)])
