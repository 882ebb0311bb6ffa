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
    if node[0] == "x_i" or (node == ("x",) and data_bound):
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
    """Rows as read -> chain Rows; `a = b = c` gives Row(b, lhs=a) then Row(c). An unreadable row
    stays in place as Row(None, error=...): the checker calls every step touching it unreadable."""
    out = []
    for rr in read:
        notes = tuple(n.message for n in rr.notes)
        common = dict(latex=rr.latex, line=rr.line, justification=rr.row.justification)
        if rr.error is not None:
            out.append(Row(None, error=str(rr.error), notes=notes, **common))
            continue
        exprs = [None if s is None else to_sympy(s) for s in rr.sides]
        if len(exprs) == 1:
            out.append(Row(exprs[0], notes=notes, **common))
            continue
        out.append(Row(exprs[1], lhs=exprs[0], notes=notes, **common))
        out += [Row(e, **common) for e in exprs[2:]]
    return out


def owners_of(read: list[ReadRow]) -> list[ReadRow]:
    """For each Row that rows_of makes, the ReadRow it came from."""
    return [rr for rr in read for _ in range(1 if rr.error else max(1, len(rr.sides) - 1))]


def chains_of(doc: Document, title: str = "") -> list[tuple[Chain, list[ReadRow]]]:
    """One Chain per display of the document, with the ReadRow of each of its Rows.

    A document the post's grammar reads row for row keeps the post's reading; any other goes through
    the general reader (general.py, roles.py, meaning.py), which reads the notation people use."""
    if any(rr.error is not None for rr in doc.rows):
        from .general_chains import general_chains
        return general_chains(doc, title)
    blocks: dict[int, list[ReadRow]] = {}
    for rr in doc.rows:
        blocks.setdefault(rr.row.block, []).append(rr)
    return [(Chain(tuple(rows_of(run)), source=doc.source.name, title=title), owners_of(run))
            for _, run in sorted(blocks.items())]
