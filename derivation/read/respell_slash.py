"""Derivatives written with a slash (respell.py): `d \\ln Z / d\\beta`, `\\partial \\log Z / \\partial \\theta`, `dZ/d\\beta`,
`d^2 F / d\\beta^2` -> `\\frac{d \\ln Z}{d \\beta}`, ... (the derivative as \\frac writes it).

Read only where the slash can mean nothing else: the numerator opens a term (at the start of a side, after a sign,
a relation, an opening bracket or `&`) with `d`, `\\mathrm{d}` or `\\partial`; it holds no sign, relation or slash of
its own at its depth; the denominator is the same differential of one variable (a letter or a Greek letter, with
a subscript, and the numerator's order as a power); and the term ends there (a sign, a relation, a closing bracket,
words, the end of the side). `a d/dx`, `dZ/d\\beta \\, x`, `d \\ln Z / d\\beta \\beta` stay as typed: the reader says
what it cannot read.
"""
from __future__ import annotations

import re

_MAX_SPAN = 240   # characters from the numerator's `d` to its slash: longer is no slash derivative anyone types

_DIFF = r"(?:\\partial(?![A-Za-z])|\\mathrm\s*\{\s*d\s*\}|\\mathrm\s+d(?![A-Za-z])|d)"
_ORDER = r"(?:\^\s*(?:\{\s*(\d)\s*\}|(\d)))?"
_START = re.compile(r"(" + _DIFF + r")\s*" + _ORDER)
_GREEK = (r"alpha|beta|gamma|delta|epsilon|varepsilon|zeta|eta|theta|vartheta|iota|kappa|lambda|mu|nu|xi|pi|rho|"
          r"sigma|tau|upsilon|phi|varphi|chi|psi|omega|Gamma|Delta|Theta|Lambda|Xi|Pi|Sigma|Phi|Psi|Omega")
_VAR = (r"(?:\\(?:" + _GREEK + r")(?![A-Za-z])|[A-Za-z])(?:\s*_\s*(?:\{[^{}]{1,20}\}|\\?[A-Za-z0-9]))?")
_DEN = re.compile(r"\s*(" + _DIFF + r")\s*(" + _VAR + r")\s*" + _ORDER)
# what may close the derivative's term
_END = re.compile(r"\s*(?:$|[+\-=)\]},<>&.;]|\\right(?![A-Za-z])|\\[a-z]*(?:eq|approx|sim)(?![A-Za-z])"
                  r"|\\(?:le|ge|lt|gt|ll|gg|ne|quad|qquad|text|textrm|mbox|implies|Rightarrow|Longrightarrow|iff|"
                  r"cdot|times|bigr|Bigr|biggr|Biggr|[,;:!])(?![A-Za-z]))")
# before the numerator: the start of the side, a sign, a relation, an opening bracket, `&`
_BEFORE = re.compile(r"(?:^|[=+\-(\[{&,<>]|\\left\s*[(\[]|\\(?:big|Big|bigg|Bigg)l?\s*[(\[]"
                     r"|\\(?:approx|le|ge|leq|geq|propto|equiv|quad|qquad|cdot|times)|\\[,;:! ])\s*$")
_STOPS = set("+-=<>&,")
_STOP_WORDS = {"quad", "qquad", "text", "textrm", "mbox", "approx", "le", "ge", "leq", "geq", "propto", "equiv",
               "implies", "Rightarrow", "iff", "over", "pm", "mp"}
_OPEN, _CLOSE = "({[", ")}]"


def _numerator_end(text: str, i: int) -> int | None:
    """The offset of the depth-0 slash that ends a numerator starting at i, or None (a sign or relation first)."""
    depth = 0
    for k in range(i, min(len(text), i + _MAX_SPAN)):
        c = text[k]
        if c == "\\":
            m = re.compile(r"\\([A-Za-z]+)").match(text, k)
            word = m.group(1) if m else ""
            if depth == 0 and word in _STOP_WORDS:
                return None
            continue
        if c in _OPEN and (k == 0 or text[k - 1] != "\\"):
            depth += 1
        elif c in _CLOSE and (k == 0 or text[k - 1] != "\\"):
            depth -= 1
            if depth < 0:
                return None
        elif depth == 0 and c in _STOPS:
            return None
        elif depth == 0 and c == "/":
            return k
    return None


def slash_derivatives(text: str) -> list:
    """The edits (start, end, pieces) that respell each slash derivative of a row as \\frac (the module's docstring)."""
    if "/" not in text:
        return []
    edits, pos = [], 0
    for m in _START.finditer(text):
        s = m.start()
        window = ("x" if s > 12 else "") + text[max(0, s - 12):s]   # `^` is the side's start, never the window's
        if s < pos or (s > 0 and text[s - 1].isalpha() and m.group(1) == "d") or not _BEFORE.search(window):
            continue
        if m.group(1) == "d" and re.compile(r"d[A-Za-z]{2}").match(text, s) and not re.compile(r"d[A-Z]").match(text, s):
            continue   # a word (dx/dt aside: one letter after d), never a differential
        body_start = m.end()
        slash = _numerator_end(text, body_start)
        if slash is None or not text[body_start:slash].strip():
            continue
        den = _DEN.match(text, slash + 1)
        if not den or not _END.match(text, den.end()):
            continue
        num_kind, den_kind = _kind(m.group(1)), _kind(den.group(1))
        order, den_order = m.group(2) or m.group(3) or "", den.group(3) or den.group(4) or ""
        if num_kind != den_kind or order != den_order:
            continue
        op = r"\partial" if num_kind == "partial" else "d"
        power = f"^{{{order}}}" if order else ""
        pieces = [r"\frac{" + op + power + " ", (body_start, slash), "}{" + op + " ", (den.start(2), den.end(2)),
                  power + "}"]
        edits.append((s, den.end(), pieces))
        pos = den.end()
    return edits


def _kind(diff: str) -> str:
    return "partial" if diff.startswith("\\partial") else "d"
