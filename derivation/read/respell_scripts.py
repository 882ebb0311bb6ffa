"""Respellings of scripts and dots as typed (respell.py applies them): three full stops as \\ldots, a font command
as an unbraced script braced as TeX reads it (D_\\mathrm{KL}), and \\underset / \\overset over a big operator as
that operator's scripts (\\underset{h}{\\sum} = \\sum_{h}), and a braced letter with a subscript, {Z}_i or
{\\mathbf{z}}_i, as that letter's subscript. Each returns edits (start, end, pieces) for rebuild."""
from __future__ import annotations

import re

from .macros import group_end
from .respell_groups import group as _group

_BIG_OPERATOR = re.compile(r"\\(sum|prod|int|max|min|sup|inf)")
_PLAIN_DOTS = re.compile(r"(?<![.\\])\.\.\.(?!\.)|(?<![.\\])\.\s\.\s\.(?![.\s])")


def plain_dots(text: str):
    """`...` typed as three full stops (x_1, ..., x_n; a_1 + ... + a_n): \\ldots, which the dots rules read."""
    return [(m.start(), m.end(), [r"\ldots "]) for m in _PLAIN_DOTS.finditer(text)] if "..." in text or ". ." in text else []


def scripted_operator(text, s, g, sub=None, sup=None):
    """\\underset{h}{\\sum}, \\overset{N}{\\prod}, \\underset{i=1}{\\overset{N}{\\sum}}: the operator with those scripts
    (`g` the group holding the operator); None for anything else (\\underset{h}{f} stays named)."""
    inner = text[g[0]:g[1]].strip()
    bm = _BIG_OPERATOR.fullmatch(inner)
    if bm is None and sub is not None and inner.startswith("\\overset"):
        o1 = _group(text, g[0] + text[g[0]:].index("\\overset") + 8)
        o2 = _group(text, o1[2]) if o1 else None
        if o2 and not text[o2[2]:g[1]].strip():
            bm, sup = _BIG_OPERATOR.fullmatch(text[o2[0]:o2[1]].strip()), o1
    if bm is None or text[g[2]:].lstrip().startswith(("_", "^", "\\limits")):
        return None
    out = ["\\" + bm.group(1)]
    if sub is not None:
        out += ["_{", (sub[0], sub[1]), "}"]
    if sup is not None:
        out += ["^{", (sup[0], sup[1]), "}"]
    return (s, g[2], out + [" "])


_FONT_SCRIPT = re.compile(r"[_^]\s*(\\(?:text|textrm|mathrm|mathbf|mathcal|mathbb|mathit|mathsf|operatorname|boldsymbol|bm)"
                          r"\s*)\{")


def braced_scripts(text: str):
    """D_\\mathrm{KL}, p_\\text{data}: TeX's script is the command with its group; braced, as every rule reads it."""
    out = []
    for m in _FONT_SCRIPT.finditer(text):
        end = group_end(text, m.end() - 1, limit=400)
        if end > 0:
            out.append((m.start(1), end, ["{", (m.start(1), end), "}"]))
    return out


# `{Z}_i`, `{\\mathbf{z}}_i`, `{{Z}_i}`: a group holding one letter (or one command with its group) before a subscript.
# TeX attaches the script to the group, which is that letter: the braces are dropped. Never a command's argument
# (`\\frac{a}{b}_i`, `\\mathbf{a}_i`: a letter or `}` before the brace) nor a script (`e^{x}_i`).
_GROUPED_LETTER = re.compile(r"\{\s*([A-Za-z]|\\[A-Za-z]+(?:\s*\{[A-Za-z]\})?)\s*\}(?=\s*_)")


def grouped_letters(text: str):
    """{Z}_i -> Z_i (above); the character before the brace, spaces passed over, says it is no argument."""
    out = []
    for m in _GROUPED_LETTER.finditer(text) if "}" in text else ():
        head = text[:m.start()].rstrip()
        before = head[-1:]
        # \partial {Z}_i: the letter differentiated by, never an argument of \partial (which takes none)
        if not (before.isalpha() or before in "_^}\\*]") or re.search(r"\\partial$", head):
            out.append((m.start(), m.end(), [(m.start(1), m.end(1))]))
    return out
