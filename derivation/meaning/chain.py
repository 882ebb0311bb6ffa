"""A derivation as a chain of rows, like Lean's `calc`: a first expression, then rows `= expr`.

A row that has its own left side (`lhs`) starts a new equation: `lhs = expr` is itself a step
(this is how definitions such as `P = ...` are checked). A row without one continues the chain
from the previous row's expression. The claim is the last equation end to end: the left side
that started it equals the last row.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import sympy
from sympy import Expr

from .notation import latex_of


@dataclass(frozen=True)
class Row:
    """One row: `expr` after the `=`; `lhs` when the row starts a new equation.

    `latex` is the row exactly as printed in the source, `line` its 1-based line number there,
    `justification` an optional rule name, `notes` free remarks (e.g. "a `\\\\` is missing").
    A row that could not be read has `expr=None` and `error` saying where and why; the checker
    gives every step touching it the verdict `unreadable`.
    """
    expr: Expr | None
    lhs: Expr | None = None
    latex: str = ""
    line: int | None = None
    justification: str | None = None
    notes: tuple[str, ...] = ()
    error: str | None = None
    relation: str | None = "equality"   # how this row is joined to the one before (or its lhs to its expr):
    judged: bool = True                 # equality, definition, approx, inequality, ...; None: starts anew
    sign: str = ""                      # the relation as printed (=, \\approx, :=)
    # the row's other plausible readings (derivation/meaning/readings.py RowReading: e.g. read with beta = 1 in a
    # document that writes beta elsewhere); the checker judges each and combines them into one verdict
    readings: tuple = ()

    def __post_init__(self):
        if self.expr is None and not self.error:
            raise ValueError("Row: expr is None, so error must say why the row could not be read")
        for name in ("expr", "lhs"):
            value = getattr(self, name)
            if value is None:
                continue
            if isinstance(value, (int, float)):
                object.__setattr__(self, name, sympy.sympify(value))
            elif not isinstance(value, sympy.Basic):
                raise TypeError(f"Row: {name} must be a SymPy expression, got {type(value).__name__}")
        if self.line is not None and (not isinstance(self.line, int) or self.line < 1):
            raise ValueError(f"Row: line must be a positive int (1-based) or None, got {self.line!r}")
        if not isinstance(self.latex, str):
            raise TypeError(f"Row: latex must be a str, got {type(self.latex).__name__}")
        object.__setattr__(self, "readings", tuple(self.readings))
        if isinstance(self.notes, str):
            object.__setattr__(self, "notes", (self.notes,))
        else:
            object.__setattr__(self, "notes", tuple(self.notes))

    @property
    def readable(self) -> bool:
        return self.expr is not None and not self.error

    @property
    def rendered(self) -> str:
        """The SymPy expression (with its left side, if any) in the post's notation."""
        if not self.readable:
            return ""
        rhs = latex_of(self.expr)
        return rhs if self.lhs is None else f"{latex_of(self.lhs)} = {rhs}"


@dataclass(frozen=True)
class Step:
    """`lhs = rhs`, read from rows `from_row` to `to_row` (1-based positions in the chain)."""
    number: int
    from_row: int
    to_row: int
    lhs: Expr
    rhs: Expr
    from_line: int | None
    to_line: int | None
    justification: str | None = None
    kind: str = "equality"        # the relation's kind (relations.py); only judged steps get a verdict
    judged: bool = True
    sign: str = ""


@dataclass(frozen=True)
class Chain:
    """A derivation: rows in order, and where they came from."""
    rows: tuple[Row, ...]
    source: str = ""
    title: str = ""
    notes: tuple[str, ...] = field(default=())

    def __post_init__(self):
        rows = tuple(self.rows)
        if not rows:
            raise ValueError("Chain: rows must hold at least one Row, got none")
        for k, r in enumerate(rows):
            if not isinstance(r, Row):
                raise TypeError(f"Chain: rows[{k}] must be a Row, got {type(r).__name__}")
        object.__setattr__(self, "rows", rows)
        object.__setattr__(self, "notes", tuple(self.notes))

    def links(self) -> list[Step]:
        """Every link between two rows, judged or not: a row with its own left side, or a row joined
        to the previous one by a relation. Unjudged links (approx, a new symbol's definition) are
        shown, never judged; they carry number 0. An inequality is judged as one (check.py), never as
        an equality, and the claim never spans it."""
        out, judged = [], 0
        for k, row in enumerate(self.rows):
            if row.relation is None:
                continue  # a bare expression: a new chain starts here
            if row.lhs is not None:
                lhs, frm, from_line = row.lhs, k + 1, row.line
            elif k > 0:
                prev = self.rows[k - 1]
                lhs, frm, from_line = prev.expr, k, prev.line
            else:
                continue
            on = row.judged or row.relation == "inequality"   # an inequality is judged as one (inequality.py)
            judged += on
            out.append(Step(judged if on else 0, frm, k + 1, lhs, row.expr, from_line, row.line,
                            row.justification, row.relation, on, row.sign))
        return out

    def steps(self) -> list[Step]:
        """Every judged step: a row with its own left side, or a row continuing from the previous one."""
        return [s for s in self.links() if s.judged]

    def claim_end(self) -> int:
        """0-based position of the last row of the last judged equation: a chain that ends on an
        approximation (`… ≈ a Monte-Carlo estimate`) claims what it showed before it."""
        for k in range(len(self.rows) - 1, -1, -1):
            r = self.rows[k]
            if r.relation not in (None, "inequality") and r.judged and (r.lhs is not None or k > 0):
                return k
        return len(self.rows) - 1

    def claim_start(self) -> int:
        """0-based position of the row that starts the last equation (the chain never claims across
        an approximation, or an inequality, which is judged as one but is no equation)."""
        for k in range(self.claim_end(), -1, -1):
            r = self.rows[k]
            if r.lhs is not None or r.relation in (None, "inequality") or not r.judged:
                return k
        return 0

    def claim(self) -> Step:
        """The last equation end to end: its first left side = its last row."""
        k, end = self.claim_start(), self.claim_end()
        first, last = self.rows[k], self.rows[end]
        start = first.lhs if first.lhs is not None and first.judged else first.expr
        return Step(0, k + 1, end + 1, start, last.expr, first.line, last.line)


def chain(first, *rest, **kwargs) -> Chain:
    """Build a chain from Rows, or from bare expressions (rows without source text)."""
    rows = [r if isinstance(r, Row) else Row(sympy.sympify(r)) for r in (first, *rest)]
    return Chain(tuple(rows), **kwargs)
