"""`eq7 verify`: eq. (7) in numbers on seeded random toy models.

For each model: seeded random parameters and N data rows drawn uniformly from its
space; check_identity computes the gradient as positive minus negative phase, by
autograd of the exact NLL, and by central differences; a row is PASS when the identity
is within TOL_AUTOGRAD (relative) of autograd and TOL_FINITE_DIFFERENCE of central
differences. Exit 0 when every row passes, 1 when one fails, 2 on bad options.
"""
from __future__ import annotations

import json
import os
import shutil
import sys
import textwrap
import time

from .errors import InputError, StateSpaceTooLarge
from .examples import DEFAULT_SIZES, KINDS

# Both computations are exact sums in float64 that differ only in rounding order:
# observed gaps are ~1e-15; 1e-10 leaves room for long sums (2^16 states) and large
# energies without hiding a wrong sign or a missing term (those give O(1) gaps).
TOL_AUTOGRAD = 1e-10
# Central differences with h = 1e-5 carry ~1e-10..1e-8 relative error (truncation h^2,
# rounding eps/h); 1e-6 is the usual bar for a correct analytic gradient.
TOL_FINITE_DIFFERENCE = 1e-6
DEFAULT_SEED = 20160610
SCHEMA_VERSION = 1   # of eq7's JSON: the same number as eq7.cli.SCHEMA_VERSION (a test holds them equal)
LEGEND = ("positive phase = data average of dE/dΘ (pushes the energy of the data down); "
          "negative phase = the same average under the model P_Θ (pushes it up everywhere else); "
          "eq. (7): dNLL/dΘ = positive - negative (RBM: E is the free energy F(v)).")


def add_arguments(parser):
    parser.description = (
        "Verify eq. (7) on seeded random toy models: the NLL gradient as positive minus negative "
        "phase (exact log Z), against autograd of the exact NLL and central differences. "
        "Exit 0 when every model passes, 1 when one fails, 2 on bad options.")
    parser.add_argument("--model", action="append", choices=KINDS + ("all",), metavar="MODEL",
                        help=f"model to verify, repeatable: one of {', '.join(KINDS)} or all (default: all)")
    parser.add_argument("--size", type=int, default=None,
                        help="size of every chosen model (d; K for categorical; d sites with q = 3 for potts; n_visible = n_hidden "
                             "for rbm); default per model: "
                             + ", ".join(f"{k} {v}" for k, v in DEFAULT_SIZES.items()))
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED,
                        help="seed (an integer >= 0) of the random parameters and data")
    parser.add_argument("--n-data", type=int, default=20, help="data rows per model (default 20)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of the table")


def _kinds(selected):
    if not selected or "all" in selected:
        return list(KINDS)
    return list(dict.fromkeys(selected))


def verify(kinds, size, seed, n_data):
    """One dict per model: the report summary plus kind, seconds and passed."""
    import numpy as np

    from .budget import require_verify_budget
    from .examples import random_data, random_model
    from .identity import check_identity, require_check_budget

    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise InputError(f"--seed must be an integer >= 0, got {seed!r}")
    # Every budget (states, time, memory) is checked from the options alone, before any
    # model or data set is built: --size 10**9 must not allocate a 10^9 x 10^9 J first.
    require_verify_budget(kinds, size, n_data)
    models = []
    for i, kind in enumerate(kinds):
        rng = np.random.default_rng([seed, i])  # each model its own stream: adding one changes no other
        model = random_model(kind, size, rng)
        require_check_budget(model)  # refuse every oversized model before computing any
        models.append((kind, model, random_data(model, n_data, rng)))
    rows = []
    for kind, model, data in models:
        start = time.perf_counter()
        report = check_identity(model, data)
        row = report.to_dict(gradients=False)
        row.update(kind=kind, seconds=time.perf_counter() - start,
                   passed=report.passed(TOL_AUTOGRAD, TOL_FINITE_DIFFERENCE))
        rows.append(row)
    return rows


def _table(rows, seed) -> str:
    head = f"{'model':<40}{'states':>10}{'log Z':>12}{'route':>12}{'rel id-ag':>11}{'rel id-fd':>11}  result"
    lines = ["eq. (7) on toy models: identity (positive - negative phase) vs autograd and "
             "central differences of the exact NLL", head, "-" * len(head)]
    for r in rows:
        states = f"{r['n_states']:>10,}" if r["n_states"] < 10 ** 7 else f"{float(r['n_states']):>10.2e}"
        lines.append(f"{r['model']:<40}{states}{r['log_partition']:>12.4f}{r['route']:>12}"
                     f"{r['max_rel_vs_autograd']:>11.1e}{r['max_rel_vs_finite_difference']:>11.1e}  "
                     f"{'PASS' if r['passed'] else 'FAIL'}")
    notes = [f"seed {seed}; per model {rows[0]['n_data']} data rows drawn uniformly from its state space; "
             "log Z is exact; route = how (plain: every state enumerated; "
             "contraction: the graph's tensor network summed out exactly, autograd through the same steps)",
             f"tolerances (relative to the block's largest gradient or phase entry): autograd {TOL_AUTOGRAD:g}, "
             f"finite differences {TOL_FINITE_DIFFERENCE:g}", LEGEND]
    # the table keeps its columns; the sentences under it wrap to the terminal (100 columns in a file or pipe)
    lines += [textwrap.fill(n, width=_width(), break_long_words=False, break_on_hyphens=False) for n in notes]
    return "\n".join(lines)


def _width() -> int:
    if not getattr(sys.stdout, "isatty", lambda: False)():
        return 100
    return max(60, min(100, shutil.get_terminal_size((100, 24)).columns - 1))


def run(args) -> int:
    try:
        rows = verify(_kinds(args.model), args.size, args.seed, args.n_data)
    except (InputError, StateSpaceTooLarge, ArithmeticError, MemoryError) as exc:
        # one message, never a traceback; MemoryError only as a last net (the budgets come first)
        print(f"eq7 verify: error: {exc or type(exc).__name__}", file=sys.stderr)
        return 2
    ok = all(r["passed"] for r in rows)
    try:
        if args.json:
            print(json.dumps({"schema_version": SCHEMA_VERSION, "status": 0 if ok else 1, "seed": args.seed, "tolerances": {"autograd": TOL_AUTOGRAD,
                              "finite_difference": TOL_FINITE_DIFFERENCE},
                              "passed": ok, "models": rows}, indent=2))
        else:
            print(_table(rows, args.seed))
        sys.stdout.flush()
    except BrokenPipeError:  # `eq7 verify | head`: the reader left early, nothing went wrong here
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
    return 0 if ok else 1
