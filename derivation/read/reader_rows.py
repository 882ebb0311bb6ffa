"""A display's rows as equations: a row that wraps onto the next is joined to it, a row holding two
equations is cut in two, and a condition written after a row (`\\text{for } \\beta = 0`) is found.

Only the row's text is looked at here (relations.py's scan), before any side is parsed, so the number
of steps and their lines never depend on what the grammar can read. Every scan is linear in the row.
"""
from __future__ import annotations

import bisect
import re

from .document_source import Row
from .mapped import Mapped
from .relations import scan

MAX_ROW_CHARS = 200_000     # a longer row is not scanned at all
# A condition written after a row: `\quad \text{for } \beta = 0` (for, if, iff, when, at, where, provided,
# assuming, given), `\text{if } x \ne y`, `\quad (\beta = 0)`; `\text{with } y_i \in \{0, 1\}` (with and no `=` after
# it: `A \text{ with } Z = B` is two equations, reader_rows._segments).
# It is cut from the row (its `=` is no step of the chain) and kept on the ReadRow: derivation/judge/conditions.py
# judges the row where the condition holds, and never refutes it outside.
# The condition itself; the spacing before it (\quad, \, , commas) is taken by _spacing_before, a
# backward scan: a leading `(?:\quad|\s)*` in this pattern made search() quadratic on long blank runs.
_CONDITION = re.compile(r"(?:\\(?:text|textrm|mbox|mathrm)\s*\{\s*(?:for|if|iff|when|whenever|at|where|"
                        r"(?:provided|assuming|given)(?:\s+that)?|with(?=[^=]*$))"
                        r"(?![A-Za-z])\s*([^{}]*)\}(.*)|\\q?quad\s*\(([^()]*(?:=|<|>|\\n?eq|\\l|\\g)[^()]*)\))"
                        r"\s*(?:[.,;]\s*)?$", re.S)   # not two \s* side by side: no backtracking
# `a = b \quad \text{where } Z = \sum_x e^{-E(x)}`: the author also asserts the where-clause (a definition of a
# fixed object is checked like any row), so it is the row's condition and an equation of its own.
_CLAIMED = re.compile(r"\\(?:text|textrm|mbox|mathrm)\s*\{\s*where(?![A-Za-z])")
# ... and where it defines an object with a fixed meaning (Z, E, F, L: `\text{where } Z = \sum_x e^{-E(x)}`), it
# restricts nothing: the row is judged as written (a slip in it still refuted), the clause on its own.
_FIXED_CLAUSE = re.compile(r"^\s*(?:Z|E|F|U|L|\\mathcal\s*\{\s*[ZLEF]\s*\})(?![A-Za-z])")
_SPACING = ("\\qquad", "\\quad", "\\,", "\\;", "\\:", "\\!", "\\ ")


def _spacing_before(text: str, end: int) -> int:
    """Where the run of spacing (blanks, commas, ~, \\quad, \\,) that ends at `end` begins; linear."""
    k = end
    while k > 0:
        # commands first: the `,` of `\,` is a command's, not a comma
        cut = next((len(t) for t in _SPACING if k >= len(t) and text.startswith(t, k - len(t))), 0)
        if not cut and text[k - 1] in " \t\n\r,~":
            cut = 1
        if not cut:
            break
        k -= cut
    return k


_LET_TEXT = re.compile(r"^\s*\\(?:text|textrm|mbox)\s*\{\s*(?:let|define|where|with|and)\b[^{}]*\}", re.I)
_EQ_NUMBER = re.compile(r"^\s*(?:\(\s*[\w.*']{1,8}\s*\)\s*[.,;]?\s*$|\\(?:forall|exists)(?![A-Za-z]))")
_OPERATOR_START = re.compile(r"^\s*(?:(?:\\q?quad(?![A-Za-z])|\\[,;:!]|~)\s*)*(?:[+\-]|\\cdot(?![A-Za-z])|\\times(?![A-Za-z]))")


