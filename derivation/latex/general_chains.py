"""A document in any common notation -> Chains of the vocabulary's expressions (the general path).

Every row is read by general.py, the letters get their roles from the whole document (roles.py), and
the rows are translated in order (meaning.py), so definitions of new symbols apply to later rows. A row
that cannot be read keeps its place with a located error. A display whose first row starts with `=`
continues the previous display's chain (documents that put one row per `equation`).
"""
from __future__ import annotations

from ..chain import Chain, Row
from .general import parse_row, split_connectives
from .meaning import Defined, Meaning
from .parse import ReadError
from .reader import Problem
from .roles import DIST_LETTERS, ENERGY_LETTERS, FREE_ENERGY, LOSS, PARTITION, find_roles, walk

NOT_EQUAL = {"approx": "an approximation (≈): shown, not judged", "propto": "a proportionality (∝): not judged",
             "<=": "an inequality: not judged", ">=": "an inequality: not judged", "<": "an inequality: not judged",
             ">": "an inequality: not judged", "!=": "a row with ≠: not judged"}
INTEGRAL_NOTE = "continuous x: assumes differentiation under the integral sign (checked on finite measure spaces)"


def _texts(doc):
    """(ReadRow, [(offset, text)]) per row; a row the old reader split keeps its own part."""
    out, seen = [], {}
    for rr in doc.rows:
        shared = sum(1 for r in doc.rows if r.row is rr.row) > 1
        if shared:
            k = seen.get(id(rr.row), 0)
            seen[id(rr.row)] = k + 1
            out.append((rr, [(None, rr.latex)]))
        else:
            out.append((rr, split_connectives(rr.row.text)))
    return out


def _parse(doc):
    parsed = []
    for rr, pieces in _texts(doc):
        parts, err = [], None
        for off, text in pieces:
            try:
                parts.append((off, parse_row(text)))
            except ReadError as e:
                err = (off, e)
                break
        parsed.append((rr, parts, err))
    return parsed


def _problem(doc, rr, off, e):
    if off is None:
        return Problem(rr.line, rr.column, e.what, e.expected)
    line, col = doc.source.position(rr.row.offset + off + e.offset)
    return Problem(line, col, e.what, e.expected)


def _is_new_symbol(lhs, rhs, m: Meaning) -> str | None:
    """The name of the symbol a row `lhs = rhs` defines, or None when the row is a claim to check."""
    head = lhs[1] if lhs[0] == "app" else lhs if lhs[0] == "sym" else None
    if head is None or head[0] != "sym":
        return None
    name, deco = head[1], head[2]
    if any(n[0] == "sym" and n[1] == name and n[2] == deco and n[3] == head[3] for n in walk(rhs)):
        return None
    fixed = (name in DIST_LETTERS and deco in ("", "tilde", "hat")) or (name, deco) in PARTITION \
        or (name, deco) in FREE_ENERGY or name in m.params or name == "beta"
    if fixed:
        return None
    if (name, deco) in ENERGY_LETTERS and head[3] is None:
        # the energy given a form in terms of new functions: H = H_0 - sum_i lambda_i A_i
        if any(n[0] == "sym" and ((n[1], n[2]) in PARTITION or (n[1] in DIST_LETTERS and n[2] == "")
                                  or ((n[1], n[2]) in ENERGY_LETTERS and n[3] is None)) for n in walk(rhs)):
            return None
        return "energy form"
    if (name, deco) in LOSS or lhs[0] == "app":
        return name
    return None


