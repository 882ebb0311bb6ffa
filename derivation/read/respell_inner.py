"""Scripts as people place them (respell.py applies both, once, before any rule reads scripts):

    \\mathbf{x_{t-1}}, \\boldsymbol{\\theta^T}, \\bm{W_{ij}}  ->  \\mathbf{x}_{t-1}, \\boldsymbol{\\theta}^T, \\bm{W}_{ij}
    \\hat{y_j}, \\tilde{p_\\theta}, \\bar{x_i}             ->  \\hat{y}_j, \\tilde{p}_\\theta, \\bar{x}_i
    u^T_{k}, \\rho^{eq}_a, \\sum^{N}_{i=1}                ->  u_{k}^T, \\rho_a^{eq}, \\sum_{i=1}^{N}

A font changes the glyph of everything in its group, so a script typed inside it is the letter's own script.
An accent over a letter with a subscript marks the letter with that index (\\hat{y_j}, the estimate of y_j, is
the letter y-hat of index j: one quantity per j either way); a superscript inside an accent stays where it was
typed (\\bar{x^2}, the mean of the squares, is not \\bar{x}^2, the square of the mean). TeX sets x^a_b and
x_b^a alike: the same letter with the same two scripts. Each returns edits (start, end, pieces) for rebuild.
"""
from __future__ import annotations

import re

from .general_tokens import GREEK
from .macros import group_end
from .respell_groups import skip as _skip

FONTS = {"mathbf", "boldsymbol", "bm", "mathit", "mathsf", "mathrm", "mathcal", "mathscr", "mathbb", "pmb",
         "mathnormal", "textbf", "mathbfit", "symbf", "symbfit"}
ACCENTS = {"hat", "widehat", "tilde", "widetilde", "bar", "overline", "vec"}
# the font or accent, and its group's letter (a Latin or a Greek letter) with a script after it
_OPEN = re.compile(r"\\(" + "|".join(sorted(FONTS | ACCENTS, key=len, reverse=True)) + r")(?![A-Za-z])\s*\{"
                   r"\s*([A-Za-z]|\\(?:" + "|".join(sorted(GREEK | {"ell"}, key=len, reverse=True)) + r")(?![A-Za-z]))"
                   r"\s*(?=[_^'])")
_ONE = re.compile(r"\\[A-Za-z]+|\\.|[^\s{}\\^_]")


def _script(text, i):
    """(start, end) of one script's argument at text[i] (spaces skipped): a {group}, a command (a font command
    with its group), or one character; None otherwise."""
    i = _skip(text, i)
    if i < len(text) and text[i] == "{":
        end = group_end(text, i, limit=400)
        return (i, end) if end > 0 else None
    t = _ONE.match(text, i)
    if not t:
        return None
    if t.group(0)[1:] in FONTS | {"text", "textrm", "operatorname"}:
        k = _skip(text, t.end())
        end = group_end(text, k, limit=400) if text[k:k + 1] == "{" else -1
        return (i, end) if end > 0 else None
    return (i, t.end())


def _scripts(text, i):
    """[(kind, start, end)] of the scripts and primes at text[i] (kind '_', '^' or "'"), and where they end."""
    out = []
    while True:
        k = _skip(text, i)
        c = text[k:k + 1]
        if c == "'":
            out.append(("'", k, k + 1))
            i = k + 1
            continue
        if c not in ("_", "^"):
            return out, i
        arg = _script(text, k + 1)
        if arg is None:
            return None, i
        out.append((c, k, arg[1]))
        i = arg[1]


def inner_scripts(text: str):
    """\\mathbf{x_{t-1}} -> \\mathbf{x}_{t-1}; \\hat{y_j} -> \\hat{y}_j (only subscripts and primes leave an accent)."""
    out = []
    for m in _OPEN.finditer(text) if "{" in text else ():
        scripts, end = _scripts(text, m.end())
        k = _skip(text, end)
        if not scripts or text[k:k + 1] != "}":
            continue   # more than a letter with scripts in the group: left as typed
        kinds = [s[0] for s in scripts]
        if m.group(1) in ACCENTS and "^" in kinds:
            continue   # \bar{x^2}: the mean of the squares, never the square of the mean
        after = _skip(text, k + 1)
        if text[after:after + 1] in kinds and text[after:after + 1] in "_^":
            continue   # \mathbf{x_i}_j: a script on each side, no one reading
        if m.group(1) in ACCENTS and text[after:after + 1] == "^" and "'" in kinds:
            continue
        out.append((m.start(), k + 1, [(m.start(), m.end(2)), "}"] + [(s[1], s[2]) for s in scripts]))
    return out


_SUP = re.compile(r"\^")


def script_order(text: str):
    """u^T_{k} -> u_{k}^T: a superscript typed before the subscript of the same letter (TeX sets both alike)."""
    out = []
    if "^" not in text or "_" not in text:
        return out
    for m in _SUP.finditer(text):
        if m.start() > 0 and text[m.start() - 1] == "\\":
            continue
        head = text[:m.start()].rstrip()
        if head.endswith("e") and not head[-2:-1].isalpha() and head[-2:-1] != "\\":
            continue   # e^{x}_i: an exponential, never a letter e with two scripts
        sup = _script(text, m.end())
        if sup is None:
            continue
        k = _skip(text, sup[1])
        if text[k:k + 1] != "_":
            continue
        sub = _script(text, k + 1)
        if sub is None:
            continue
        nxt = _skip(text, sub[1])
        if text[nxt:nxt + 1] in ("_", "^"):
            continue   # x^a_b^c: a double script, left for the reader to name
        out.append((m.start(), sub[1], ["_", (sub[0], sub[1]), "^", (sup[0], sup[1])]))
    return out
