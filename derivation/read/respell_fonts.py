"""Plain-TeX font switches and doubled bars (respell.py), rewritten to the spelling the grammars read:

    {\\cal L}, {\\mathcal L}    ->  \\mathcal{L}          {\\bf x}, {\\bm x}  ->  \\mathbf{x}
    {\\rm log}, {\\rm ln}, {\\rm exp}  ->  \\log, \\ln, \\exp    {\\rm data}, {\\it x}  ->  \\mathrm{data}, x
    {\\rm d^2}                ->  \\mathrm{d}^{2}  (a derivative's order outside the upright d)
    P \\mid\\mid Q, P \\Vert Q, P \\|\\| Q (Markdown's escaped ||), P \\vert\\vert Q, P \\parallel Q   ->  P \\| Q
    \\mathcal{KL}, \\mathbb{KL}, \\mathbf{KL}, \\mathrm{D_{KL}}   ->  \\mathrm{KL}
    h_{1:m}, h^{(k)}_{1:m}     ->  h, h^{(k)}  (every unit 1..m: the configuration)
    \\mathcal{x} (lower case)  ->  x  (calligraphic has no lower-case letters: the author means x)
    \\mathbf{x''}                ->  \\mathbf{x}''  (the primes are the letter's, not inside the font)
    \\mathrm{LogSumExp}_y\\{u\\}  ->  \\mathrm{LogSumExp}_y(u)  (the function's argument printed in braces)
    \\textbf{h}, \\textit{x}      ->  \\mathbf{h}, x  (one letter in a text font is that letter: a sum over h
                                  binds \\textbf{h}, as it binds \\mathbf{h})

Only a group that holds the switch and its content alone is rewritten (`{\\cal L}`, not `{a \\cal L}`), so the
group's braces go with it: `{\\cal L}(\\Theta)` is then \\mathcal{L} applied to Θ, as it is printed.
"""
from __future__ import annotations

import re

from .macros import group_end

_SWITCH = re.compile(r"\{\s*\\(cal|mathcal|bf|bm|boldsymbol|rm|mathrm|it|sf|tt)(?![A-Za-z])\s*")
STYLE = {"cal": r"\mathcal", "mathcal": r"\mathcal", "bf": r"\mathbf", "bm": r"\boldsymbol",
         "boldsymbol": r"\boldsymbol", "rm": r"\mathrm", "mathrm": r"\mathrm", "sf": r"\mathsf", "tt": r"\mathtt",
         "it": ""}
FUNCTIONS = {"log", "ln", "exp"}
_RANGE = re.compile(r"(?<![\\A-Za-z])([A-Za-z](?:\s*\^\s*\{[^{}]*\})?)\s*\\?_\s*\{\s*1\s*:\s*[A-Za-z0-9]+\s*\}")
_TEXT_LETTER = re.compile(r"\\(textbf|textit)\s*\{\s*([A-Za-z])\s*\}")
_CAL_LOWER = re.compile(r"\\mathcal\s*\{\s*([a-z])\s*\}")   # calligraphic has no lower-case letters
_PRIMED_FONT = re.compile(r"\\(mathbf|boldsymbol|bm|mathrm|mathit|mathsf)\s*\{\s*([A-Za-z]|\\[A-Za-z]+)\s*('+)\s*\}")
# \mathrm{LogSumExp}_{y}\{ .. \}: the function's argument in braces (printed as braces), read as parentheses
_BRACED_ARGUMENT = re.compile(r"(\\(?:mathrm|operatorname|text)\s*\{\s*(?:LogSumExp|logsumexp|LSE)\s*\}\s*"
                              r"(?:_\s*(?:\{[^{}]*\}|\\?[A-Za-z]+))?\s*)\\\{")
_BARS = re.compile(r"\\mid\s*\\mid(?![A-Za-z])|\\Vert(?![A-Za-z])|\\\|\s*\\\|"   # \|\|: || escaped for Markdown
                   r"|\\vert\s*\\vert(?![A-Za-z])|(?<![_^])(?<![_^] )\\parallel(?![A-Za-z])")   # KL(q \parallel p); T_\parallel: a name
# \mathcal{KL}, \mathbb{KL}, \mathbf{KL}, \mathrm{D_{KL}}: the divergence's name in another font is the one operator
_KL_FONT = re.compile(r"\\(?:mathcal|mathbb|mathbf|mathsf|mathscr|mathit|boldsymbol|bm|textbf|textsf)\s*\{\s*KL\s*\}"
                      r"|\\mathrm\s*\{\s*D\s*_\s*\{?\s*KL\s*\}?\s*\}")


def _matching_brace(text: str, i: int):
    """Where the \\} closing the \\{ that ends at i is, or None."""
    depth = 1
    for m in re.finditer(r"\\[{}]", text[i:]):
        depth += 1 if m.group(0) == "\\{" else -1
        if depth == 0:
            return i + m.start()
    return None


def old_style(text: str):
    """Edits (start, end, [replacement])."""
    edits = []
    for m in _SWITCH.finditer(text):
        end = group_end(text, m.start(), limit=len(text))
        if end < 0:
            continue
        content = text[m.end():end - 1]
        if not content.strip() or "{" in content or "\\" in content.replace("\\,", ""):
            continue    # more than a switch and its letters: left as typed
        word = content.strip()
        power = re.fullmatch(r"d\s*\^\s*\{?\s*(\d)\s*\}?", word) if m.group(1) in ("rm", "mathrm") else None
        if power:   # {\rm d^2} \ln Z: the upright d with the derivative's order outside it, \mathrm{d}^{2}
            edits.append((m.start(), end, [r"\mathrm{d}^{" + power.group(1) + "}"]))
            continue
        if m.group(1) in ("rm", "mathrm") and word in FUNCTIONS:
            out = "\\" + word + " "
        elif m.group(1) == "it":
            out = "{" + word + "}"
        else:
            out = STYLE[m.group(1)] + "{" + word + "}"
        edits.append((m.start(), end, [out]))
    for m in _RANGE.finditer(text):
        edits.append((m.start(), m.end(), [(m.start(1), m.end(1))]))
    for m in _BARS.finditer(text):
        edits.append((m.start(), m.end(), [r"\| "]))
    for m in _KL_FONT.finditer(text):
        edits.append((m.start(), m.end(), [r"\mathrm{KL}"]))
    for m in _CAL_LOWER.finditer(text):   # \\sum_{\\mathcal{x}} p(x): LaTeX prints x upright-ish; the author means x
        edits.append((m.start(), m.end(), [m.group(1)]))
    for m in _PRIMED_FONT.finditer(text):   # \\mathbf{x''}: the primes belong to the letter, \\mathbf{x}''
        edits.append((m.start(), m.end(), ["\\%s{" % m.group(1), (m.start(2), m.end(2)), "}" + m.group(3)]))
    for m in _BRACED_ARGUMENT.finditer(text):
        close = _matching_brace(text, m.end())
        if close is not None:
            edits.append((m.end() - 2, m.end(), ["("]))
            edits.append((close, close + 2, [")"]))
    for m in _TEXT_LETTER.finditer(text):
        edits.append((m.start(), m.end(), [(r"\mathbf{%s}" % m.group(2)) if m.group(1) == "textbf" else m.group(2)]))
    return edits
