"""A document -> its rows read into ASTs, each side on its own, joined by labelled relations.

The document's own structure is read here, before any side is parsed: macros are expanded,
a row that wraps onto the next (it starts with `+`/`-` and has no relation, or the previous row
ends on a relation) is joined to it, two equations on one row (`\\quad`, `\\text{ with }`,
`\\implies` between them) become two, and each row is cut at its top-level relation signs
(relations.py: `=`, `:=`, `\\approx`, `\\le`, ...). Each side is parsed alone, once, by the one reader
(general.py, reader_sides.py), so an unreadable side spoils only the steps that touch it, and the number of
steps and their lines do not depend on what the reader can read; chains.py gives the sides their meaning.

A row that cannot be read keeps its place with the error (line, column, what was expected) and
the other rows still go on. Lenient readings of the post's slips are notes, never failures:
  - two equations on one row (a missing `\\\\`): `P = e^{-E}/Z  Z = \\sum_x e^{-E}` is read
    as the two rows the post means;
  - the subscript written `P_{\\Theta(x)}`: read as `P_\\Theta(x)` (reader_slips.py, on the text).

Chains run across displays: a display whose first row starts with a relation (`= ...`, `\\qquad = ...`)
goes on from the previous display's last row (documents that put one row per `equation` environment, or a
sentence such as "which gives" between two displays), never from an inline `$Z = ...$` in that sentence;
an inline `$= ...$` goes on from the mathematics just before it. A heading or a rule between them ends
the derivation (the relation then has no left side: unreadable).

Here: reading a row's equations side by side and building the chains. The rest, one idea a module:
reader_types.py (ReadRow, Equation, Document, Problem), reader_rows.py (rows joined, cut into
equations, conditions), reader_sides.py (one side parsed within its limits).
"""
from __future__ import annotations

import re

from .document import MAX_ROWS, DocumentError, Row, Source, find_blocks
from .macros import MacroError, expand, table_for
from .mapped import Mapped
from .general import parse_general
from .held_fixed import drop_held, held_convention
from .read_error import ReadError
from .reader_rows import (_CLAIMED, _CONDITION, _FIXED_CLAUSE, _LET_TEXT, MAX_ROW_CHARS, _blank_tail_arrow,
                          _blank_tail_separators,
                          _joined_rows, _segments, _spacing_before)
# MAX_NESTING, MAX_SIDE_CHARS, _compact, _depth_ok are re-exported: chains.py imports them from here
from .reader_sides import (MAX_NESTING, MAX_SIDE_CHARS, _compact, _depth_ok, _Side,  # noqa: F401
                           _split_missing_break)
from .reader_slips import NOTE as SLIP_NOTE, subscript_slip
from .prose_statements import head_key, mark_statement
from .reader_bar import evaluation_bar
from .reader_types import Document, Equation, Problem, ReadRow
from .relations import PREMISES, scan
from .respell import nabla_convention, respell

MAX_RELATIONS = 200         # relation signs in one row (a = b = c ...)
# `N = 100`, `\beta = 1`: a size or a parameter given a value, not an identity to judge.
_ASSIGNABLE = re.compile(r"^\s*(?:\\mathbf\{|\\boldsymbol\{|\\bm\{)?([a-df-oru-zA-DG-KMNOQR-Y]|\\(?:beta|lambda|alpha|eta|"
                         r"epsilon|varepsilon|sigma|tau|gamma|mu|theta|Theta))\}?(?:_\{?[\w\\]+\}?)?\s*$")
# (every letter but the fixed objects' p, q, s, t, E, F, L, P, Z: `Z = 1` is a claim to judge, `h_j = 1` a value)
# a side that is one decimal numeral, as an approximation's value is printed: 0.731, -0.269, 2.000 (a trailing
# full stop or comma, spacing commands around it); an integer (`\approx 2`) is no claim of digits
_DECIMAL_SIDE = re.compile(r"[-+]?\d*\.\d+[.,]?$")
_UPRIGHT = re.compile(r"\\(?:mathrm|operatorname|text|textrm)\s*\{[A-Za-z]*\}")
_COMMAND = re.compile(r"\\[A-Za-z]+|\\.")
_LETTER = re.compile(r"[A-Za-df-z]")
_SPACING = re.compile(r"\s+|\\[,;:! ]|\\q?quad(?![A-Za-z])")
_NUMBER = re.compile(r"^\s*(?:[-+]\s*)?\d+(?:\.\d+)?\s*$")  # no two \s* side by side: no backtracking


