"""Which rows are read entry by entry (entries.py), and their sides rewritten so.

A run of rows (a row and the rows that go on from it with `= ...`) is read entry by entry when one of its sides
writes a transposed gradient: \\nabla_\\theta^T (the reader refused it, and is asked again to read it with the order
"T"), or ^T on what holds a gradient. Then every side of the run is its entry (i, j) (a column's or a row's: i),
with the same two indices, so that the run's steps compare the same entry; a side whose shape cannot be read, or a
number beside matrices (other than 0), is unreadable, named: it is never compared as a number with an entry.
Runs without a transposed gradient are left as they are."""
from __future__ import annotations

from .entries import COLUMN, MATRIX, ROW, SCALAR, Entries, Refused, index_pair, transposed_vars

REFUSED = "a transposed gradient (\\nabla^T"   # the reader's message for \nabla_\theta^T (general_operators.py)
NOTE = "read entry by entry: {what}"
MATRIX_NOTE = ("its entry ({i}, {j}) for every pair of components {i}, {j} (equal or not): \\nabla_{v} as d/d{v}_{i}, "
               "the transposed factor's as d/d{v}_{j}")
VECTOR_NOTE = "its entry {i} for every component {i}: \\nabla_{v} as d/d{v}_{i}"


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
    from .meaning_vectors import vector_letters
    letters, functions = vector_letters([a for a in asts.values() if isinstance(a, tuple)])   # eta, T: eta^T T(x)

    def parse(text, log_product=False):
        return parse_general(text, log_product, transposes=True)

    for run in runs(reads):
        keys, texts = [], {}
        for rr in run:
            for k, t in enumerate(rr.texts):
                key = (id(rr), k)
                if key not in asts:
                    continue
                a = asts[key]
                if isinstance(a, problem) and a.message.startswith(REFUSED):
                    try:
                        asts[key] = parse(_text(t), False)
                    except Exception:  # noqa: BLE001 - read again and still unreadable: its first error stays
                        continue
                    texts[key] = _text(t)
                keys.append((rr, k, key))
        sides = {key: asts[key] for _, _, key in keys if isinstance(asts[key], tuple)}
        vars_ = set().union(*(transposed_vars(a) for a in sides.values()))
        if not vars_:
            continue
        _rewrite(run, keys, sides, vars_, asts, alt_asts, texts, problem, source, parse, letters, functions)


def _text(t):
    from derivation.read.reader import _compact
    return _compact(t).text


def _rewrite(run, keys, sides, vars_, asts, alt_asts, texts, problem, source, parse, letters, functions):
    from .parse_readings import log_scope
    for key, text in texts.items():   # the other parse of \log's scope, as chains.py gives every side
        alt = log_scope(text, asts[key], lambda s, log_product: parse(s, log_product))
        if alt is not None:
            alt_asts.setdefault(key, []).append(alt)
    everything = list(sides.values()) + [alt[-1] for key in sides for alt in alt_asts.get(key, ())]
    pair = index_pair(everything)
    refused = {}
    if pair is None:
        refused = {key: "every pair of index letters is taken by the row" for key in sides}
        ent = None
    else:
        ent = Entries(vars_, letters, functions, *pair)
    shapes = {}
    for key, a in sides.items():
        if key in refused:
            continue
        try:
            shapes[key] = ent.shape(a)
            for alt in alt_asts.get(key, ()):
                if ent.shape(alt[-1]) != shapes[key]:
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
    for key, s in shapes.items():
        if s == SCALAR and sides[key] != ("num", "0") and key not in refused:
            refused[key] = (f"a side the checker reads as a number beside sides that are {shape} (an unknown "
                            "matrix or vector is not read entry by entry)" if shape else "no side is a vector")
    rows = {id(rr): rr for rr in run}
    for rr, k, key in keys:
        if key in refused:
            line, col = source.position(rr.texts[k].source_offset(0))
            asts[key] = problem(line, col, f"read entry by entry: {refused[key]}")
            alt_asts.pop(key, None)
        elif key in shapes and shapes[key] != SCALAR:
            at = pair if shapes[key] == MATRIX else pair[:1]
            asts[key] = ent.entry(sides[key], at)
            alt_asts[key] = [(*alt[:-1], ent.entry(alt[-1], at)) for alt in alt_asts.get(key, ())]
    if shape in (MATRIX, COLUMN, ROW) and pair is not None:
        what = (MATRIX_NOTE if shape == MATRIX else VECTOR_NOTE).format(i=pair[0], j=pair[1], v=", ".join(sorted(vars_)))
        for rr in rows.values():
            rr.notes.append(problem(rr.line, rr.column, NOTE.format(what=what)))
