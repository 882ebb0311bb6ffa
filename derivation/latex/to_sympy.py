"""AST -> the checker's SymPy expressions (derivation/notation.py), and a read document -> Chains.

The meaning of every symbol is fixed here, never taken from the document: `Z` is the
partition function over the whole state space whatever the document says it is, a sum
over i = 1..N is over the data, a sum over x is over the state space. A data point
x^(i) is DataPoint(i); inside E_{x~P_D}[...] the bound state is the data point.
"""
from __future__ import annotations

import sympy

from .. import notation as nt
from ..chain import Chain, Row
from .reader import Document, ReadRow


def _point(node, data_bound: bool):
    if node == ("x_i",) or (node == ("x",) and data_bound):
        return nt.DataPoint(nt.i)
    return nt.x


def to_sympy(node, data_bound: bool = False) -> sympy.Expr:
    """One AST node -> SymPy. `data_bound`: a bare x stands for the data point (inside E_{P_D})."""
    kind, args = node[0], node[1:]

    def go(n):
        return to_sympy(n, data_bound)

    if kind == "num":
        return sympy.Integer(args[0])
    if kind == "N":
        return nt.N
    if kind == "e":
        return sympy.E
    if kind == "add":
        return sympy.Add(*map(go, args))
    if kind == "neg":
        return -go(args[0])
    if kind == "mul":
        return sympy.Mul(*map(go, args))
    if kind == "div":
        return go(args[0]) / go(args[1])
    if kind == "pow":
        return go(args[0]) ** go(args[1])
    if kind == "exp":
        return sympy.exp(go(args[0]))
    if kind == "log":
        return sympy.log(go(args[0]))
    if kind == "d":
        return nt.d(go(args[0]))
    if kind == "sum_data":
        return nt.data_sum(go(args[0]))
    if kind == "sum_states":
        return nt.state_sum(to_sympy(args[0], False))
    if kind == "E":
        return nt.E(_point(args[0], data_bound))
    if kind == "P":
        return nt.P(_point(args[0], data_bound))
    if kind == "Z":
        return nt.Z()
    if kind == "L":
        return nt.L()
    if kind == "expect_model":
        return nt.expect(to_sympy(args[0], False))
    if kind == "expect_data":
        return nt.data_average(to_sympy(args[0], True))
    raise ValueError(f"to_sympy: unknown AST node {kind!r}")


def rows_of(read: list[ReadRow]) -> list[Row]:
    """Readable rows -> chain Rows; a row `a = b = c` gives Row(b, lhs=a) then Row(c)."""
    out = []
    for rr in read:
        exprs = [None if s is None else to_sympy(s) for s in rr.sides]
        notes = tuple(n.message for n in rr.notes)
        latex = rr.latex
        common = dict(latex=latex, line=rr.line, justification=rr.row.justification)
        if len(exprs) == 1:
            out.append(Row(exprs[0], notes=notes, **common))
            continue
        out.append(Row(exprs[1], lhs=exprs[0], notes=notes, **common))
        out += [Row(e, **common) for e in exprs[2:]]
    return out


def chains_of(doc: Document) -> list[tuple[Chain, list[ReadRow]]]:
    """One Chain per run of readable rows of a display (an unreadable row cuts the run).

    Returned with the ReadRows of each Row, so reports can point back to the document."""
    out = []
    runs: list[list[ReadRow]] = []
    last_block = None
    for rr in doc.rows:
        if rr.error:
            runs.append([])
            continue
        if rr.row.block != last_block or not runs:
            runs.append([])
            last_block = rr.row.block
        runs[-1].append(rr)
    for run in runs:
        if not run:
            continue
        rows = rows_of(run)
        owners = [rr for rr in run for _ in range(max(1, len(rr.sides) - 1))]
        out.append((Chain(tuple(rows), source=doc.source.name), owners))
    return out