class _Reader:
    def __init__(self, src: Source):
        self.src = src
        self.table = table_for(src.macros)
        self.nabla = nabla_convention(src.text)
        self.held = held_convention(src.text)   # (d Q / d beta)_{N,V}: the one set the document holds fixed

    def at(self, text: Mapped, k: int) -> tuple[int, int]:
        return self.src.position(text.source_offset(k))

    def printed(self, text: Mapped) -> str:
        a = text.source_offset(len(text.text) - len(text.text.lstrip()))
        b = text.source_offset(max(len(text.text.rstrip()) - 1, 0)) + 1
        return " ".join(self.src.text[a:b].split()) if b > a else text.text.strip()

    def read(self, row: Row, text: Mapped, whole: bool = True) -> list[ReadRow]:
        """The equations of one row; `whole`: the text is the row's own (not joined to the next)."""
        self.whole = whole
        line, col = row.line, row.column
        if len(text.text) > MAX_ROW_CHARS and len("".join(text.text.split())) > MAX_ROW_CHARS // 2:
            return [ReadRow(row, error=Problem(line, col, f"a row of {len(text.text)} characters (longer than "
                                               f"{MAX_ROW_CHARS}: not read)", "a row per equation"),
                            line=line, column=col)]
        if not text.text.strip():
            return []  # a blank row (`\\ \\` for spacing): nothing to read, nothing wrong
        if not text.text.replace("=", " ").strip():
            return [ReadRow(row, error=Problem(line, col, "empty row", "an expression"), line=line, column=col)]
        try:
            text = expand(text, self.table)
            # a bare \nabla takes the document's one subscript; in a document with several, the row's one
            # (`\nabla_\theta Z = \int e^{-U} \nabla U dx`: the row differentiates by theta only)
            nabla = self.nabla or nabla_convention(text.text)
            text = respell(text, nabla)  # LaTeX as typed -> the spelling read
            text = drop_held(text, self.held)   # held_fixed.py: the subscript of a derivative's fixed variables
        except MacroError as e:
            eline, ecol = self.src.position(e.offset)
            return [ReadRow(row, error=Problem(eline, ecol, str(e)), line=line, column=col)]
        let = row.let or bool(_LET_TEXT.match(text.text))
        if _LET_TEXT.match(text.text):
            m = _LET_TEXT.match(text.text)
            text = Mapped(" " * m.end() + text.text[m.end():], text.starts, text.origins, text.verbatim)
        condition = ""
        cm = _CONDITION.search(text.text)
        start = _spacing_before(text.text, cm.start()) if cm else 0
        if cm and start > 0 and text.text[:start].strip():
            condition = " ".join(((cm.group(1) or "") + " " + (cm.group(2) or cm.group(3) or "")).split())
            claimed = _CLAIMED.match(text.text, cm.start())
            condition = "" if claimed and _FIXED_CLAUSE.match(condition) else condition
            if not claimed:   # `where Z = ...` is also a claim: its own equation
                text = Mapped(text.text[:start] + " " * (len(text.text) - start), text.starts, text.origins,
                              text.verbatim)
        if not condition:   # \left. f(t) \right|_{t=0} = c: the row under the condition t = 0 (reader_bar.py)
            bar = evaluation_bar(text)
            text, condition = bar if bar else (text, condition)
        out = []
        segments = _segments(text)
        if len(segments) > MAX_RELATIONS:
            return [ReadRow(row, error=Problem(line, col, f"{len(segments)} equations on one row (more than "
                                               f"{MAX_RELATIONS}: not read)", "a row per equation"),
                            line=line, column=col)]
        self.single = len(segments) == 1
        # `x \perp y`, `dL/dp =! 0` beside an equation: a premise the author's other equations on the row rest on (a
        # condition the checker does not read: never refuted, judge/conditions.py)
        premise = "" if condition or self.single else next(
            (" ".join(seg.text.split()) for seg in segments
             if any(t.relation in PREMISES for t in scan(seg.text) if t.kind == "relation")), "")
        for k, seg in enumerate(segments):
            seg = _blank_tail_separators(seg) if seg is not text else _blank_tail_arrow(seg)
            out += self.read_equation(row, seg, let, first=(k == 0))
            if k == 0 and row.note and out:   # where the row was found (document.py: an unclosed `$$`)
                out[0].notes = [Problem(row.line, row.column, row.note)] + out[0].notes
            if k == 0:
                for rr in out:   # the condition restricts the row it follows, never its own claim
                    rr.condition = condition
        premise = premise or row.premise   # `\\because a = b \\ \\therefore c = d`: c = d holds where a = b does
        for rr in out if premise else ():
            rr.condition = rr.condition or premise
        return out

    def read_equation(self, row: Row, text: Mapped, let: bool, first: bool) -> list[ReadRow]:
        text, slips = subscript_slip(text)   # P_{\Theta(x)} read as P_\Theta(x), with a note (reader_slips.py)
        slip_notes = [Problem(*self.src.position(off), SLIP_NOTE) for off in slips]
        out = self._read_equation(row, text, let, first)
        if slip_notes and out:
            out[-1].notes = sorted(out[-1].notes + slip_notes, key=lambda n: (n.line, n.column))
        return out

    def _read_equation(self, row: Row, text: Mapped, let: bool, first: bool) -> list[ReadRow]:
        tokens = [t for t in scan(text.text) if t.kind == "relation"]
        if len(tokens) > MAX_RELATIONS:
            line, col = self.at(text, tokens[MAX_RELATIONS].start)
            return [ReadRow(row, error=Problem(line, col, f"{len(tokens)} relation signs in one row (more than "
                                               f"{MAX_RELATIONS}: not read)", "a row per equation"),
                            line=row.line, column=row.column)]
        bounds, prev = [], 0
        for t in tokens:
            bounds.append((prev, t.start))
            prev = t.end
        bounds.append((prev, len(text.text)))
        sides = [_Side(text.slice(a, b)) for a, b in bounds]
        relations = [""] + [t.relation for t in tokens]
        signs = [""] + [t.sign for t in tokens]
        lead = len(text.text) - len(text.text.lstrip())
        line, col = self.at(text, lead) if not first else (row.line, row.column)
        if first and lead < len(text.text):
            line, col = self.at(text, lead)
        for k, s in enumerate(sides):
            if k == 0 and not s.text.text.strip() and len(sides) > 1:
                continue  # a row that starts with a relation continues the chain
            if not s.text.text.strip():
                where = tokens[k - 1].end if k > 0 else 0
                s.error = ReadError("nothing on this side of " + (signs[k] or "the relation"), where,
                                    "an expression")
                s.text = text.slice(where, where + 1)
                continue
            s.parse()
        # the post's slip: `a = b Z = c` is `a = b \\ Z = c`
        split = _split_missing_break(sides, relations)
        if split is not None and not let:
            return self._split(row, text, sides, split, line, col)
        whole = self.whole and first and self.single
        result = ReadRow(row, line=line, column=col, latex=row.source if whole else self.printed(text),
                         relations=relations, signs=signs)
        result.sides, result.side_errors, notes = [], [], []
        result.texts = [s.text if s.text.text.strip() else None for s in sides]
        result.leading = len(sides) > 1 and not sides[0].text.text.strip()
        for k, s in enumerate(sides):
            if s.tree is None and s.error is None:
                result.sides.append(None)
                result.side_errors.append(None)
                continue
            if s.error is None:
                result.sides.append(s.tree)
                result.side_errors.append(None)
                continue
            lead_in = len(s.text.text) - len(s.text.text.lstrip())
            eline, ecol = self.at(s.text, max(s.error.offset, lead_in))
            result.sides.append(None)
            result.side_errors.append(Problem(eline, ecol, s.error.what, s.error.expected))
        result.notes = notes
        result.judged = [False] + [self._judged(relations[k], sides[k - 1], sides[k], result, k, let)
                                   for k in range(1, len(sides))]
        result.values = [False] + [_is_assignment(sides[k - 1], sides[k]) for k in range(1, len(sides))]
        result.relations = [relations[0]] + [
            "definition" if (let or _is_assignment(sides[k - 1], sides[k])) and relations[k] == "equality"
            else relations[k] for k in range(1, len(sides))]
        return [result]

    def _judged(self, relation, left: _Side, right: _Side, rr: ReadRow, k: int, let: bool) -> bool:
        if _is_assignment(left, right):
            return False
        if relation == "equality" and not let:
            return True
        if relation == "proportional":   # judged as a proportionality (derivation/judge/proportional.py)
            return True
        if relation == "approx" and any(_decimal(a.text.text) and _closed_text(b.text.text)
                                        for a, b in ((left, right), (right, left))):
            return True   # `\sigma(1) \approx 0.731`: judged to the digits written (derivation/judge/approximate.py)
        if relation in ("definition", "equality"):
            # a definition is checked when it defines an object of the fixed vocabulary (Z := ...);
            # a new symbol (its left side has no fixed meaning) is only shown
            return rr.sides[k - 1] is not None and rr.sides[k] is not None
        return False

    def _split(self, row, text, sides, split, line, col) -> list[ReadRow]:
        k, cut = split
        middle = sides[k]
        cut_at = middle.text.source_offset(cut)
        note = Problem(*self.src.position(cut_at), "two equations on one row (a missing \\\\ before this): "
                                                   "read as two rows")
        head, last = middle.text.slice(0, cut), middle.text.slice(cut, len(middle.text.text))
        a = ReadRow(row, [sides[0].tree, parse_general(head.text)], line=line, column=col,
                    latex=self.printed(text.slice(0, bounds_end(text, middle, cut))))
        b_line, b_col = self.src.position(cut_at)
        b = ReadRow(row, [parse_general(last.text)] + [s.tree for s in sides[k + 1:]], notes=[note], line=b_line,
                    column=b_col,
                    latex=self.printed(text.slice(bounds_end(text, middle, cut), len(text.text))).rstrip("\\").strip())
        a.texts = [sides[0].text, head]
        b.texts = [last] + [s.text for s in sides[k + 1:]]
        return [a, b]


