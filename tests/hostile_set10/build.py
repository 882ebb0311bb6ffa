#!/usr/bin/env python3
"""hostile11 (adapted from hostile10): write the documents down and recompute every truth value by enumeration.

    python3 build.py -v > RECOMPUTE.txt      (writes cases.json for run.py; WORLDS=300 for a longer check)

D(id, cause, blocks, truths, note=, units=, disp=, crlf=): one short Markdown document.
A block is
  str                         a prose paragraph (inline $...$ allowed)
  [row, ...]                  a display in the document's style `disp`:
                                'dollar'  $$ / row / $$  (several rows inside \\begin{aligned} ... \\end{aligned})
                                'align'   \\begin{align} rows \\end{align}   ('align*' likewise)
                                'bracket' \\[ / rows / \\]     'myst'  ```{math} / rows / ```
  ('one', row)                $$ row $$ on one line
  ('raw', [line, ...])        lines written as they are; a line starting with '§' is a labelled row (the § is removed)
Several rows are joined by ' \\\\'; a row with a %-comment gets its ' \\\\' before the comment.
crlf=True writes CRLF line ends (line numbers are the same).
truths: one spec per labelled row, in order:
  DEF                                  a definition row (the model, an energy): not scored
  (T, lhs_fn, rhs_fn[, rel])           true: holds in EVERY world (rtol 1e-6, atol 1e-8)
  (F, lhs_fn, rhs_fn[, rel])           false: fails clearly (relative gap > 1e-3) in SOME world, printed
  ('either', (l, r[, rel]), (l, r[, rel]), why)   two readings: one true everywhere, the other failing somewhere
rel: 'prop' (proportional along the last axis: l/r constant there), '=', '==' (exactly: false at any gap above 1e-12), '<=', '>=', '<', '>', or '~d' (approximately, to d decimals: true if |l - r| <= 0.5e-d, false if
     the gap is more than 0.5e-d in some world).
The functions take a world.World and return floats or arrays (compared elementwise). Exit 1 on any contradiction.
"""
import glob
import json
import os
import sys
import warnings

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from world import World  # noqa: E402

sys.modules.setdefault("build", sys.modules[__name__])

CASES = []
DEF = ("def",)
T, F = "true", "false"
SEEDS = range(101000, 101000 + int(os.environ.get("WORLDS", 80)))


def _join(rows):
    out = []
    for k, row in enumerate(rows):
        if k == len(rows) - 1:
            out.append(row)
            continue
        if " %" in row:
            i = row.index(" %")
            out.append(row[:i] + r" \\" + row[i:])
        else:
            out.append(row + r" \\")
    return out


def _text(blocks, disp):
    lines, rowlines = [], []

    def add_rows(rows, wrap_aligned):
        body = _join(rows)
        if len(rows) > 1 and wrap_aligned:
            lines.append(r"\begin{aligned}")
        for row in body:
            rowlines.append(len(lines) + 1)
            lines.append(row)
        if len(rows) > 1 and wrap_aligned:
            lines.append(r"\end{aligned}")

    for b in blocks:
        if isinstance(b, str):
            lines.extend(b.split("\n"))
            lines.append("")
        elif isinstance(b, tuple) and b[0] == "one":
            rowlines.append(len(lines) + 1)
            lines.append("$$ " + b[1] + " $$")
            lines.append("")
        elif isinstance(b, tuple) and b[0] == "raw":
            for ln in b[1]:
                if ln.startswith("§"):
                    rowlines.append(len(lines) + 1)
                    ln = ln[1:]
                lines.append(ln)
            lines.append("")
        else:
            style = disp
            if isinstance(b, tuple):
                style, b = b
            if style == "dollar":
                lines.append("$$"); add_rows(b, True); lines.append("$$")
            elif style == "bracket":
                lines.append(r"\["); add_rows(b, True); lines.append(r"\]")
            elif style == "myst":
                lines.append("```{math}"); add_rows(b, True); lines.append("```")
            elif style in ("align", "align*", "gather*"):
                lines.append(r"\begin{%s}" % style); add_rows(b, False); lines.append(r"\end{%s}" % style)
            elif style == "equation":
                lines.append(r"\begin{equation}"); add_rows(b, True); lines.append(r"\end{equation}")
            else:
                raise ValueError(style)
            lines.append("")
    return "\n".join(lines), rowlines


def D(cid, cause, blocks, truths, note="", units=(0, 1), disp="dollar", crlf=False):
    assert cid not in {c["id"] for c in CASES}, cid
    text, rowlines = _text(blocks, disp)
    assert len(rowlines) == len(truths), (cid, len(rowlines), len(truths))
    if crlf:
        text = text.replace("\n", "\r\n")
    CASES.append(dict(id=cid, cause=cause, text=text, note=note, units=units,
                      steps=list(zip(rowlines, truths))))


def _propgap(l, r):
    q = l / r
    q = q / q.mean(axis=-1, keepdims=True)
    return float(np.max(np.abs(q - 1)))


def agree(l, r, rel):
    if rel == "prop":
        return l.shape == r.shape and bool(np.all(np.isfinite(l / r))) and _propgap(l, r) < 1e-6
    if rel in ("=", "=="):
        return l.shape == r.shape and bool(np.all(np.isfinite(l))) and np.allclose(l, r, rtol=1e-6, atol=1e-8)
    if rel.startswith("~"):
        return l.shape == r.shape and bool(np.all(np.abs(l - r) <= 0.5 * 10.0 ** -int(rel[1:]) + 1e-12))
    return bool({"<=": np.all(l <= r + 1e-9), ">=": np.all(l >= r - 1e-9),
                 "<": np.all(l < r), ">": np.all(l > r)}[rel])


