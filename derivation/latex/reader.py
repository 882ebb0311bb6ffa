"""A document -> its rows read into ASTs, each side on its own, joined by labelled relations.

The document's own structure is read here, before the grammar sees anything: macros are expanded,
a row that wraps onto the next (it starts with `+`/`-` and has no relation, or the previous row
ends on a relation) is joined to it, two equations on one row (`\\quad`, `\\text{ with }`,
`\\implies` between them) become two, and each row is cut at its top-level relation signs
(relations.py: `=`, `:=`, `\\approx`, `\\le`, ...). Each side is parsed alone, so an unreadable
side spoils only the steps that touch it, and the number of steps and their lines do not depend
on what the grammar can read.

A row that cannot be read keeps its place with the error (line, column, what was expected) and
the other rows still go on. Lenient readings of the post's slips are notes, never failures:
  - two equations on one row (a missing `\\\\`): `P = e^{-E}/Z  Z = \\sum_x e^{-E}` is read
    as the two rows the post means;
  - the subscript written `P_{\\Theta(x)}`: read as `P_\\Theta(x)`.

Chains run across displays: a display whose first row starts with a relation (`= ...`) goes on
from the previous display's last row (documents that put one row per `equation` environment).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from lark import Token, Tree

from .document import MAX_ROWS, DocumentError, Row, Source, find_blocks
from .macros import MacroError, expand, table_for
from .mapped import Mapped
from .parse import ReadError, parse_tree, transform
from .relations import JUDGED, scan
from .respell import nabla_convention, respell

# Products ending in one of these, in the middle of `a = b c = d`, are a missing row break.
_DEFINABLE = ("partition", "prob", "loss", "energy")
MAX_SIDE_CHARS = 20_000     # a side longer than this is not read (the grammar is linear, SymPy is not)
MAX_NESTING = 100           # braces/parentheses nested deeper than this are not read
MAX_RELATIONS = 200         # relation signs in one row (a = b = c ...)
MAX_ROW_CHARS = 200_000     # a longer row is not scanned at all
# `N = 100`, `\beta = 1`: a size or a parameter given a value, not an identity to judge.
_ASSIGNABLE = re.compile(r"^\s*(?:\\mathbf\{|\\boldsymbol\{|\\bm\{)?([a-df-oru-zA-DG-KMNOQR-Y]|\\(?:beta|lambda|alpha|eta|"
                         r"epsilon|varepsilon|sigma|tau|gamma|mu|theta|Theta))\}?(?:_\{?[\w\\]+\}?)?\s*$")
# (every letter but the fixed objects' p, q, s, t, E, F, L, P, Z: `Z = 1` is a claim to judge, `h_j = 1` a value)
_NUMBER = re.compile(r"^\s*(?:[-+]\s*)?\d+(?:\.\d+)?\s*$")  # no two \s* side by side: no backtracking
# A condition written after a row: `\quad \text{for } \beta = 0`, `\text{if } x \ne y`, `\quad (\beta = 0)`.
# It is cut from the row (its `=` is no step of the chain) and kept on the ReadRow: derivation/conditions.py
# judges the row where the condition holds, and never refutes it outside.
# The condition itself; the spacing before it (\quad, \, , commas) is taken by _spacing_before, a
# backward scan: a leading `(?:\quad|\s)*` in this pattern made search() quadratic on long blank runs.
_CONDITION = re.compile(r"(?:\\(?:text|textrm|mbox|mathrm)\s*\{\s*(?:for|if|when|whenever)"
                        r"(?![A-Za-z])\s*([^{}]*)\}(.*)|\\q?quad\s*\(([^()]*(?:=|<|>|\\n?eq|\\l|\\g)[^()]*)\))"
                        r"\s*(?:[.,;]\s*)?$", re.S)   # not two \s* side by side: no backtracking
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


@dataclass
class Problem:
    """Something a reader must be told: an unreadable row (error) or a lenient reading (note)."""

    line: int
    column: int
    message: str
    expected: str = ""

    def __str__(self):
        tail = f" (expected {self.expected})" if self.expected else ""
        return f"line {self.line}, column {self.column}: {self.message}{tail}"


@dataclass
class ReadRow:
    """A row (or one equation of a row) as read.

    `sides[k]` is the AST of the k-th side (None: the missing left side of a row starting with a
    relation, or an unreadable side, then `side_errors[k]` says why); `relations[k]` joins side
    k-1 to side k (its kind: equality, definition, approx, inequality, ...); `judged[k]` whether
    that step is judged as an equality.
    """

    row: Row
    sides: list = field(default_factory=list)
    error: Problem | None = None
    notes: list[Problem] = field(default_factory=list)
    line: int = 0
    column: int = 0
    latex: str = ""       # the row as printed (for a split row, its own part)
    relations: list = field(default_factory=list)
    signs: list = field(default_factory=list)
    judged: list = field(default_factory=list)
    side_errors: list = field(default_factory=list)
    texts: list = field(default_factory=list)   # each side's text (Mapped: macros expanded, source positions)
    kind: str = "math"    # "math" or "prose"
    chain: int = 0        # which chain (derivation) the row belongs to; chains may span displays
    leading: bool | None = None   # the row starts with a relation (`= ...`): it goes on from the row before
    values: list = field(default_factory=list)  # values[k]: side k-1 = side k gives a letter a number (N = 100)
    condition: str = ""   # a condition written after the row (`\\text{for } \\beta = 0`): derivation/conditions.py

    def __post_init__(self):
        self.latex = self.latex or self.row.source
        n = len(self.sides)
        self.relations = self.relations or [""] + ["equality"] * max(n - 1, 0)
        self.signs = self.signs or [""] + ["="] * max(n - 1, 0)
        self.judged = self.judged or [False] + [r in JUDGED for r in self.relations[1:]]
        self.side_errors = self.side_errors or [None] * n

    @property
    def continues(self) -> bool:
        if self.leading is not None:
            return self.leading
        return bool(self.sides) and self.sides[0] is None and self.side_errors[0] is None


@dataclass
class Equation:
    """A chain a = b = c ...: `exprs[k]` was printed on `rows[k]` (a row may hold two exprs)."""

    exprs: list
    rows: list[ReadRow]


@dataclass
class Document:
    source: Source
    rows: list[ReadRow]
    equations: list[Equation]

    @property
    def errors(self) -> list[Problem]:
        return [r.error for r in self.rows if r.error]

    @property
    def notes(self) -> list[Problem]:
        return [n for r in self.rows for n in r.notes]

    @property
    def prose(self) -> list[ReadRow]:
        return [r for r in self.rows if r.kind == "prose"]


def _units(tree):
    """The juxtaposed factors of a `mul` chain (right-recursive in the grammar)."""
    out = []
    while isinstance(tree, Tree) and tree.data == "mul" and len(tree.children) == 2:
        out.append(tree.children[0])
        tree = tree.children[1]
    return out + [tree]


def _split_missing_break(trees: list, relations: list):
    """`a = b Z = c` -> (k, offset): side k's product ends in a defined symbol starting at `offset`
    (into side k's text): the row is two equations with a missing `\\\\` before it."""
    if len(trees) < 3 or any(t is None for t in trees) or any(r != "equality" for r in relations[1:]):
        return None
    units = _units(trees[1])
    last = units[-1]
    if len(units) < 2 or not isinstance(last, Tree) or last.data not in _DEFINABLE:
        return None
    # only where both equations are definitions of the fixed vocabulary (the post's `P = ... Z = ...`):
    # `\sum_x P(x) = 1 Z = Z` and `e^{-E} = Z P(x) = P(x) Z` are chains, not two definitions
    first = trees[0]
    if not (isinstance(first, Tree) and first.data in _DEFINABLE):
        return None
    head = units[0] if len(units) == 2 else Tree("mul", units[:-1])
    return 1, head, last, last.meta.start_pos


def _depth_ok(text: str) -> bool:
    depth = top = 0
    for ch in text:
        if ch in "{([":
            depth += 1
            top = max(top, depth)
        elif ch in "})]":
            depth -= 1
    return top <= MAX_NESTING


class _Side:
    """One side of an equation: its text (mapped to the source) and, once parsed, its tree or error."""

    def __init__(self, text: Mapped):
        self.text = text
        self.tree = None
        self.error: ReadError | None = None

    def parse(self) -> None:
        self.text = _compact(self.text)
        t = self.text.text
        if len(t) > MAX_SIDE_CHARS:
            self.error = ReadError(f"a side of {len(t)} characters (longer than {MAX_SIDE_CHARS}: not read)", 0)
            return
        if not _depth_ok(t):
            self.error = ReadError(f"brackets nested deeper than {MAX_NESTING} (not read)", 0)
            return
        try:
            tree = parse_tree(t)
            if tree.data != "row" or len([c for c in tree.children if not isinstance(c, Token)]) != 1:
                raise ReadError("a relation inside a side", 0, "one expression")
            self.tree = [c for c in tree.children if not isinstance(c, Token)][0]
        except ReadError as e:
            self.error = e
        except RecursionError:
            self.error = ReadError(f"too deeply nested to read (more than {MAX_NESTING} levels)", 0)
        except Exception as e:  # the grammar must never take a document down: the row is unreadable
            self.error = ReadError(f"could not be read ({type(e).__name__}: {e})", 0)


def _compact(text: Mapped) -> Mapped:
    """Runs of blanks (comment lines, `&`, labels blanked) shrunk to one space, positions kept."""
    if "  " not in text.text and "\n" not in text.text:
        return text
    from .mapped import Builder

    out = Builder()
    for m in re.finditer(r"\S+|\s+", text.text):
        piece = m.group(0)
        if piece[0].isspace():
            out.add(" ", text.source_offset(m.start()), True)
        else:
            out.add_mapped(text.slice(m.start(), m.end()))
    built = out.build()
    return built if built.text else text


def _ast(tree, at):
    """tree -> (AST, notes) or raises ReadError."""
    try:
        ast, ns = transform(tree)
    except RecursionError:
        raise ReadError(f"too deeply nested to read (more than {MAX_NESTING} levels)", 0) from None
    return ast, [Problem(*at(off), msg) for off, msg in ns]


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
        if piece[:end].endswith((",", ";", ".")) and not piece[:end].endswith("\\,"):
            end -= 1
        out.append(text.slice(a, a + end))
    return out


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


class _Reader:
    def __init__(self, src: Source):
        self.src = src
        self.table = table_for(src.macros)
        self.nabla = nabla_convention(src.text)

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
            text = respell(expand(text, self.table), self.nabla)  # LaTeX as typed -> the spelling read
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
            text = Mapped(text.text[:start] + " " * (len(text.text) - start), text.starts, text.origins,
                          text.verbatim)
        out = []
        segments = _segments(text)
        if len(segments) > MAX_RELATIONS:
            return [ReadRow(row, error=Problem(line, col, f"{len(segments)} equations on one row (more than "
                                               f"{MAX_RELATIONS}: not read)", "a row per equation"),
                            line=line, column=col)]
        self.single = len(segments) == 1
        for k, seg in enumerate(segments):
            seg = _blank_tail_separators(seg) if seg is not text else seg
            out += self.read_equation(row, seg, let, first=(k == 0))
        for rr in out:
            rr.condition = condition
        return out

    def read_equation(self, row: Row, text: Mapped, let: bool, first: bool) -> list[ReadRow]:
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
        split = _split_missing_break([s.tree for s in sides], relations)
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
                try:
                    ast, ns = _ast(s.tree, lambda off, s=s: self.at(s.text, off))
                    result.sides.append(ast)
                    result.side_errors.append(None)
                    notes += ns
                    continue
                except ReadError as e:
                    s.error = e
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
        if relation == "proportional":   # judged as a proportionality (derivation/proportional.py)
            return True
        if relation in ("definition", "equality"):
            # a definition is checked when it defines an object of the fixed vocabulary (Z := ...);
            # a new symbol (its left side has no fixed meaning) is only shown
            return rr.sides[k - 1] is not None and rr.sides[k] is not None
        return False

    def _split(self, row, text, sides, split, line, col) -> list[ReadRow]:
        k, head, last, cut = split
        middle = sides[k]
        cut_at = middle.text.source_offset(cut)
        note = Problem(*self.src.position(cut_at), "two equations on one row (a missing \\\\ before this): "
                                                   "read as two rows")
        a_notes, b_notes = [], []
        first_asts = []
        for tree in (sides[0].tree, head):
            ast, ns = _ast(tree, lambda off: self.at(sides[0].text, off))
            first_asts.append(ast)
            a_notes += ns
        second = [_ast(last, lambda off: self.at(middle.text, off))[0]]
        for s in sides[k + 1:]:
            ast, ns = _ast(s.tree, lambda off, s=s: self.at(s.text, off))
            second.append(ast)
            b_notes += ns
        a = ReadRow(row, first_asts, notes=a_notes, line=line, column=col,
                    latex=self.printed(text.slice(0, bounds_end(text, middle, cut))))
        b_line, b_col = self.src.position(cut_at)
        b = ReadRow(row, second, notes=[note] + b_notes, line=b_line, column=b_col,
                    latex=self.printed(text.slice(bounds_end(text, middle, cut), len(text.text))).rstrip("\\").strip())
        a.texts = [sides[0].text, middle.text.slice(0, cut)]
        b.texts = [middle.text.slice(cut, len(middle.text.text))] + [s.text for s in sides[k + 1:]]
        return [a, b]


def bounds_end(text: Mapped, middle: _Side, cut: int) -> int:
    """Offset in `text` of offset `cut` of the middle side (both map to the same source)."""
    target = middle.text.source_offset(cut)
    for k in range(len(text.text)):
        if text.source_offset(k) == target:
            return k
    return len(text.text)


def _is_assignment(left: _Side, right: _Side) -> bool:
    return bool(_ASSIGNABLE.match(left.text.text) and _NUMBER.match(right.text.text))


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


def read_text(text: str, name: str = "<document>") -> Document:
    """Read every display of a document. DocumentError when it has no math or an unclosed display."""
    src, blocks = find_blocks(text, name)
    reader = _Reader(src)
    rows: list[ReadRow] = []
    equations: list[Equation] = []
    chain_id = -1
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
                    # a display that starts with `= ...` goes on from the previous display's chain
                    if not (rr.continues and chain_id >= 0 and not block.inline):
                        chain_id += 1
                    opened = True
                rr.chain = chain_id
                _mark_error(rr)
                rows.append(rr)
                if len(rows) > MAX_ROWS:
                    raise DocumentError(f"{name}: more than {MAX_ROWS} equations, the most eq7 checks in one "
                                        "document (each step has its own time budget); split the document")
                if rr.error:
                    current = None  # an unreadable row breaks the chain: nothing to compare with
                    continue
                exprs = [s for s in rr.sides]
                if rr.continues and current is not None:
                    current.exprs += exprs[1:]
                    current.rows += [rr] * (len(exprs) - 1)
                    continue
                sides = exprs[1:] if rr.continues else exprs
                current = Equation(list(sides), [rr] * len(sides))
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
