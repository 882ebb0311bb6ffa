"""Which rows are read entry by entry (entries.py), and their sides rewritten so.

A run of rows (a row and the rows that go on from it with `= ...`) is read entry by entry when one of its sides
writes a transposed gradient: \\nabla_\\theta^T (the reader refused it, and is asked again to read it with the
transpose as its order), ^T on what holds a gradient, or ^T on one of the document's vectors (T(x)^T). Then every
side of the run is its entry (i, j) (a column's or a row's: i), with the same indices, so that the run's steps compare
the same entry; a side whose shape cannot be read, or a number beside matrices (other than 0), is unreadable, named:
it is never compared as a number with an entry. Runs without a transpose are left as they are."""
from __future__ import annotations

from .entries import (COLUMN, MATRIX, ROW, SCALAR, Entries, Refused, gradient_vars, index_letters, outer_products,
                      transposed_vars)

REFUSED = "a transposed gradient (\\nabla^T"   # the reader's message for \nabla_\theta^T (general_operators.py)
NOTE = "read entry by entry: {what}"
MATRIX_NOTE = "its entry ({i}, {j}) for every pair of components {i}, {j} (equal or not)"
VECTOR_NOTE = "its entry {i} for every component {i}"
GRADIENTS = "; \\nabla_{v} as d/d{v}_{i}, the transposed factor's as d/d{v}_{j}"


def runs(reads):
    """The math rows in runs: a row, then the rows of its chain that go on from it."""
    out = []
    for rr in reads:
        if rr.kind != "math":
            continue
        if out and rr.continues and out[-1][-1].chain == rr.chain:
            out[-1].append(rr)
        else:
            out.append([rr])
    return out


def entry_rows(reads, asts, alt_asts, problem, source) -> None:
    """Rewrite in place (`asts`, `alt_asts`: (id(rr), k) -> AST, Problem, or [(assumes, hint, AST)]) every run with
    a transposed gradient into its entries; `problem` the reader's Problem, `source` the document's (positions)."""
    from derivation.read.general import parse_general
    from .meaning_vectors import state_letters, t_is_a_number, vector_letters
    from .roles_letters import TYPICAL_STATES
    read = [a for a in asts.values() if isinstance(a, tuple)]
    letters, functions = vector_letters(read)   # eta, T of eta^T T(x): the document's vectors
    states = state_letters(read)

    def parse(text, log_product=False):
        return parse_general(text, log_product, transposes=True)

    for run in runs(reads):
        keys, sides, texts = [], {}, {}
        for rr in run:
            for k, t in enumerate(rr.texts):
                key = (id(rr), k)
                if key not in asts:
                    continue
                a = asts[key]
                if isinstance(a, problem) and a.message.startswith(REFUSED):
                    try:
                        a = parse(_text(t), False)
                    except Exception:  # noqa: BLE001 - read again and still unreadable: its first error stays
                        continue
                    texts[key] = _text(t)
                keys.append((rr, k, key))
                if isinstance(a, tuple):
                    sides[key] = a
        plain_t = not t_is_a_number(read + list(sides.values()))   # else ^T may be a power: only \top is read
        vars_ = set().union(*(transposed_vars(a, plain_t) for a in sides.values()))
        if vars_ & (states | TYPICAL_STATES):
            continue   # \nabla_x^T of a state x in R^n: the checker's states are labels, not points (as before)
        if not vars_ and not any(outer_products(a, letters, functions, plain_t) for a in sides.values()):
            continue
        vars_ |= gradient_vars(sides.values()) & letters   # \nabla_\theta A beside (\theta' - \theta)^\top
        alts = {key: list(alt_asts.get(key, ())) for key in sides}
        try:
            new, notes = _rewrite(run, keys, sides, vars_, alts, texts, problem, source, parse, letters, functions,
                                  plain_t)
        except Exception as e:  # noqa: BLE001 - a bug here must not take the document down: the run unread, and
            # named as what it is, an internal error of the checker (DESIGN.md: a bug, never a quiet verdict)
            new = {key: _problem(problem, source, rr, k, f"an internal error of the checker while reading it entry "
                                 f"by entry ({type(e).__name__}: {e}); this is a bug to report")
                   for rr, k, key in keys if key in sides}
            alts, notes = {}, []
        for key, a in new.items():
            asts[key] = a
            alt_asts.pop(key, None)
            if isinstance(a, tuple) and alts.get(key):
                alt_asts[key] = alts[key]
        for rr, note in notes:
            rr.notes.append(note)


def _text(t):
    from derivation.read.reader import _compact
    return _compact(t).text


def _problem(problem, source, rr, k, what):
    line, col = source.position(rr.texts[k].source_offset(0))
    return problem(line, col, f"read entry by entry: {what}")


def _rewrite(run, keys, sides, vars_, alts, texts, problem, source, parse, letters, functions, plain_t):
    """{key: the side's entry, or a Problem}, and the rows' notes; `alts` (the sides' other parses) rewritten in
    place."""
    from .parse_readings import log_scope
    for key, text in texts.items():   # the other parse of \log's scope, as chains.py gives every side
        alt = log_scope(text, sides[key], lambda s, log_product: parse(s, log_product))
        if alt is not None:
            alts[key].append(alt)
    everything = list(sides.values()) + [alt[-1] for key in sides for alt in alts[key]]
    pair = index_letters(everything)
    if pair is None:
        return {key: _problem(problem, source, rr, k, "every index letter is taken by the row")
                for rr, k, key in keys if key in sides}, []
    ent = Entries(vars_, letters, functions, *pair, plain_t=plain_t)
    shapes, refused = {}, {}
    for key, a in sides.items():
        try:
            shapes[key] = ent.shape(a)
            if any(ent.shape(alt[-1]) != shapes[key] for alt in alts[key]):
                raise Refused("a side whose other reading has another shape")
        except Refused as e:
            refused[key] = str(e)
        except RecursionError:
            refused[key] = "too deeply nested to read entry by entry"
    wide = {s for s in shapes.values() if s != SCALAR}
    if len(wide) > 1:
        for key, s in shapes.items():
            if s != SCALAR:
                refused[key] = f"sides of different shapes ({' and '.join(sorted(wide))})"
        wide = set()
    shape = wide.pop() if wide else None
    for key, s in shapes.items():   # a number beside vectors or matrices is never compared with their entry
        if shape and s == SCALAR and sides[key] != ("num", "0") and key not in refused:
            refused[key] = (f"a side the checker reads as a number beside sides that are {shape} (an unknown "
                            "matrix or vector is not read entry by entry)")
    new = {}
    for rr, k, key in keys:
        if key not in sides:
            continue
        at = pair[:2] if shapes.get(key) == MATRIX else pair[:1] if shapes.get(key) in (COLUMN, ROW) else ()
        try:
            if key in refused:
                raise Refused(refused[key])
            new[key] = ent.entry(sides[key], at)   # a number: its inner products as sums, the rest as written
            alts[key] = [(*alt[:-1], ent.entry(alt[-1], at)) for alt in alts[key]]
        except Refused as e:
            new[key] = _problem(problem, source, rr, k, str(e))
    if shape not in (MATRIX, COLUMN, ROW):
        return new, []
    what = (MATRIX_NOTE if shape == MATRIX else VECTOR_NOTE).format(i=pair[0], j=pair[1]) + "".join(
        GRADIENTS.format(v=v, i=pair[0], j=pair[1] if shape == MATRIX else pair[0]) for v in sorted(vars_))
    rows = {id(rr): rr for rr in run}
    return new, [(rr, problem(rr.line, rr.column, NOTE.format(what=what))) for rr in rows.values()]
