"""Exact routes against each other, pgmpy and a naive loop, with the machine's floor.

    python benchmarks/bench_routes.py [--repeat 3] [--out bench_routes.png] [--d30] [--quick]

ONE process, so every ratio compares like with like on the same (noisy) machine:
  floor      numpy.exp over as many float64 values as the model has states, into a
             preallocated array (the cost of just the exponentials; the bar of issue 5)
  route      log Z AND the exact negative phase (all of the gradient that is not data),
             via toy_models.identity.log_partition_and_negative_phase(model, route=...)
  pgmpy VE   pgmpy's VariableElimination, log Z ALONE (no gradient), skipped if missing
  naive      a Python loop over states (log Z and moments), small d only
Time: the minimum over --repeat runs (the least disturbed). Peak memory: tracemalloc's
peak over one separate run (every NumPy array is counted; OpenBLAS's own buffers and
the interpreter are not), so timings are taken with tracemalloc off; for the issue's
must-show cases also the peak RSS of a fresh subprocess running just that route.
Models: fully connected Ising (J ~ N(0, 1/d) symmetrised, h ~ 0.3 N(0, 1)), Potts q = 3,
RBM n + n, lattices; all from one seeded numpy Generator.
"""
from __future__ import annotations

import argparse
import itertools
import resource
import subprocess
import sys
import time
import tracemalloc
import warnings

import numpy as np

from toy_models.examples import random_model
from toy_models.identity import log_partition_and_negative_phase
from toy_models.lattice import chain, grid
from _pgmpy import pgmpy_classes  # noqa: E402 (benchmarks/ is on sys.path when run as a script)


def best_time(fn, repeat):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def peak_mb(fn):
    tracemalloc.start()
    tracemalloc.reset_peak()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 2 ** 20
    finally:
        tracemalloc.stop()


def exp_floor(n_states, repeat):
    x = np.random.default_rng(0).standard_normal(n_states)
    out = np.empty_like(x)
    return best_time(lambda: np.exp(x, out=out), repeat)


def route_call(model, route):
    return lambda: log_partition_and_negative_phase(model, route=route)


# The child reads its own high-water mark VmHWM (Linux): ru_maxrss would not do, as Linux
# carries the PARENT's peak across fork + exec into the child's ru_maxrss.
RSS_SCRIPT = """
import resource, sys, numpy as np
from toy_models.examples import random_model
from toy_models.identity import log_partition_and_negative_phase

def peak_mb():
    try:
        with open("/proc/self/status") as status:
            return next(float(l.split()[1]) / 1024 for l in status if l.startswith("VmHWM:"))
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

kind, size, route = sys.argv[1], int(sys.argv[2]), sys.argv[3]
model = random_model(kind, size, np.random.default_rng(20160610))
base = peak_mb()
log_partition_and_negative_phase(model, route=route)
print(base, peak_mb())
"""


def fresh_process_rss(kind, size, route):
    """(peak RSS after imports and setup, peak RSS after the route) in MB, in a fresh
    Python process: the whole process, OpenBLAS buffers and interpreter included."""
    out = subprocess.run([sys.executable, "-c", RSS_SCRIPT, kind, str(size), route],
                         capture_output=True, text=True, check=True).stdout.split()
    return float(out[0]), float(out[1])


# -- outside references ------------------------------------------------------------------
def pgmpy_log_z(model):
    """A callable computing log Z of a +-1 Ising model by pgmpy's VE, or None if missing."""
    classes = pgmpy_classes()
    if classes is None:
        return None
    DiscreteFactor, VariableElimination, Network = classes
    J, h, d = model.params["J"], model.params["h"], model.d
    s = np.array([-1.0, 1.0])
    names = [f"x{i}" for i in range(d)]

    def run():
        net = Network()
        net.add_nodes_from(names)
        net.add_edges_from([(names[i], names[j]) for i in range(d) for j in range(i + 1, d)])
        net.add_factors(*[DiscreteFactor([names[i], names[j]], [2, 2], np.exp(J[i, j] * np.outer(s, s)).ravel())
                          for i in range(d) for j in range(i + 1, d)],
                        *[DiscreteFactor([names[i]], [2], np.exp(h[i] * s)) for i in range(d)])
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            marginal = VariableElimination(net).query([names[0]], joint=True, show_progress=False)
        return float(np.log(marginal.values.sum()))  # a Markov network's query is unnormalised
    return run