def fails(l, r, rel):
    if rel == "prop":
        return l.shape != r.shape or _propgap(l, r) > 1e-3
    if rel == "==":  # exactly: any gap above rounding error of float64
        return l.shape != r.shape or bool(np.any(np.abs(l - r) > 1e-12 * (1 + np.abs(l) + np.abs(r))))
    if rel == "=":
        return l.shape != r.shape or bool(np.any(np.abs(l - r) > 1e-3 * (1 + np.abs(l) + np.abs(r))))
    if rel.startswith("~"):
        return l.shape != r.shape or bool(np.any(np.abs(l - r) > 0.5 * 10.0 ** -int(rel[1:]) + 1e-9))
    return bool({"<=": np.any(l > r + 1e-6), ">=": np.any(l < r - 1e-6),
                 "<": np.any(l >= r), ">": np.any(l <= r)}[rel])


def evaluate(case, lf, rf, rel="="):
    """-> (holds in every world, first clear failure or None, errors)"""
    ok, first, errs = True, None, []
    if rel == "py":  # exact Python arithmetic, one evaluation: lf() -> bool (the identity holds exactly)
        try:
            v = bool(lf(None))
        except Exception as e:
            return False, None, [f"{type(e).__name__}: {e}"]
        return v, (None if v else ("exact", 0, "", "", "py", "exact arithmetic: the two sides differ")), []
    for s in SEEDS:
        Wd = World(s, units=case["units"])
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                l = np.asarray(lf(Wd), float)
                r = np.asarray(rf(Wd), float)
                l, r = np.broadcast_arrays(l, r)  # a side free of x against one over the states: compare at every x
            except Exception as e:  # a bug in the case
                errs.append(f"seed {s}: {type(e).__name__}: {e}")
                continue
        if not agree(l, r, rel):
            ok = False
        if first is None and fails(l, r, rel):
            first = (s, Wd.K, np.round(l, 6).ravel()[:4].tolist(), np.round(r, 6).ravel()[:4].tolist(), rel,
                     f"theta={Wd.th:.4f} theta'={Wd.th2:.4f} phi={Wd.ph:.4f} beta={Wd.be:.4f} N={Wd.N} "
                     f"data={Wd.data.tolist()} nv={Wd.nv} nh={Wd.nh} n={Wd.n} J={Wd.J:.4f} h={Wd.hf:.4f}")
    return ok, first, errs


def main(verbose):
    import importlib
    for path in sorted(glob.glob(os.path.join(HERE, "cases_*.py"))):
        importlib.import_module(os.path.basename(path)[:-3])
    bad, counts, dump, bycause = 0, {}, [], {}
    for case in CASES:
        bc = bycause.setdefault(case["cause"], {"cases": 0, T: 0, F: 0, "either": 0, "def": 0})
        bc["cases"] += 1
        for line, spec in case["steps"]:
            label = spec[0]
            bc[label] += 1
            if label == "def":
                continue
            if label == "either":
                a, b = evaluate(case, *spec[1]), evaluate(case, *spec[2])
                ok = ((a[0] and b[1] is not None) or (b[0] and a[1] is not None)) and not (a[2] or b[2])
                msg = f"either ({spec[3]}): reading A holds everywhere {a[0]}, fails {a[1]}; B holds {b[0]}, fails {b[1]}"
                errs = a[2] + b[2]
            else:
                hold, first, errs = evaluate(case, *spec[1:])
                if label == T:
                    ok = hold and not errs
                    msg = f"holds in all {len(SEEDS)} worlds" if ok else f"FAILS, first failure {first}"
                else:
                    ok = first is not None and not errs
                    msg = (f"counterexample seed {first[0]} (K={first[1]}): lhs {first[2]} vs rhs {first[3]} ({first[4]}); {first[5]}"
                           if first else "NO COUNTEREXAMPLE")
            if errs:
                msg += f"; {len(errs)} errors, first: {errs[0]}"
            counts[(label, ok)] = counts.get((label, ok), 0) + 1
            bad += not ok
            if verbose or not ok:
                print(f"{case['id']:5} line {line:3}: {label:6} {msg}{'' if ok else '   <-- CONTRADICTED'}")
        dump.append({"id": case["id"], "cause": case["cause"], "note": case["note"], "text": case["text"],
                     "steps": [{"line": line, "truth": spec[0]} for line, spec in case["steps"]]})
    json.dump(dump, open(os.path.join(HERE, "cases.json"), "w"), indent=1, ensure_ascii=False)
    print(f"\n{len(CASES)} documents; {len(SEEDS)} worlds (seeds {SEEDS.start}..{SEEDS.stop - 1}) per step")
    for (label, ok), n in sorted(counts.items()):
        print(f"  {label:7} {'confirmed' if ok else 'CONTRADICTED'}: {n}")
    print("\nby cause: documents, true steps, false steps, either, definition rows")
    for k, v in sorted(bycause.items()):
        print(f"  {k:40} {v['cases']:4} {v[T]:5} {v[F]:5} {v['either']:4} {v['def']:4}")
    print(f"\ndocuments with a false row: {sum(any(s[1][0] == F for s in c['steps']) for c in CASES)}; "
          f"documents whose labelled rows are all true: "
          f"{sum(not any(s[1][0] in (F, 'either') for s in c['steps']) and any(s[1][0] == T for s in c['steps']) for c in CASES)}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main("-v" in sys.argv)
