"""The scope of an unbraced \\log over applications typed together (general.py's second parse, log_product).

`\\log p(y|x)p(x)`, `\\log p(x|z) q(z)`, `\\log p_\\theta(x) Z_\\theta`, `\\log e^{a} b`: people mean the log of the product as often as the log of the first factor
times the rest, so the row's second reading takes the whole product of applications (derivation/meaning/readings.py
judges both; a row they disagree on is undecided, never invalid). Only applications typed together (applications,
letters, powers of a letter): a product sign or a space between them (`\\log p(x) \\cdot q(x)`, `\\log p(x)\\, q(x)`),
or an operator after them (`\\log p(x) \\sum_z ..`), keeps the one reading.
"""
from __future__ import annotations

from .general_operators import _mul
from .general_tokens import GREEK
from .read_error import ReadError


def _factor(f) -> bool:
    """A factor typed after \\log's argument that the log may take too: an application p(x), a letter Z_theta, a
    power e^{a} (blind hostile set 11: \\log p_\\theta(x) Z_\\theta = -E_\\theta(x) and \\log e^{a} b = a + \\log b were
    refuted on the one reading log(a) b)."""
    return f[0] == "app" and f[1][0] == "sym" or f[0] == "sym" or f[0] == "pow" and f[1][0] == "sym"


def log_of_applications(parser, arg):
    """The argument of \\log when `arg` (an application just read after it) is followed by more applications typed
    together: their product; `arg` itself otherwise (the parser's position left where it was)."""
    save = parser.k
    t = parser.peek()
    between = parser.text[parser.toks[save - 1][2] + 1:t[2]] if save else ""
    if "\\" in between or not (t[0] == "ch" and t[1].isalpha() or t[0] == "cmd" and t[1] in GREEK):
        return arg
    try:
        rest = parser.product()
    except ReadError:
        parser.k = save
        return arg
    factors = rest[1:] if rest[0] == "mul" else (rest,)
    if all(_factor(f) for f in factors):
        return _mul([arg, rest])
    parser.k = save
    return arg
