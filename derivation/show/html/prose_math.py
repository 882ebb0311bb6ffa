"""The notation inside a sentence, rendered: "writes out P_Θ(x) = e^{-E_Θ(x)} / Z_Θ" on a page.

The checker's sentences (rules, diagnoses, summaries) write their formulas in the plain notation of a
terminal: subscripts with _, powers with ^, Σ_i, E_{x~P_Θ}[f], x^(i), (1/N), u'. On the page, beside
rows rendered as mathematics, that reads as ASCII TeX. So a run of words that is notation is found by
its shape and rendered as inline MathML; words stay words:
- a token is notation when it holds _, ^, ∂, Σ or ², or a / or = between symbols (u'/u, (1/N));
- a single letter, a number, log or exp, or a letter applied to arguments (L(Θ, D)) joins a run of
  notation but never makes one on its own ("a factor", "N copies" stay prose), unless the run is an
  equation (x = 1..K);
- a run ends at a word, or at , ; : . outside parentheses; operators at its ends go back to the prose.
A run math-core cannot read stays as written. Nothing here decides anything: it is display only.
"""
from __future__ import annotations

import html
import re

from .mathml import math_html, to_mathml

_STRONG = re.compile(r"[_^∂Σ²]")
_SLASH_OR_EQ = re.compile(r"^[-(\[]*[\w'()\[\]]{1,6}[/=][\w'()\[\]]{1,6}[)\]']*$")
_WEAK = re.compile(r"^[-(\[]*(?:\d+(?:\.\.[A-Za-z\d]+)?|(?:log|exp|[A-Za-zΘθφϕβμ])(?:\([^\s]*)?)[)\]']*$")
_OPS = {"=", "-", "+", "/", "·", "−", "≠", "×", "≈"}
_TRAIL = ".,;:"
_TEX = [("Θ", r"\Theta "), ("θ", r"\theta "), ("φ", r"\phi "), ("ϕ", r"\phi "), ("β", r"\beta "), ("μ", r"\mu "),
        ("Σ", r"\sum"), ("∂", r"\partial "), ("²", "^2"), ("∼", r"\sim "), ("~", r"\sim "), ("·", r"\cdot "),
        ("−", "-"), ("≠", r"\neq "), ("×", r"\times "), ("≈", r"\approx ")]


def _kind(token: str) -> str | None:
    core = token.rstrip(_TRAIL)
    if core in _OPS:
        return "op"
    if not core or re.search(r"[A-Za-z]{3,}", re.sub(r"\b(?:log|exp)\b|\\[A-Za-z]+", "", core)):
        return None   # a word (model's, end-to-end, positive)
    if _STRONG.search(core) or _SLASH_OR_EQ.match(core):
        return "strong"
    return "weak" if _WEAK.match(core) else None


def to_tex(notation: str) -> str:
    """The plain notation of a run as TeX (E_{x~P}[f] an expectation, x^(i) a data index)."""
    tex = re.sub(r"\^\(([^()]*)\)", r"^{(\1)}", notation)
    tex = re.sub(r"\bE_\{", r"\\mathbb{E}_{", tex)
    tex = re.sub(r"\b(log|exp)\b", r"\\\1 ", tex)
    for a, b in _TEX:
        tex = tex.replace(a, b)
    return tex


def _runs(text: str):
    """(start, end) of each run of notation in text."""
    tokens = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", text)]
    run, depth = [], 0

    def close():
        nonlocal run, depth
        while run and run[-1][3] == "op":
            run.pop()
        while run and run[0][3] == "op":
            run.pop(0)
        while run and sum(t[2].count("(") - t[2].count(")") for t in run) > 0:
            run.pop()   # "n log a (a" before "positive)": the bracket belongs to the prose
        # notation: a token of notation, or an equation between symbols (log(ab) = log a + log b)
        found = run if any(t[3] == "strong" or t[2] == "=" for t in run) else []
        run, depth = [], 0
        return found
    for start, end, tok in tokens:
        kind = _kind(tok)
        if kind is None:
            found = close()
            if found:
                yield found[0][0], found[-1][1]
            continue
        depth += tok.count("(") + tok.count("[") - tok.count(")") - tok.count("]")
        trailing = len(tok) - len(tok.rstrip(_TRAIL))
        ends = trailing and depth <= 0
        run.append((start, end - trailing if ends else end, tok, kind))
        if ends:
            found = close()
            if found:
                yield found[0][0], found[-1][1]
    found = close()
    if found:
        yield found[0][0], found[-1][1]


def prose_html(text: str) -> str:
    """Plain text for the page: HTML-escaped, each run of notation as inline MathML."""
    out, last = [], 0
    for start, end in _runs(text):
        mathml = to_mathml(to_tex(text[start:end]), False)
        if mathml is None:
            continue
        out += [html.escape(text[last:start], quote=False), mathml]
        last = end
    out.append(html.escape(text[last:], quote=False))
    return "".join(out)


_INLINE = re.compile(r"\$([^$]+)\$")


def text_html(text: str) -> str:
    """Plain text for the page: HTML-escaped, each $...$ rendered as inline MathML, and the notation
    written inside the sentence (P_Θ(x) = e^{-E_Θ(x)} / Z_Θ) rendered too (prose_math.py)."""
    out, last = [], 0
    for m in _INLINE.finditer(text):
        out.append(prose_html(text[last:m.start()]))
        out.append(math_html(m.group(1), display=False))
        last = m.end()
    out.append(prose_html(text[last:]))
    return "".join(out)
