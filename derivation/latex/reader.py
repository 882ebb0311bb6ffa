"""A document -> its derivations: rows read into ASTs, equations cut where a row has its own left side.

A row that cannot be read keeps its place with the error (line, column, what was
expected) and the other rows still go on. Lenient readings of the post's slips are
notes, never failures:
  - two equations on one row (a missing `\\\\`): `P = e^{-E}/Z  Z = \\sum_x e^{-E}` is read
    as the two rows the post means;
  - the subscript written `P_{\\Theta(x)}`: read as `P_\\Theta(x)`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from lark import Token, Tree

from .document import DocumentError, Row, Source, find_blocks
from .parse import ReadError, parse_tree, transform

# Products ending in one of these, in the middle of `a = b c = d`, are a missing row break.
_DEFINABLE = ("partition", "prob", "loss", "energy")


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
    """A row as read: its sides (None for the left side of a row starting with `=`)."""

    row: Row
    sides: list = field(default_factory=list)
    error: Problem | None = None
    notes: list[Problem] = field(default_factory=list)
    line: int = 0
    column: int = 0
    latex: str = ""       # the row as printed (for a split row, its own part)

    def __post_init__(self):
        self.latex = self.latex or self.row.source

    @property
    def continues(self) -> bool:
        return bool(self.sides) and self.sides[0] is None


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


def _units(tree):
    """The juxtaposed factors of a `mul` chain (right-recursive in the grammar)."""
    out = []
    while isinstance(tree, Tree) and tree.data == "mul" and len(tree.children) == 2:
        out.append(tree.children[0])
        tree = tree.children[1]
    return out + [tree]


def _split_missing_break(tree: Tree):
    """`a = b Z = c` -> ([a, b], Z-tree, [c]) when the middle product ends in a defined symbol."""
    sides = [c for c in tree.children if not isinstance(c, Token)]
    if tree.data != "row" or len(sides) < 3:
        return None
    units = _units(sides[1])
    last = units[-1]
    if len(units) < 2 or not isinstance(last, Tree) or last.data not in _DEFINABLE:
        return None
    # only where both equations are definitions of the fixed vocabulary (the post's `P = ... Z = ...`):
    # `\sum_x P(x) = 1 Z = Z` and `e^{-E} = Z P(x) = P(x) Z` are chains, not two definitions
    first = sides[0]
    if not (isinstance(first, Tree) and first.data in _DEFINABLE):
        return None
    head = units[0] if len(units) == 2 else Tree("mul", units[:-1])
    return [sides[0], head], [last, *sides[2:]], last.meta.start_pos


def _read(text: str, row: Row, src: Source) -> list[ReadRow]:
    def at(offset):
        return src.position(row.offset + offset)

    line, col = row.line, row.column
    if not text.strip() or not text.replace("=", " ").strip():
        return [ReadRow(row, error=Problem(line, col, "empty row", "an expression"), line=line, column=col)]
    try:
        tree = parse_tree(text)
        split = _split_missing_break(tree)
        if split:
            first, second, cut = split
            note = Problem(*at(cut), "two equations on one row (a missing \\\\ before this): read as two rows")
            printed = src.text[row.offset:row.offset + len(text)]
            a = ReadRow(row, [transform(t)[0] for t in first], line=line, column=col,
                        latex=printed[:cut].strip())
            b_line, b_col = at(cut)
            b = ReadRow(row, [transform(t)[0] for t in second], notes=[note], line=b_line, column=b_col,
                        latex=printed[cut:].strip().rstrip("\\").strip())
            return [a, b]
        parts = [c for c in tree.children if not isinstance(c, Token)]
        sides, notes = [], []
        for t in parts:
            ast, ns = transform(t)
            sides.append(ast)
            notes += [Problem(*at(off), msg) for off, msg in ns]
        if tree.data == "continued_row":
            sides = [None] + sides
        return [ReadRow(row, sides, notes=notes, line=line, column=col)]
    except ReadError as e:
        eline, ecol = at(e.offset)
        return [ReadRow(row, error=Problem(eline, ecol, e.what, e.expected), line=line, column=col)]


def read_text(text: str, name: str = "<document>") -> Document:
    """Read every display of a document. DocumentError when it has no math or an unclosed display."""
    src, blocks = find_blocks(text, name)
    rows: list[ReadRow] = []
    equations: list[Equation] = []
    for block in blocks:
        current = None
        for row in block.rows:
            for rr in _read(row.text, row, src):
                rows.append(rr)
                if rr.error:
                    current = None  # an unreadable row breaks the chain: nothing to compare with
                    continue
                if rr.continues and current is not None:
                    current.exprs += rr.sides[1:]
                    current.rows += [rr] * (len(rr.sides) - 1)
                    continue
                sides = rr.sides[1:] if rr.continues else rr.sides
                current = Equation(list(sides), [rr] * len(sides))
                equations.append(current)
    return Document(src, rows, equations)


def read_file(path) -> Document:
    with open(path, encoding="utf-8") as f:
        return read_text(f.read(), str(path))


__all__ = ["Document", "DocumentError", "Equation", "Problem", "ReadRow", "read_file", "read_text"]
