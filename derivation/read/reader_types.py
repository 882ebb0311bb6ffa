"""What reading a document gives: its rows as read (ReadRow), the chains they make, the problems found.

The data reader.py produces and chains.py, checkdoc.py and the reports consume: a
`ReadRow` is one equation of a row with each side's AST (or why it could not be read) and the
relations between its sides; an `Equation` is a chain a = b = c across rows; a `Problem` is an
unreadable row or a lenient reading, always with the source line and column.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .document_source import Row, Source
from .relations import JUDGED


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
    values: list = field(default_factory=list)  # values[k]: side k-1 = side k gives a letter a number (N = 100),
    # or a sentence states it ($\phi = 1$ in prose: prose_statements.py): never a claim to re-check
    condition: str = ""   # a condition written after the row (`\\text{for } \\beta = 0`): derivation/judge/conditions.py

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
