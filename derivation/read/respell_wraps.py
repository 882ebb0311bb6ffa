"""Wrappers and colour as people type them (respell.py): \\boxed{..}, \\underbrace{..}_{..}, \\textcolor{c}{..},
\\cancel{..}, \\color{red} -> the content they wrap (a signed term stays a term of the sum, never a factor)."""
from __future__ import annotations

import re

from .macros import group_end
from .respell_groups import group as _group, has_relation as _has_relation, skip as _skip

_CMD = re.compile(r"\\([A-Za-z]+)\*?|\\(.)", re.S)
WRAPS = {"boxed", "fbox", "underline", "cancel", "bcancel", "xcancel", "underbrace", "overbrace", "textcolor",
         "colorbox", "bbox"}


def _argument(text, brace) -> bool:
    """Whether the group opening at text[brace] is an argument: of a command (\\frac{..}{..}, \\sqrt[n]{..}) or a
    script (x^{..}). After a plain group ({a} {b}) it is one only if that group is."""
    before = text[:brace].rstrip()
    if before.endswith(("_", "^", "]")) or re.search(r"\\[A-Za-z]+\*?$", before):
        return True
    if not before.endswith("}"):
        return False
    depth, k = 0, len(before) - 1
    while k >= 0:
        if before[k] == "}" and (k == 0 or before[k - 1] != "\\"):
            depth += 1
        elif before[k] == "{" and (k == 0 or before[k - 1] != "\\"):
            depth -= 1
            if depth == 0:
                return _argument(text, k) or bool(re.search(r"\\[A-Za-z]+\*?$", before[:k].rstrip()))
        k -= 1
    return True


def _signed(text, a) -> bool:
    """Whether text from a starts with a sign (spaces skipped)."""
    k = _skip(text, a)
    return k < len(text) and text[k] in "+-"


def _wrap(text, a, b):
    """The content of \\boxed{..} and friends: bare when it holds the row's relation (\\boxed{U = ..}), else a group.
    A leading sign stays outside the group, where the typeset row shows it: \\underbrace{-E}_{..}\\underbrace{- \\log Z}
    is -E - log Z, never the product of two groups."""
    if _has_relation(text[a:b]):
        return [" ", (a, b), " "]
    k = _skip(text, a)
    if k < b and text[k] in "+-":
        return [" ", (k, k + 1), " {", (k + 1, b), "}"]
    return ["{", (a, b), "}"]


def _script(text, j, mark):
    """End of an optional `_{..}` / `^{..}` (or one token) at text[j] (mark is `_` or `^`)."""
    k = _skip(text, j)
    if k >= len(text) or text[k] != mark:
        return j
    g = _group(text, k + 1)
    if g:
        return g[2]
    m = _CMD.match(text, _skip(text, k + 1))
    if m:
        return m.end()
    k = _skip(text, k + 1)
    return k + 1 if k < len(text) else j


def color(text, s, e):
    """\\color{c} (and [model]{c}): nothing; {\\color{red} - \\log Z}: the coloured group is a signed term of its own."""
    j = e
    om = re.compile(r"\s*\[[^\]]*\]").match(text, j)
    j = om.end() if om else j
    g = _group(text, j)
    if not g:
        return None
    brace = len(text[:s].rstrip()) - 1   # {\color{red} - \log Z}: the group it colours is the content,
    if brace >= 0 and text[brace] == "{" and (brace == 0 or text[brace - 1] != "\\") and _signed(text, g[2]) \
            and not _argument(text, brace):
        end = group_end(text, brace, limit=len(text))   # of a command ({\frac{..}{..}}): a signed term alone
        if end > g[2]:
            return (brace, end, _wrap(text, g[2], end - 1))
    return (s, g[2], [" "])


def wrapped(text, s, e, name):
    """\\boxed{..}, \\underbrace{..}_{..}, \\textcolor{c}{..}, ...: the content (_wrap)."""
    j = e
    if name == "bbox":
        om = re.compile(r"\s*\[[^\]]*\]").match(text, j)
        j = om.end() if om else j
    if name in ("textcolor", "colorbox"):
        g = _group(text, j)
        if not g:
            return None
        j = g[2]
    g = _group(text, j)
    if not g:
        return None
    end = g[2]
    if name in ("underbrace", "overbrace"):
        end = _script(text, end, "_" if name == "underbrace" else "^")
    return (s, end, _wrap(text, g[0], g[1]))