def bounds_end(text: Mapped, middle: _Side, cut: int) -> int:
    """Offset in `text` of offset `cut` of the middle side (both map to the same source)."""
    target = middle.text.source_offset(cut)
    for k in range(len(text.text)):
        if text.source_offset(k) == target:
            return k
    return len(text.text)


def _decimal(side: str) -> bool:
    """The side is one decimal numeral (spacing and a closing full stop aside): an approximation's printed value."""
    return bool(_DECIMAL_SIDE.match(_SPACING.sub("", side)))


def _closed_text(side: str) -> bool:
    """The side writes no letter outside commands and upright names (e for Euler's number aside): it may be one
    closed number, \\sigma(1), e^{0.693}, \\mathrm{softmax}(1, 2, 3)_1 (the judge decides: approximate.py)."""
    bare = _UPRIGHT.sub("", side)
    return not _LETTER.search(_COMMAND.sub("", bare))


def _is_assignment(left: _Side, right: _Side) -> bool:
    return bool(_ASSIGNABLE.match(left.text.text) and _NUMBER.match(right.text.text))


# Prose that ends a derivation: a heading (Markdown `#`, a setext or reST underline, doconce's `=== T ===`), a
# rule, a LaTeX sectioning command. A display starting with `=` after it begins no chain of its own: unreadable.
_BREAK = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]|^[ \t]*(?:={3,}|-{3,}|\*{3,}|_{3,}|~{3,})[ \t]*$|^[ \t]*={3,}[ \t].*={3,}[ \t]*$"
                    r"|\\(?:(?:sub){0,2}section|chapter|paragraph)\*?\s*[\[{]", re.M)


