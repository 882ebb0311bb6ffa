"""Names typed without their backslash (respell.py): `log(x)`, `- log \\sum_h ...`, `sigm(c + Wv)`, `Z(eta)`.

A run of letters that spells a function name is read as that function only where the row cannot mean a
product of single letters: the run is the whole word (no letter and no backslash touches it) and an argument
follows it at once: `(`, `\\left(`, `\\big(`, a big operator (`\\sum`, `\\prod`, `\\int`), a `\\frac`. A run
that spells a Greek letter's name of three letters or more (`eta`, `theta`, `lambda`) is that letter wherever
it stands alone. Anything else (`log p(x)`: log of p(x), or the letters l, o, g times p(x)?) is left as
typed, and the reader names the letters it cannot read. Text the row holds as words (\\text{..},
\\mathrm{..}, \\operatorname{..}, \\label{..}, `{\\rm ..}`) is never touched.
"""
from __future__ import annotations

import re

from .macros import group_end

FUNCTIONS = {"log": r"\log", "ln": r"\ln", "exp": r"\exp", "tanh": r"\tanh", "sinh": r"\sinh", "cosh": r"\cosh",
             "coth": r"\coth", "sin": r"\sin", "cos": r"\cos", "tan": r"\tan",
             "sigm": r"\operatorname{sigm}", "sigmoid": r"\operatorname{sigmoid}",
             "softplus": r"\operatorname{softplus}", "softmax": r"\operatorname{softmax}"}
GREEK = {"alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "vartheta", "iota",
         "kappa", "lambda", "sigma", "upsilon", "varphi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Sigma",
         "Upsilon", "Omega"}
_RUN = re.compile(r"(?<![\\A-Za-z])[A-Za-z]+(?![A-Za-z])")
# what may follow a function name as its argument (the row then cannot mean l * o * g ...)
_ARGUMENT = re.compile(r"\s*(?:\(|\\left(?![A-Za-z])|\\[Bb]igg?[lr]?\s*[(\[]|\\(?:sum|prod|int|frac)(?![A-Za-z]))")
_WORDS = re.compile(r"\\(?:text|textrm|textit|textbf|textnormal|mathrm|mathit|mathsf|mathtt|operatorname\*?|mbox|"
                    r"label|tag|begin|end|color|textcolor|hspace|vspace|href|url)\s*\{")
_OLD_STYLE = re.compile(r"\\(?:rm|it|tt|sf)(?![A-Za-z])")


def _protected(text):
    """Spans of the row that are words, not mathematics."""
    spans = []
    for m in _WORDS.finditer(text):
        end = group_end(text, m.end() - 1, limit=len(text))
        spans.append((m.start(), end if end > 0 else len(text)))
    for m in _OLD_STYLE.finditer(text):   # {\rm data}: up to the end of the enclosing group
        depth, j = 0, m.end()
        while j < len(text) and depth >= 0:
            depth += text[j] == "{"
            depth -= text[j] == "}"
            j += 1
        spans.append((m.start(), j))
    return spans


def bare_names(text: str):
    """Edits (start, end, [replacement]) turning each bare name that can only be a name into its command."""
    if not re.search(r"[A-Za-z]{2}", text):
        return []
    spans = _protected(text)
    edits = []
    for m in _RUN.finditer(text):
        word, s, e = m.group(0), m.start(), m.end()
        if any(a <= s < b for a, b in spans):
            continue
        if word in GREEK and len(word) >= 3:
            command = "\\" + word
        elif word in FUNCTIONS and _ARGUMENT.match(text, e):
            command = FUNCTIONS[word]
        else:
            continue
        edits.append((s, e, [command + (" " if e < len(text) and text[e].isalnum() else "")]))
    return edits
