"""A read document -> the checker's Chains: one per derivation (a chain may run across displays).

Each side of a row becomes a chain Row joined to the one before by the row's relation:
`a = b = c` gives Row(b, lhs=a) then Row(c); `a \\approx b` gives Row(a) (a new start) then
Row(b, relation="approx", judged=False), so an approximation is shown and never judged, and the
claim does not run across it. An unreadable side stays in place as Row(None, error=...): every
judged step touching it is `unreadable`, the others go on. The meaning of each side comes from
to_sympy.py (fixed meanings); only the structure is decided here.
"""
from __future__ import annotations

from ..chain import Chain, Row
from .reader import Document, ReadRow


def _convert(node, convert):
    try:
        return convert(node), None
    except RecursionError:
        return None, "too deeply nested to convert"
    except Exception as e:  # an AST the vocabulary cannot turn into SymPy: unreadable, never a crash
        return None, f"cannot be read ({type(e).__name__}: {e})"


def rows_of(read: list[ReadRow], convert=None) -> tuple[list[Row], list[ReadRow]]:
    """ReadRows -> chain Rows, and for each Row the ReadRow it came from."""
    if convert is None:
        from .to_sympy import to_sympy as convert
    rows: list[Row] = []
    owners: list[ReadRow] = []
    for rr in read:
        notes = tuple(n.message for n in rr.notes)
        common = dict(latex=rr.latex, line=rr.line, justification=rr.row.justification)
        if rr.kind != "math":
            continue
        if not rr.sides:  # the whole row is unreadable (empty, a macro error)
            rows.append(Row(None, error=str(rr.error), notes=notes, relation=None, **common))
            owners.append(rr)
            continue
        exprs, errors = [], []
        for k, node in enumerate(rr.sides):
            err = rr.side_errors[k]
            if node is None:
                exprs.append(None)
                errors.append(str(err) if err is not None else None)
                continue
            e, why = _convert(node, convert)
            exprs.append(e)
            errors.append(None if e is not None else f"line {rr.line}: {why}")
        first = 1 if rr.continues else 0
        for k in range(first, len(exprs)):
            expr, err = exprs[k], errors[k]
            relation = None if k == 0 else rr.relations[k]
            judged = rr.judged[k] if k > 0 else True
            sign = rr.signs[k] if k > 0 else ""
            kw = dict(common, notes=notes if not (owners and owners[-1] is rr) else ())
            if k == 0:
                nxt_judged = len(exprs) > 1 and rr.judged[1]
                if nxt_judged and expr is not None and exprs[1] is not None:
                    continue  # folded into the next Row as its left side
                rows.append(Row(expr, error=err if expr is None else None, relation=None, **kw))
                owners.append(rr)
                continue
            if k == 1 and first == 0 and judged and exprs[0] is not None and expr is not None:
                rows.append(Row(expr, lhs=exprs[0], relation=relation, judged=True, sign=sign, **kw))
            else:
                rows.append(Row(expr, error=(err or "unreadable") if expr is None else None,
                                relation=relation, judged=judged, sign=sign, **kw))
            owners.append(rr)
    return rows, owners


def chains_of(doc: Document, title: str = "", convert=None) -> list[tuple[Chain, list[ReadRow]]]:
    """One Chain per derivation of the document, with the ReadRow of each of its Rows."""
    groups: dict[int, list[ReadRow]] = {}
    for rr in doc.rows:
        if rr.kind == "math":
            groups.setdefault(rr.chain, []).append(rr)
    out = []
    for _, run in sorted(groups.items()):
        rows, owners = rows_of(run, convert)
        if rows:
            out.append((Chain(tuple(rows), source=doc.source.name, title=title), owners))
    return out