def general_chains(doc, title: str = ""):
    parsed = _parse(doc)
    asts = [side for _, parts, _ in parsed for _, p in parts for _, side in p if side is not None]
    roles = find_roles(asts, doc.source.text)
    m = Meaning(roles)
    blocks: dict = {}
    order = []
    for rr, parts, err in parsed:
        rows = []
        if err is not None:
            # both readers fail: the post's reader's message stands when it has one (it is located
            # and names what it expected); otherwise the general reader's
            rr.error, rr.sides = rr.error or _problem(doc, rr, *err), []
            rows.append(Row(None, error=str(rr.error), latex=rr.latex, line=rr.line))
        else:
            rr.error = None
            for _, p in parts:
                rows += _rows(m, rr, p, roles)
        for r in rows:
            if not r.readable and rr.error is None:
                rr.error = Problem(rr.line, rr.column, r.error.split(": ", 1)[-1])
        b = rr.row.block
        if b not in blocks:
            order.append(b)
            # a display starting with `=` continues the previous display's chain
            if rows and getattr(rows[0], "_continues", False) and order[:-1]:
                b = blocks.setdefault(b, blocks[order[-2]])
                blocks[rr.row.block] = b
        target = blocks.setdefault(rr.row.block, [])
        target += [(r, rr) for r in rows]
    out, done = [], set()
    for b in order:
        run = blocks[b]
        if id(run) in done or not run:
            continue
        done.add(id(run))
        out.append((Chain(tuple(r for r, _ in run), source=doc.source.name, title=title), [o for _, o in run]))
    if roles.problems and not out:
        pass
    return out


def _rows(m: Meaning, rr, parts, roles):
    common = dict(latex=rr.latex, line=rr.line, justification=rr.row.justification)
    rels = [rel for rel, _ in parts[1:]]
    bad = [NOT_EQUAL.get(r, r) for r in rels if r not in ("=", ":=")]
    if bad:
        return [Row(None, error=f"line {rr.line}: {bad[0]}", **common)]
    sides = [s for _, s in parts]
    notes = []
    try:
        if roles.problems:
            what, hint = roles.problems[0]
            raise ReadError(what, 0, hint)
        if sides[0] is not None and len(sides) == 2:
            name = _is_new_symbol(sides[0], sides[1], m)
            if name == "energy form":
                return [_energy_form(m, sides, common)]
            if name is not None:
                args = sides[0][2] if sides[0][0] == "app" else []
                m.define(name, args, sides[1], {})
                lhs = m.tr(sides[0], {})
                rhs = m.tr(sides[1], {})
                notes.append(f"defines {name}: it means this in later rows")
                return [Row(rhs, lhs=lhs, notes=tuple(notes), **common)]
        exprs = [None if s is None else m.tr(s, {}) for s in sides]
    except ReadError as e:
        return [Row(None, error=f"line {rr.line}: {e.what}" + (f" (expected {e.expected})" if e.expected else ""),
                    **common)]
    except (TypeError, ValueError, AttributeError, IndexError, KeyError, RecursionError) as e:
        return [Row(None, error=f"line {rr.line}: cannot be given a meaning ({type(e).__name__}: {e})", **common)]
    if any(n[0] == "int" for s in sides if s is not None for n in walk(s)):
        notes.append(INTEGRAL_NOTE)
    notes = tuple(notes)
    if exprs[0] is None:
        out = [Row(e, notes=notes, **common) for e in exprs[1:]]
        object.__setattr__(out[0], "_continues", True)  # the row starts with `=`
        return out
    if len(exprs) == 1:
        return [Row(exprs[0], notes=notes, **common)]
    return [Row(exprs[1], lhs=exprs[0], notes=notes, **common)] + [Row(e, **common) for e in exprs[2:]]


def _energy_form(m: Meaning, sides, common):
    from sympy import Dummy, Lambda
    lhs = sides[0]
    args = lhs[2] if lhs[0] == "app" else []
    states = [a for a in args if m.state_node(a)]
    if len(states) != 1:
        return Row(None, error="an energy form of other than one state", **common)
    x = Dummy("x", integer=True, positive=True)
    body = m.tr(sides[1], {(states[0][1], states[0][2], states[0][4]): x})
    before = m.tr(lhs, {})
    m.form = Lambda(x, body)
    return Row(m.tr(sides[1], {}), lhs=before.func(*before.args[:-1], m.model()),
               notes=(f"defines the energy {lhs[1][1]}: it means this in later rows",), **common)


__all__ = ["general_chains", "Defined"]