def _block_span(block) -> tuple[int, int]:
    rows = block.rows
    return (rows[0].offset, rows[-1].offset + len(rows[-1].text)) if rows else (0, 0)


def _goes_on_from(block, blocks_seen, text: str):
    """The block a block starting with a relation (`= ...`) goes on from: a display goes on from the last
    display (a `$Z = ...$` in the sentence between them is a remark, never the chain's last row), or, with no
    display before it, from the inline mathematics just before it; an inline `$= ...$` from the last
    mathematics. None when a heading or a rule lies between them."""
    if not blocks_seen:
        return None
    displays = [b for b in blocks_seen if not b.inline]
    prev = displays[-1] if displays and not block.inline else blocks_seen[-1]
    start, _ = _block_span(block)
    _, end = _block_span(prev)
    return None if _BREAK.search(text, min(end, start), start) else prev


def read_text(text: str, name: str = "<document>") -> Document:
    """Read every display of a document. DocumentError when it has no math or an unclosed display."""
    src, blocks = find_blocks(text, name)
    reader = _Reader(src)
    rows: list[ReadRow] = []
    equations: list[Equation] = []
    chain_id = -1
    stated = set()   # the letters earlier rows state (prose_statements.head_key)
    seen, chain_of, last_eq = [], {}, {}   # blocks with mathematics read, their chain, each chain's last Equation
    for block in blocks:
        current = None
        opened = False
        for row, mapped, whole in _joined_rows(block.rows):
            if row.kind == "prose":
                rows.append(ReadRow(row, kind="prose", line=row.line, column=row.column, latex=row.source,
                                    chain=max(chain_id, 0)))
                continue
            for rr in reader.read(row, mapped, whole):
                if not opened:
                    # a block that starts with `= ...` goes on from the chain of the one before it
                    prev = _goes_on_from(block, seen, src.text) if rr.continues else None
                    if prev is None:
                        chain_id += 1
                        chain_of[block.index] = chain_id
                    else:
                        chain_of[block.index] = chain_of[prev.index]
                        current = last_eq.get(chain_of[prev.index])
                    seen.append(block)
                    opened = True
                rr.chain = chain_of[block.index]
                if block.inline:   # `the natural parameter is $\eta = -\lambda$`: a statement (prose_statements.py)
                    mark_statement(rr, stated)
                if len(rr.sides) > 1:
                    stated.add(head_key(rr.sides[0]))
                _mark_error(rr)
                rows.append(rr)
                if len(rows) > MAX_ROWS:
                    raise DocumentError(f"{name}: more than {MAX_ROWS} equations, the most eq7 checks in one "
                                        "document (each step has its own time budget); split the document")
                if rr.error:
                    current = None  # an unreadable row breaks the chain: nothing to compare with
                    last_eq.pop(rr.chain, None)
                    continue
                exprs = [s for s in rr.sides]
                if rr.continues and current is not None:
                    current.exprs += exprs[1:]
                    current.rows += [rr] * (len(exprs) - 1)
                    continue
                sides = exprs[1:] if rr.continues else exprs
                current = Equation(list(sides), [rr] * len(sides))
                last_eq[rr.chain] = current
                equations.append(current)
    return Document(src, rows, equations)


def _mark_error(rr: ReadRow) -> None:
    """The row's error: its first unreadable side that a judged step needs (or any, if none is judged:
    a lone expression that cannot be read is still unreadable)."""
    if rr.error is not None:
        return
    errs = [(k, e) for k, e in enumerate(rr.side_errors) if e is not None]
    if not errs:
        return
    n = len(rr.sides)
    for k, e in errs:
        needed = (k > 0 and rr.judged[k]) or (k + 1 < n and rr.judged[k + 1]) or n == 1
        if needed:
            rr.error = e
            return


def read_file(path) -> Document:
    with open(path, encoding="utf-8") as f:
        return read_text(f.read(), str(path))


__all__ = ["Document", "DocumentError", "Equation", "Problem", "ReadRow", "read_file", "read_text"]
