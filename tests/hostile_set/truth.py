#!/usr/bin/env python3
"""Recompute every hostile case's truth values by enumeration over random small worlds (world.py).

    python3 truth.py [-v]

A step labelled 'valid' must hold (to 1e-6 relative, or lhs <= rhs for '<=') in all 60 worlds; 'invalid'
must fail in at least one; 'either' (two readings) must hold with 0/1 units and fail with +-1 units;
'def' rows are not judged. Exits 1 on any contradiction. Also writes cases.json (the cases without their
functions, with the recomputed labels) for run.py.
"""
import json
import os
import sys
import warnings

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases import CASES  # noqa: E402
from world import World  # noqa: E402

WORLDS = 60


def holds(l, r, rel=None):
    l, r = np.asarray(l, float), np.asarray(r, float)
    if rel == "<=":
        return bool(np.all(l <= r + 1e-9))
    return l.shape == r.shape and bool(np.all(np.isfinite(l))) and np.allclose(l, r, rtol=1e-5, atol=1e-7)


def evaluate(case, step, units):
    _, label, lf, rf = step[:4]
    rel = step[4] if len(step) > 4 else None
    out = []
    for s in range(WORLDS):
        W = World(1000 + s, units=units)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                out.append(holds(lf(W), rf(W), rel))
            except (ValueError, FloatingPointError, ZeroDivisionError, OverflowError):
                out.append(False)
    return out


def main(verbose=False):
    bad, counts, dump = 0, {}, []
    for case in CASES:
        labels = []
        for step in case["steps"]:
            label = step[1]
            labels.append(label)
            if label == "def":
                continue
            if label == "either":
                a = evaluate(case, step, (0, 1)); b = evaluate(case, step, (-1, 1))
                ok = all(a) and not all(b)
                msg = f"0/1 units hold {sum(a)}/{WORLDS}, +-1 units hold {sum(b)}/{WORLDS}"
            else:
                h = evaluate(case, step, tuple(case["units"]))
                ok = all(h) if label == "valid" else not all(h)
                msg = f"holds in {sum(h)}/{WORLDS} worlds"
            counts[(label, ok)] = counts.get((label, ok), 0) + 1
            if not ok:
                bad += 1
            if verbose or not ok:
                print(f"{case['id']} line {step[0]}: {label}: {msg}{'' if ok else '   <-- CONTRADICTED'}")
        d = {k: case[k] for k in ("id", "cause", "kind", "note")}
        if case["kind"] == "doc":
            d["text"] = case["text"]
        else:
            d["lhs"], d["rhs"] = case["lhs"], case["rhs"]
        d["steps"] = [{"line": st[0], "truth": st[1]} for st in case["steps"]]
        dump.append(d)
    json.dump(dump, open(os.path.join(HERE, "cases.json"), "w"), indent=1, ensure_ascii=False)
    summary = {f"{k[0]} {'confirmed' if k[1] else 'CONTRADICTED'}": v for k, v in sorted(counts.items())}
    print(len(CASES), "cases;", summary)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main("-v" in sys.argv)