def naive_loop(model):
    """log Z, E[x], E[x x^T] by a Python loop over every state (two passes, max-shifted)."""
    J, h = model.params["J"], model.params["h"]
    states = [np.array(x) for x in itertools.product(model.space.values, repeat=model.d)]
    negs = [0.5 * x @ J @ x + h @ x for x in states]
    m = max(negs)
    s, first, second = 0.0, 0.0, 0.0
    for x, n in zip(states, negs):
        w = np.exp(n - m)
        s, first, second = s + w, first + w * x, second + w * np.outer(x, x)
    return m + np.log(s), first / s, second / s


# -- the table ---------------------------------------------------------------------------
def fmt(v, unit=""):
    if v is None:
        return "-"
    return f"{v:.3g}{unit}"


def measure(label, model, route, repeat, plain_max_states, extra=None):
    n = model.space.n_states
    row = {"label": label, "states": n, "route": route}
    row["floor"] = exp_floor(n, repeat) if n <= 2 ** 26 else None
    if n <= 2 ** 20:  # one untimed call: first-call costs (imports, BLAS lookup) are not the route's
        route_call(model, route)()
    row["t"] = best_time(route_call(model, route), repeat)
    row["mb"] = peak_mb(route_call(model, route))
    if n <= plain_max_states and route != "plain":
        r = 1 if n >= 2 ** 22 else repeat
        row["t_plain"] = best_time(route_call(model, "plain"), r)
        row["mb_plain"] = peak_mb(route_call(model, "plain"))
    for key, fn in (extra or {}).items():
        row[key] = best_time(fn, 1 if n >= 2 ** 20 else repeat) if fn else None
    return row


def states(n):
    return f"{n:,}" if n < 10 ** 9 else f"2^{n.bit_length() - 1}"


