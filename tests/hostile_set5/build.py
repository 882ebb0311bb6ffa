#!/usr/bin/env python3
"""hostile6: write the cases down and recompute every truth value by enumeration.

    python3 build.py -v > RECOMPUTE.txt      (writes cases.json for run.py; WORLDS=300 for a longer check)

D(id, cause, blocks, truths, note, units): a short Markdown document. A block is a prose paragraph
(str, inline $...$ allowed) or a display: a list of rows (one row -> `$$` / row / `$$`; several rows ->
inside \\begin{aligned} ... \\end{aligned}, joined by \\\\), or a tuple ('one', row) for `$$ row $$` on a
single line. The first row of a display compares its two sides; a later row (`&= ...`) compares the
previous right side with its own. truths: one spec per row:
  DEF                                  a definition row (the model, an energy): not scored
  (T, lhs_fn, rhs_fn[, rel])           true: must hold in EVERY world (rtol 1e-6, atol 1e-8)
  (F, lhs_fn, rhs_fn[, rel])           false: must fail clearly (rel. gap > 1e-3) in SOME world, printed
  ('either', (l, r), (l, r), why)      two readings, one true everywhere and one failing somewhere
The functions take a world.World and return floats or arrays (compared elementwise).
Exit 1 on any contradiction.
"""
import json
import os
import sys
import warnings

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from world import World  # noqa: E402

sys.modules.setdefault("build", sys.modules[__name__])  # the case files import D from here

CASES = []
DEF = ("def",)
T, F = "true", "false"
SEEDS = range(61000, 61000 + int(os.environ.get("WORLDS", 80)))


def _text(blocks):
    lines, rowlines = [], []
    for b in blocks:
        if isinstance(b, str):
            lines.extend(b.split("\n"))
            lines.append("")
            continue
        if isinstance(b, tuple) and b[0] == "one":
            rowlines.append(len(lines) + 1)
            lines.append("$$ " + b[1] + " $$")
            lines.append("")
            continue
        rows = b
        lines.append("$$")
        if len(rows) == 1:
            rowlines.append(len(lines) + 1)
            lines.append(rows[0])
        else:
            lines.append(r"\begin{aligned}")
            for k, row in enumerate(rows):
                rowlines.append(len(lines) + 1)
                lines.append(row + (r" \\" if k < len(rows) - 1 else ""))
            lines.append(r"\end{aligned}")
        lines.append("$$")
        lines.append("")
    return "\n".join(lines), rowlines


def D(cid, cause, blocks, truths, note="", units=(0, 1)):
    assert cid not in {c["id"] for c in CASES}, cid
    text, rowlines = _text(blocks)
    assert len(rowlines) == len(truths), (cid, len(rowlines), len(truths))
    CASES.append(dict(id=cid, cause=cause, text=text, note=note, units=units,
                      steps=list(zip(rowlines, truths))))


def agree(l, r, rel):
    if rel == "=":
        return l.shape == r.shape and bool(np.all(np.isfinite(l))) and np.allclose(l, r, rtol=1e-6, atol=1e-8)
    return bool({"<=": np.all(l <= r + 1e-9), ">=": np.all(l >= r - 1e-9),
                 "<": np.all(l < r), ">": np.all(l > r)}[rel])


def fails(l, r, rel):
    if rel == "=":
        return l.shape != r.shape or bool(np.any(np.abs(l - r) > 1e-3 * (1 + np.abs(l) + np.abs(r))))
    return bool({"<=": np.any(l > r + 1e-6), ">=": np.any(l < r - 1e-6),
                 "<": np.any(l >= r), ">": np.any(l <= r)}[rel])


def evaluate(case, lf, rf, rel="="):
    """-> (holds in every world, first clear failure or None, errors)"""
    ok, first, errs = True, None, []
    for s in SEEDS:
        Wd = World(s, units=case["units"])
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                l = np.asarray(lf(Wd), float)
                r = np.asarray(rf(Wd), float)
            except Exception as e:  # a bug in the case
                errs.append(f"seed {s}: {type(e).__name__}: {e}")
                continue
        if not agree(l, r, rel):
            ok = False
        if first is None and fails(l, r, rel):
            first = (s, Wd.K, np.round(l, 6).ravel()[:4].tolist(), np.round(r, 6).ravel()[:4].tolist(), rel,
                     f"theta={Wd.th:.4f} theta'={Wd.th2:.4f} phi={Wd.ph:.4f} eps={Wd.eps:.4f} beta={Wd.be:.4f} "
                     f"beta'={Wd.be2:.4f} N={Wd.N} data={Wd.data.tolist()} Kv={Wd.Kv} Kh={Wd.Kh} nv={Wd.nv} n={Wd.n} J={Wd.J:.4f} h={Wd.hf:.4f}")
    return ok, first, errs


def main(verbose):
    import cases_a  # noqa: F401
    import cases_b  # noqa: F401
    import cases_c  # noqa: F401
    import cases_d  # noqa: F401
    import cases_e  # noqa: F401
    bad, counts, dump = 0, {}, []
    bycause = {}
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
        print(f"  {k:34} {v['cases']:4} {v[T]:5} {v[F]:5} {v['either']:4} {v['def']:4}")
    tc = sum(any(s[1][0] == T for s in c["steps"]) and not any(s[1][0] == F for s in c["steps"]) for c in CASES)
    print(f"\ndocuments whose labelled rows are all true: {tc}; with a false row: "
          f"{sum(any(s[1][0] == F for s in c['steps']) for c in CASES)}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main("-v" in sys.argv)
