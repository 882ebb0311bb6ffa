#!/usr/bin/env python3
"""hostile4 (adapted from hostile3): recompute every truth value by enumeration on random small worlds (world.py).

    python3 truth.py [-v]            (writes cases.json for run.py; prints to stdout, save as RECOMPUTE.txt)

A 'valid' step must hold in every one of WORLDS worlds (seeds 7000..), to rtol 1e-5 / atol 1e-6 (or
lhs <= rhs + 1e-9 for '<=', and so on); an 'invalid' step must fail by a clear margin (relative difference
> 1e-3, or the inequality broken by > 1e-6) in at least one world, and the first such world is printed as
its counterexample (seed, number of states, both values). 'either' needs one reading holding everywhere
and the other failing somewhere. An exception while evaluating is a bug in the case and is reported.
Exit 1 on any contradiction.
"""
import json
import os
import sys
import warnings

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build import CASES  # noqa: E402
import cases_a  # noqa: E402,F401
import cases_b  # noqa: E402,F401
import cases_c  # noqa: E402,F401
from world import World  # noqa: E402

WORLDS = int(os.environ.get('WORLDS', 120))
SEED0 = 41000


def val(x):
    return np.asarray(x, dtype=float)


def agree(l, r, rel):
    if rel == "=":
        return l.shape == r.shape and np.all(np.isfinite(l)) and np.allclose(l, r, rtol=1e-5, atol=1e-6)
    return bool({"<=": np.all(l <= r + 1e-9), ">=": np.all(l >= r - 1e-9),
                 "<": np.all(l < r - 1e-12), ">": np.all(l > r + 1e-12)}[rel])


def clearly_fails(l, r, rel):
    if rel == "=":
        if l.shape != r.shape:
            return True
        return bool(np.any(np.abs(l - r) > 1e-3 * (1 + np.abs(l) + np.abs(r))))
    return bool({"<=": np.any(l > r + 1e-6), ">=": np.any(l < r - 1e-6),
                 "<": np.any(l >= r - 1e-12), ">": np.any(l <= r + 1e-12)}[rel])


def run_spec(case, spec):
    lf, rf = spec[0], spec[1]
    rel = spec[2] if len(spec) > 2 else "="
    ok_all, fail_world, errors = True, None, []
    for s in range(SEED0, SEED0 + WORLDS):
        W = World(s, units=case["units"], spins=case["spins"])
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                l, r = val(lf(W)), val(rf(W))
            except Exception as e:  # a bug in the case
                errors.append(f"seed {s}: {type(e).__name__}: {e}")
                continue
        if not agree(l, r, rel):
            ok_all = False
        if fail_world is None and clearly_fails(l, r, rel):
            fail_world = (s, W.K, np.round(l, 6).tolist(), np.round(r, 6).tolist(), rel)
    return ok_all, fail_world, errors


def main(verbose):
    bad = 0
    counts = {}
    dump = []
    for case in CASES:
        for line, spec in case["steps"]:
            label = spec[0]
            if label == "def":
                continue
            if label == "either":
                a = run_spec(case, spec[1][0:3] if len(spec[1]) > 2 else spec[1])
                b = run_spec(case, spec[2])
                ok = (a[0] and b[1] is not None) or (b[0] and a[1] is not None)
                msg = f"reading A holds everywhere: {a[0]}, fails {a[1]}; reading B holds everywhere: {b[0]}, fails {b[1]}"
                errs = a[2] + b[2]
            else:
                ok_all, fw, errs = run_spec(case, spec[1:])
                if label == "valid":
                    ok = ok_all and not errs
                    msg = f"holds in all {WORLDS} worlds" if ok else f"FAILS: first clear failure {fw}"
                else:
                    ok = fw is not None and not errs
                    msg = (f"counterexample seed {fw[0]} (K={fw[1]}): lhs {fw[2]} vs rhs {fw[3]} ({fw[4]})" if fw
                           else "NO COUNTEREXAMPLE FOUND")
            if errs:
                msg += f"; {len(errs)} evaluation errors, first: {errs[0]}"
                ok = False
            counts[(label, ok)] = counts.get((label, ok), 0) + 1
            bad += not ok
            if verbose or not ok:
                print(f"{case['id']:4} line {line:3}: {label:7} {msg}{'' if ok else '   <-- CONTRADICTED'}")
        d = {k: case[k] for k in ("id", "cause", "kind", "note")}
        if case["kind"] == "doc":
            d["text"] = case["text"]
        else:
            d["lhs"], d["rhs"] = case["lhs"], case["rhs"]
        d["steps"] = [{"line": line, "truth": spec[0]} for line, spec in case["steps"]]
        dump.append(d)
    json.dump(dump, open(os.path.join(HERE, "cases.json"), "w"), indent=1, ensure_ascii=False)
    print(f"\n{len(CASES)} cases ({sum(c['kind'] == 'doc' for c in CASES)} documents, "
          f"{sum(c['kind'] == 'step' for c in CASES)} check_step pairs); {WORLDS} worlds per step")
    for (label, ok), n in sorted(counts.items()):
        print(f"  {label:8} {'confirmed' if ok else 'CONTRADICTED'}: {n}")
    by = {}
    for c in CASES:
        by.setdefault(c["cause"], [0, 0, 0, 0])
        by[c["cause"]][0] += 1
        for _, spec in c["steps"]:
            by[c["cause"]][{"valid": 1, "invalid": 2, "either": 3}.get(spec[0], 3) if spec[0] != "def" else 0] += 0 if spec[0] == "def" else 1
    print("\nby cause: cases, valid steps, invalid steps, either")
    for k, (n, v, i, e) in sorted(by.items()):
        print(f"  {k:28} {n:4} {v:5} {i:5} {e:3}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main("-v" in sys.argv)
