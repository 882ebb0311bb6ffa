"""What the document declares about its letters' values, read from its text, once, in the read layer.

Two layers use what a document declares: a state's values bind the rows after them (judge/declared_sets.py), and
letters per data point whose values are declared are never refuted on other values (meaning/point_numbers.py).
Both read the text here, so a new way of writing a declaration is added once (issue 18, part 5). The unit set of an
explicit model ({0, 1} or {-1, +1}, anywhere in the text, displays included) is read beside it, in
read/units_declared.py, whose words about spins this module shares.

Only mathematics declares: `$x \\in \\{-1, +1\\}$`, `$s_1, s_2 \\in \\{0, 1\\}$`, `$s_i = \\pm 1$`; a tie between
letters (`$\\beta = 1/T$`) is read too, so a refutation that draws them apart is known as none. Values are exact
fractions here (this layer does not import SymPy); the judge turns them into SymPy numbers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

INLINE = re.compile(r"(?<![$\\])\$(?!\$)([^$]+?)\$|\\\((.+?)\\\)", re.S)
# `\\{ \\}` too: Markdown escapes the braces of inline maths (`$x \in \\{-1, 1\\}$`)
_DECL = re.compile(r"(?<![\\\w])([A-Za-z](?:\s*,\s*[A-Za-z])*)\s*\\in\s*\\{1,2}\{([^{}]*?)\\{1,2}\}\s*(\^\s*(?:\{[^{}]*\}|\w))?")
# `$s_i \in \{-1, +1\}$`, `$s_1, s_2, s_3 \in \{0, 1\}$`: the units of a state s (a vector of units)
_UNITS = re.compile(r"(?<![\\\w])([A-Za-z])_(?:\{\s*\w+\s*\}|\w)(?:\s*,\s*(?:\\[lc]?dots\s*,\s*)?\1_(?:\{\s*\w+\s*\}|\w))*"
                    r"\s*\\in\s*\\{1,2}\{([^{}]*?)\\{1,2}\}")
# `$s_i = \\pm 1$`, `$x = \\pm 1$`: the values of a unit (or of a state) said with an equals sign (hostile set 9, K21)
_PLUS_MINUS = re.compile(r"(?<![\\\w])([A-Za-z])(_(?:\{\s*\w+\s*\}|\w))?\s*=\s*\\pm\s*1(?![\d.])")
_NUMBER = re.compile(r"^\s*([+-]?)\s*(\d+(?:\.\d+)?)\s*$")
# `y_i \in \{0, 1\}`, `y \in \{-1, +1\}` (Markdown may escape the braces), `y_i = \pm 1`, anywhere in the text: a
# letter whose values are declared, whatever they are
_ANY_SET = re.compile(r"(?<![\\A-Za-z])([A-Za-z])\s*(?:_\s*(?:\{[^{}]*\}|\w))?\s*(?:\\in\s*\\{1,2}\{|=\s*\\pm)")


@dataclass(frozen=True)
class Declared:
    line: int
    letter: str        # "" for the units spoken of in words only
    values: tuple      # the declared values (Fractions), in the order written, without repeats
    vector: bool       # {..}^d, or units s_i of a state s: a vector of units
    text: str          # as written

    def words(self) -> str:
        return f"${self.text}$ (line {self.line})"


def inline_maths(text: str):
    """(line, body) of every piece of inline mathematics: `$...$` and `\\(...\\)`."""
    for m in INLINE.finditer(text):
        yield text.count("\n", 0, m.start()) + 1, (m.group(1) or m.group(2) or ""), m.group(0)


def declarations(text: str) -> list[Declared]:
    """Every `letter \\in \\{numbers\\}` (or its power), `s_i \\in \\{..\\}` and `s_i = \\pm 1` written in inline
    maths, in document order; then, when the prose speaks of spins, one Declared with no letter and no values."""
    out = []
    for line, body, _ in inline_maths(text):
        for d in _DECL.finditer(body):
            values = _values(d.group(2))
            if not values:
                continue
            for letter in re.split(r"\s*,\s*", d.group(1).strip()):
                out.append(Declared(line, letter, tuple(dict.fromkeys(values)), bool(d.group(3)), d.group(0).strip()))
        for d in _UNITS.finditer(body):
            values = _values(d.group(2))
            if values:
                out.append(Declared(line, d.group(1), tuple(dict.fromkeys(values)), True, d.group(0).strip()))
        for d in _PLUS_MINUS.finditer(body):
            out.append(Declared(line, d.group(1), (Fraction(-1), Fraction(1)), bool(d.group(2)), d.group(0).strip()))
    from .units_declared import WORDS
    if WORDS.search(text):   # spins in words only: a state used as a number has no declared values
        out.append(Declared(0, "", (), False, "the prose speaks of spins"))
    return out


def declared_letters(text: str) -> set:
    """The letters whose values the text declares anywhere (`y_i \\in \\{0, 1\\}`, `y = \\pm 1`), whatever the values."""
    return {m.group(1) for m in _ANY_SET.finditer(text or "")}


_LETTER = r"(?:\\[a-zA-Z]+|[A-Za-z])"
_TIE = re.compile(r"^\s*(" + _LETTER + r")\s*=\s*([^=<>]+?)\s*[.,;]?\s*$")
_OBJECTS = set("ZEPpLFHqQNKM")   # letters of the vocabulary's objects and sizes: a row about them is no tie


def ties(text: str) -> list:
    """[(line, letters, as written)] for `$\\beta = 1/T$` in inline maths: a letter tied to others, which the
    checker does not bind (the rows read each letter as its own quantity)."""
    out = []
    for line, body, written in inline_maths(text):
        t = _TIE.match(body)
        if not t:
            continue
        rhs = re.sub(r"\\(?:frac|dfrac|tfrac|left|right|cdot|sqrt)(?![a-zA-Z])", " ", t.group(2))
        if re.search(r"\\(?!beta|theta|gamma|lambda|mu|sigma|tau|alpha|kappa|epsilon)[a-zA-Z]+|[_^]", rhs):
            continue   # more than letters and arithmetic: not a tie between two letters
        letters = {t.group(1).lstrip("\\")} | {w.lstrip("\\") for w in re.findall(_LETTER, rhs)}
        if len(letters) < 2 or letters & _OBJECTS:
            continue
        out.append((line, frozenset(letters), written))
    return out


def _values(written: str):
    """The numbers of a set as written (`-1, +1`, `0, 1`, `\\pm 1`); None when a part is not a number."""
    pm = "\\pm" in written
    values = []
    for part in written.replace("\\pm", "").split(","):
        n = _NUMBER.match(part)
        if not n:
            return None
        v = Fraction(n.group(2)) * (-1 if n.group(1) == "-" else 1)
        values += [-v, v] if pm else [v]
    return values


# `$a > 0$`, `$a, b > 0$`, `$\beta \ge 0$`: a premise on letters' values the prose states in inline mathematics
_PREMISE = re.compile(r"^\s*((?:\\[a-zA-Z]+|[A-Za-z])(?:\s*,\s*(?:\\[a-zA-Z]+|[A-Za-z]))*)\s*"
                      r"(>|<|\\gt|\\lt|\\geq?|\\leq?|\\geqslant|\\leqslant|≥|≤)\s*([+-]?\d+(?:\.\d+)?)\s*[.,;]?\s*$")
_OPS = {">": ">", "\\gt": ">", "<": "<", "\\lt": "<", "\\ge": ">=", "\\geq": ">=", "\\geqslant": ">=", "≥": ">=",
        "\\le": "<=", "\\leq": "<=", "\\leqslant": "<=", "≤": "<="}


def premises(text: str) -> list:
    """[(line, letters, op, bound, as written)] for `$a > 0$`, `$a, b \\ge 0$` in inline maths: what the document
    assumes of those letters' values (op one of > < >= <=, bound a Fraction; letters without their backslash)."""
    out = []
    for line, body, written in inline_maths(text):
        m = _PREMISE.match(body)
        if m:
            letters = frozenset(w.strip().lstrip("\\") for w in m.group(1).split(","))
            out.append((line, letters, _OPS[m.group(2)], Fraction(m.group(3)), written))
    return out