def _segments(text: Mapped) -> list[Mapped]:
    """Two equations on one row, separated by \\quad, \\text{...}, \\implies: one Mapped per equation.
    A piece without a relation stays with the equation before it (a condition, spacing)."""
    tokens = scan(text.text)
    cuts = [t for t in tokens if t.kind in ("separator", "text", "comma")]
    if not cuts:
        return [text]
    pieces, prev = [], 0
    for t in cuts:
        pieces.append((prev, t.start, t))
        prev = t.end
    pieces.append((prev, len(text.text), None))
    rel_at = [t.start for t in tokens if t.kind == "relation"]
    tok_at = [t.start for t in tokens]

    def has_rel(a, b):  # bisect: a row of 20 000 `\quad`s stays linear
        j = bisect.bisect_left(rel_at, a)
        return j < len(rel_at) and rel_at[j] < b

    def starts_with_rel(a, b):
        j = bisect.bisect_left(tok_at, a)
        if j >= len(tokens) or tokens[j].start >= b:
            return False
        return tokens[j].kind == "relation" and not text.text[a:tokens[j].start].strip()

    segs: list[list[int]] = []   # [start, end] in text
    any_text = any(c.kind == "text" for c in cuts)
    for a, b, cut in pieces:
        if segs and (not has_rel(a, b) or starts_with_rel(a, b)):
            if not has_rel(a, b) and cut is None and segs and text.text[a:b].strip() and any_text:
                continue  # `a = b \text{ for all } x`: the condition after the words is not mathematics
            if not has_rel(a, b) and cut is None and _EQ_NUMBER.match(text.text[a:b]):
                continue  # `a = b \quad (7)`, `a = b, \quad \forall x`: a number or a condition
            segs[-1][1] = b
        else:
            segs.append([a, b])
    if len(segs) > 1 and not has_rel(*segs[0]):  # `x_1, x_2 = ...`: words before the first relation stay
        segs[1][0] = segs[0][0]
        segs.pop(0)
    if segs == [[0, len(text.text)]]:
        return [text]
    out = []
    for a, b in segs:
        piece = text.text[a:b]
        end = len(piece.rstrip())  # a comma or full stop between two equations is not mathematics
        if piece[:end].endswith((",", ";", ".", "、", "，", "。")) and not piece[:end].endswith("\\,"):
            end -= 1
        out.append(text.slice(a, a + end))
    return out


_ARROW_WORDS = {"implies", "Rightarrow", "Longrightarrow", "iff", "Leftrightarrow", "Longleftrightarrow"}


def _blank_tail_arrow(m: Mapped) -> Mapped:
    """`A = B \\quad \\Longrightarrow` closing a row: the arrow says the next row follows from this one; it is no
    mathematics of this row (the next row is an equation of its own, as after a row starting with the arrow)."""
    t = m.text
    tokens = [x for x in scan(t) if x.kind in ("separator", "text")]
    cut, end, arrow = len(t), len(t), False
    for tok in reversed(tokens):
        if t[tok.end:end].strip(" \t\n,;.\\,"):
            break
        word = tok.sign.lstrip("\\").rstrip("*")
        if tok.kind != "separator" or not (arrow or word in _ARROW_WORDS) or word not in _ARROW_WORDS | {"quad", "qquad"}:
            break
        arrow = True
        cut = end = tok.start
    if not arrow or not t[:cut].strip():
        return m
    return Mapped(t[:cut] + " " * (len(t) - cut), m.starts, m.origins, m.verbatim)


def _blank_tail_separators(m: Mapped) -> Mapped:
    """Drop the \\text{...} and \\quad left at the end of an equation after splitting (one pass)."""
    t = m.text
    tokens = [x for x in scan(t) if x.kind in ("separator", "text")]
    cut, end = len(t), len(t)
    for tok in reversed(tokens):
        if t[tok.end:end].strip(" \t\n,;.\\,"):
            break
        cut = end = tok.start
    if cut == len(t):
        return m
    return Mapped(t[:cut] + " " * (len(t) - cut), m.starts, m.origins, m.verbatim)



def _ends_on_relation(text: str, tokens) -> bool:
    return bool(tokens) and tokens[-1].kind == "relation" and not text[tokens[-1].end:].strip()


def _joined_rows(rows: list[Row]) -> list[tuple[Row, Mapped, bool]]:
    """Rows of one display, with a row that wraps onto the next joined to it (flag: not joined).
    Each row is scanned once (a display of 10 000 wrapped rows stays linear)."""
    out: list[tuple[Row, Mapped, bool]] = []
    tail = None  # (ends on a relation, the last part is only a relation) of out[-1]
    for row in rows:
        text = Mapped.of(row.text, row.offset)
        here = scan(row.text) if row.kind == "math" and len(row.text) <= MAX_ROW_CHARS else []
        if out and tail is not None and row.kind == "math" and out[-1][0].kind == "math" and out[-1][1].text.strip():
            prev_row, prev, _ = out[-1]
            ends_on_relation, only_relation = tail
            starts_on_relation = bool(here) and here[0].kind == "relation" and not row.text[:here[0].start].strip()
            wraps = _OPERATOR_START.match(row.text) and not any(t.kind == "relation" for t in here)
            if ((ends_on_relation and not starts_on_relation and not only_relation) or wraps) and row.text.strip():
                out[-1] = (prev_row, prev + Mapped.of(" ", row.offset) + text, False)
                prev_row.expect = prev_row.expect or row.expect
                prev_row.expect_claim = prev_row.expect_claim or row.expect_claim
                tail = (_ends_on_relation(row.text, here), False)
                continue
        out.append((row, text, True))
        ends = _ends_on_relation(row.text, here)
        tail = (ends, ends and len(here) == 1 and not row.text[:here[0].start].strip()) if row.kind == "math" else None
    return out