def print_rows(title, rows, extras=()):
    """One line per model; every ratio is (other's time) / (this route's time), same run."""
    print(f"\n{title}")
    heads = ["states", "exp floor", "route", "time", "x floor", "peak MB", "plain", "plain/rt", "plain MB"]
    for key in extras:
        heads += [key, f"{key.split()[0]}/rt"]
    print(f"{'model':<19}" + "".join(f"{h:>11}" for h in heads))
    for r in rows:
        t, floor, plain = r["t"], r["floor"], r.get("t_plain")
        cells = [states(r["states"]), fmt(floor, " s"), r["route"], fmt(t, " s"),
                 fmt(t / floor if floor else None), fmt(r["mb"]), fmt(plain, " s"),
                 fmt(plain / t if plain else None), fmt(r.get("mb_plain"))]
        for key in extras:
            v = r.get(key)
            cells += [fmt(v, " s"), fmt(v / t if v else None)]
        print(f"{r['label']:<19}" + "".join(f"{c:>11}" for c in cells))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", default="bench_routes.png", help="where to write the plot")
    parser.add_argument("--d30", action="store_true", help="also time d = 30 (blocked only, ~10-30 s)")
    parser.add_argument("--quick", action="store_true", help="small sizes only (a smoke run)")
    args = parser.parse_args(argv)
    rng = np.random.default_rng(20160610)
    plain_max = 2 ** 20 if args.quick else 2 ** 24

    ising_d = [8, 12, 16] if args.quick else [8, 12, 16, 20, 22, 24]
    ising = []
    for d in ising_d:
        model = random_model("ising", d, rng)
        ve = pgmpy_log_z(model)
        extra = {"pgmpy VE": ve, "naive": (lambda m=model: naive_loop(m)) if d <= 14 else None}
        row = measure(f"Ising d={d}", model, "blocked", args.repeat, plain_max, extra)
        if ve is not None:  # the outside reference must agree, or its time means nothing
            assert abs(ve() - log_partition_and_negative_phase(model, route="blocked")[0]) < 1e-8 * d
        ising.append(row)
    if args.d30:
        model = random_model("ising", 30, rng)
        ising.append(measure("Ising d=30", model, "blocked", 1, 0))
    print_rows("Fully connected Ising: log Z + negative phase (pgmpy: log Z alone)", ising,
               ("pgmpy VE", "naive"))
    if ising[0].get("pgmpy VE") is None:
        print("pgmpy not installed: pip install -e \".[bench]\" to compare with its variable elimination")

    rbm = [measure(f"RBM {n}+{n}", random_model("rbm", n, rng), "layer_sum", args.repeat, plain_max)
           for n in ([6, 10] if args.quick else [8, 12, 16, 20])]
    print_rows("RBM: log Z + negative phase (plain enumerates the 2^n_visible visible states)", rbm)

    potts = [measure(f"Potts d={d} q=3", random_model("potts", d, rng), "blocked", args.repeat, plain_max)
             for d in ([5, 8] if args.quick else [6, 9, 12, 14])]
    print_rows("Potts q = 3: log Z + negative phase", potts)

    lattices = [measure("chain 100000 ring", chain(100000, 0.5, 0.1, periodic=True), "transfer", args.repeat, 0),
                measure("grid 4x5 open", grid(4, 5, 0.44, 0.1), "transfer", args.repeat, plain_max),
                measure("grid 8x8 torus", grid(8, 8, 0.44, 0.0, periodic=True), "transfer", args.repeat, 0)]
    if not args.quick:
        lattices.append(measure("grid 14x200 open", grid(14, 200, 0.44, 0.0), "transfer", 1, 0))
    print_rows("Ising lattices: transfer matrices, log Z + d/d(coupling, field)", lattices)

    print(f"\nprocess peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    must_show(ising, rbm)
    plot(ising, rbm, potts, args.out)
    return 0


def must_show(ising, rbm):
    print("\nIssue 5, must show (this run; a shared machine is noisy, rerun to confirm):")
    for r in ising:
        if r["label"] == "Ising d=24":
            base, peak = fresh_process_rss("ising", 24, "blocked")
            print(f"  d=24 blocked: {r['t']:.3f} s = {r['t'] / r['floor']:.2f} x the exp floor "
                  f"({r['floor']:.3f} s; bar <= 3x); peak {r['mb']:.1f} MB of arrays (tracemalloc), "
                  f"{peak:.0f} MB RSS of a fresh process ({base:.0f} MB after imports; bar < 300 MB)")
            if r.get("pgmpy VE"):
                print(f"  pgmpy VE (log Z alone) / blocked (log Z + gradient): {r['pgmpy VE'] / r['t']:.1f}x (bar >= 8x)")
            if r.get("t_plain"):
                print(f"  plain / blocked: {r['t_plain'] / r['t']:.1f}x")
        if r["label"] == "Ising d=30":
            print(f"  d=30 blocked: {r['t']:.1f} s (bar < 30 s), peak {r['mb']:.0f} MB")
    for r in rbm:
        if r["label"] == "RBM 20+20":
            print(f"  RBM 20+20 layer sum: {r['t']:.3f} s (bar < 0.2 s); "
                  f"{fresh_process_rss('rbm', 20, 'layer_sum')[1]:.0f} MB RSS of a fresh process")


def plot(ising, rbm, potts, out):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (ax_t, ax_m) = plt.subplots(1, 2, figsize=(13, 5))
    series = [
        ("numpy.exp floor (Ising)", ising, "floor", "k--"),
        ("blocked (Ising)", ising, "t", "o-"),
        ("plain (Ising)", ising, "t_plain", "s-"),
        ("pgmpy VE, log Z only (Ising)", ising, "pgmpy VE", "^-"),
        ("naive Python loop (Ising)", ising, "naive", "x-"),
        ("layer sum (RBM n+n)", rbm, "t", "d-"),
        ("plain (RBM n+n)", rbm, "t_plain", "d:"),
        ("blocked (Potts q=3)", potts, "t", "v-"),
        ("plain (Potts q=3)", potts, "t_plain", "v:"),
    ]
    for label, rows, key, style in series:
        pts = [(r["states"], r[key]) for r in rows if r.get(key) and r["states"] < 2 ** 40]
        if pts:
            ax_t.plot(*zip(*pts), style, label=label)
    for label, rows, key, style in [("blocked (Ising)", ising, "mb", "o-"), ("plain (Ising)", ising, "mb_plain", "s-"),
                                    ("layer sum (RBM)", rbm, "mb", "d-"), ("plain (RBM)", rbm, "mb_plain", "d:"),
                                    ("blocked (Potts)", potts, "mb", "v-"), ("plain (Potts)", potts, "mb_plain", "v:")]:
        pts = [(r["states"], r[key]) for r in rows if r.get(key) and r["states"] < 2 ** 40]
        if pts:
            ax_m.plot(*zip(*pts), style, label=label)
    ax_t.set(xscale="log", yscale="log", xlabel="number of states summed (Ising, Potts: q^d; RBM: 2^n_visible)",
             ylabel="time for log Z + negative phase (s, best of repeats)",
             title="Exact routes vs the exp floor, plain enumeration, pgmpy, a loop")
    ax_m.set(xscale="log", yscale="log", xlabel="number of states summed", ylabel="peak memory (MB, tracemalloc)",
             title="Peak memory of each exact route")
    ax_m.axhline(300, color="r", lw=0.8, ls=":", label="300 MB bar")
    for ax, where in ((ax_t, "lower right"), (ax_m, "upper left")):
        ax.grid(True, which="major", alpha=0.3)
        ax.legend(fontsize=8, loc=where)
    fig.tight_layout()
    fig.savefig(out, dpi=110)
    print(f"plot written to {out}")


if __name__ == "__main__":
    sys.exit(main())
