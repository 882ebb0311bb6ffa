"""The estimates of toy_models.budget against measurement: time and peak memory of the
check `eq7 verify` runs (check_identity on random_model(kind, size) with n_data rows).

    python benchmarks/bench_verify_budget.py            # the cases near the budget
    python benchmarks/bench_verify_budget.py ising:15:20 potts:7:20

Each case runs in a fresh subprocess; memory is the growth of its peak resident set
(ru_maxrss) over the run, so imports are not counted. An estimate is useful when it is not
below the measurement by much (the budget is then kept) and not far above it (sizes that
would fit are not refused); the refusal threshold is budget.VERIFY_SECONDS.
"""
from __future__ import annotations

import json
import subprocess
import sys

CASES = ["categorical:3000:20", "ising:14:20", "ising:15:20", "ising01:16:20", "potts:6:20", "potts:7:20",
         "rbm:12:20", "rbm:14:20", "neural:13:20", "neural:14:20", "ising:10:20000", "potts:5:10000",
         "rbm:8:20000", "neural:10:10000", "categorical:10:200000"]

CHILD = r"""
import json, resource, sys, time
import numpy as np
from toy_models.examples import random_model, random_data
from toy_models.identity import check_identity
kind, size, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rng = np.random.default_rng(1)
check_identity(random_model(kind, 3, rng), random_data(random_model(kind, 3, rng), 2, rng))  # warm-up
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
model = random_model(kind, size, rng)
check_identity(model, random_data(model, n, rng))
seconds = time.perf_counter() - start
grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
print(json.dumps({"seconds": seconds, "mb": grown / 1024}))
"""


def main(cases):
    from toy_models import budget

    print(f"{'case':<24}{'est s':>8}{'meas s':>8}{'est/meas':>9}{'est MB':>9}{'meas MB':>9}")
    for case in cases:
        kind, size, n = case.split(":")
        est = budget.estimate(kind, int(size), int(n))
        out = subprocess.run([sys.executable, "-c", CHILD, kind, size, n], capture_output=True, text=True,
                             check=True)
        got = json.loads(out.stdout)
        print(f"{case:<24}{est.seconds:>8.2f}{got['seconds']:>8.2f}{est.seconds / got['seconds']:>9.2f}"
              f"{est.bytes / 2 ** 20:>9.0f}{got['mb']:>9.0f}", flush=True)
    print(f"budget: {budget.VERIFY_SECONDS:g} s, {budget.VERIFY_BYTES / 2 ** 20:.0f} MB (estimated, per run)")


if __name__ == "__main__":
    main(sys.argv[1:] or CASES)
