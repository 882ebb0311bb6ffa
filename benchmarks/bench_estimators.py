"""Time of `eq7 estimators`: the default run (goal: under 30 s on a 2-core machine, ~10 s
aimed) and where it goes, method by method.

    python benchmarks/bench_estimators.py [--model ising] [--size N]

Prints wall and CPU seconds of the whole default study and of each method's cells (estimates
plus its training runs). Not a test: timings on a shared machine are noisy; CPU seconds
are the steadier figure.

Measured 2026-11-27 on the shared 2-core machine: the default study took 5.0-5.3 s of CPU, and
13-17 s of wall time at load average 5-6 (6 s when the machine is quiet). Per method, in CPU:
gen-nade 2.6 s (before its logits were computed once per prefix it took 9.2 s), pcd-1 0.8 s,
gen-meanfield 0.7 s, gen-table 0.6 s, exact and cd-1 0.2 s each.
"""
from __future__ import annotations

import argparse
import time

import numpy as np

from toy_models.estimator_problems import study_problem
from toy_models.estimator_study import estimator_study
from toy_models.estimators_cli import DEFAULT_METHODS, DEFAULT_SAMPLES, DEFAULT_SEED


def timed(fn):
    wall, cpu = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="ising")
    parser.add_argument("--size", type=int, default=None)
    args = parser.parse_args()
    sizes = [int(s) for s in DEFAULT_SAMPLES.split(",")]
    methods = DEFAULT_METHODS.split(",")
    if args.model == "potts":
        methods = [m for m in methods if not m.startswith("gen-")]

    def run(ms):
        rng = np.random.default_rng(DEFAULT_SEED)
        model, data, _ = study_problem(args.model, args.size, rng)
        return estimator_study(model, data, ms, sizes, 20, rng)

    _, wall, cpu = timed(lambda: run(methods))
    print(f"default study ({args.model}, methods {','.join(methods)}, M {DEFAULT_SAMPLES}, 20 repeats, "
          f"100 training steps): wall {wall:.1f} s, CPU {cpu:.1f} s")
    for m in methods:
        _, wall, cpu = timed(lambda: run([m]))
        print(f"  {m:<15} wall {wall:6.2f} s  CPU {cpu:6.2f} s  (includes the exact-phase reference run)")


if __name__ == "__main__":
    main()
