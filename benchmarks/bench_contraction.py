"""The contraction route against pgmpy's variable elimination and the blocked route.

    python benchmarks/bench_contraction.py [--repeat 5] [--out bench_contraction.png]
                                           [--pgmpy-max-width 19] [--pgmpy-budget 60] [--quick]

ONE process, so every ratio compares like with like on the same (noisy) machine. Models,
all from one seeded numpy Generator: Ising models on random grids (rows x rows, a coupling
N(0, 1) on every edge, a field N(0, 1) on every site) and on random 3-regular graphs.
  ours logZ     toy_models log_partition(model, route="contraction")
  ours +grad    log Z AND the exact negative phase of every coupling and field (the whole
                gradient that is not data), one forward and one reverse pass
  first call    the same, with the elimination-order search (cached afterwards) included
  pgmpy         pgmpy's VariableElimination, log Z ALONE (its default order search runs on
                every call), stopped after --pgmpy-budget seconds, and not started where our
                order's width passes --pgmpy-max-width (its tables would take GBs)
  blocked       the blocked route (enumeration, exact) on the same model as a full J,
                where it can run (<= 31 spins): extra small models 5 x 5 and 3-regular 28
Time: CPU seconds, the minimum over --repeat runs (pgmpy: --repeat only under 1 s); the
machine is shared, and every contender is single-threaded. Peak memory:
tracemalloc's peak over one separate run (every NumPy array; not the interpreter).
Then: exactness (brute force = the blocked route's enumeration up to 22 spins; autograd
through the contraction beyond), and log Z far above 709.8 (16 x 16, couplings x 6).
"""
from __future__ import annotations

import argparse
import time
import tracemalloc

import autograd
import numpy as np

from toy_models import Ising
from toy_models.graph import grid_edges, random_regular_edges
from toy_models.identity import log_partition, log_partition_and_negative_phase
from toy_models.routes import blocked, contraction
from toy_models.routes._contract import forward
from _pgmpy import OverBudget, ising_log_z, within  # noqa: E402 (benchmarks/ is on sys.path when run as a script)


# The machine is shared (2 cores, several other jobs): wall-clock time measures their load
# as much as ours. Every contender here is single-threaded (OPENBLAS_NUM_THREADS=1), so its
# CPU time (time.process_time) is the fair measure; wall time is printed beside it.
WALL = {}


def best_time(fn, repeat, key=None):
    """Minimum CPU seconds over `repeat` runs (the minimum wall time goes to WALL[key])."""
    cpu, wall = [], []
    for _ in range(max(1, repeat)):
        t, w = time.process_time(), time.perf_counter()
        fn()
        cpu.append(time.process_time() - t)
        wall.append(time.perf_counter() - w)
    if key is not None:
        WALL[key] = min(wall)
    return min(cpu)


def peak_mb(fn):
    tracemalloc.start()
    tracemalloc.reset_peak()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 2 ** 20
    finally:
        tracemalloc.stop()


def full_j(model):
    J = np.zeros((model.n, model.n))
    J[model.first, model.second] = J[model.second, model.first] = model.params["coupling"]
    return Ising(J, model.params["field"])


def pgmpy_log_z(model):
    """A callable: log Z of an Ising graph model by pgmpy's VE, or None if pgmpy is missing."""
    return ising_log_z(model)


def models(rng, quick):
    sides = [5, 6, 8, 10, 12, 14, 16] + ([] if quick else [18, 20])
    sizes = [28, 40, 64, 80, 100, 120] + ([] if quick else [140, 160, 180])
    out = []
    for r in sides:
        e = grid_edges(r, r)
        out.append((f"grid {r}x{r}", "grid", Ising.graph(r * r, e, rng.normal(size=len(e)), rng.normal(size=r * r))))
    for n in sizes:
        e = random_regular_edges(n, 3, rng)
        out.append((f"3-regular {n}", "3-regular", Ising.graph(n, e, rng.normal(size=len(e)), rng.normal(size=n))))
    return out


def measure(name, model, args):
    row = {"name": name, "n": model.n}
    contraction._PLANS.clear()
    try:
        t = time.perf_counter()
        log_partition_and_negative_phase(model, route="contraction")
        row["first"] = time.perf_counter() - t
    except ValueError as exc:  # StateSpaceTooLarge: refused before any work
        row["refused"] = str(exc)
        return row
    plan = contraction.plan_for(model)
    row["width"] = plan.width
    row["log_z"] = log_partition(model, route="contraction")
    row["ours_logz"] = best_time(lambda: log_partition(model, route="contraction"), args.repeat)
    row["ours_grad"] = best_time(lambda: log_partition_and_negative_phase(model, route="contraction"),
                                 args.repeat, key=(name, "ours"))
    row["ours_wall"] = WALL[(name, "ours")]
    for kept in ("_buffers", "_pool"):  # memory reused between calls: count it as allocated
        plan.__dict__.pop(kept, None)
    row["ours_mb"] = peak_mb(lambda: log_partition_and_negative_phase(model, route="contraction"))
    run = pgmpy_log_z(model)
    if run is not None and plan.width <= args.pgmpy_max_width:
        box = []
        try:
            row["pgmpy"] = best_time(lambda: box.append(within(args.pgmpy_budget, run)), 1, key=(name, "pgmpy"))
        except OverBudget:
            row["pgmpy_over"] = args.pgmpy_budget
        else:
            row["pgmpy_log_z"] = box[0]
            if row["pgmpy"] < 1.0:
                row["pgmpy"] = min(row["pgmpy"], best_time(run, args.repeat - 1, key=(name, "pgmpy2")))
                WALL[(name, "pgmpy")] = min(WALL[(name, "pgmpy")], WALL[(name, "pgmpy2")])
            row["pgmpy_wall"] = WALL[(name, "pgmpy")]
            row["pgmpy_mb"] = peak_mb(run) if row["pgmpy"] < 5.0 else float("nan")
    if "pgmpy" in row:  # ours once more, after pgmpy: the minimum of both batches (load drifts)
        again = best_time(lambda: log_partition_and_negative_phase(model, route="contraction"),
                          args.repeat, key=(name, "ours2"))
        row["ours_grad"] = min(row["ours_grad"], again)
        row["ours_wall"] = min(row["ours_wall"], WALL[(name, "ours2")])
    if model.n <= 31:
        dense = full_j(model)
        row["blocked"] = best_time(lambda: blocked.log_partition_and_negative_phase(dense), 2)
        row["blocked_log_z"] = blocked.log_partition(dense)
    return row


def fmt(x, spec=".4f"):
    return "-" if x is None or (isinstance(x, float) and np.isnan(x)) else format(x, spec)


def print_table(rows):
    head = (f"{'model':<15}{'width':>6}{'log Z':>11}{'first':>8}{'logZ':>8}{'+grad':>8}{'MB':>7}"
            f"{'pgmpy':>8}{'MB':>7}{'ratio':>7}{'wall':>7}{'|dlogZ|':>9}{'blocked':>8}")
    print("CPU seconds (minimum over repeats; 'first' is wall, with the order search); MB = tracemalloc "
          "peak; ours = contraction route")
    print(head)
    print("-" * len(head))
    for r in rows:
        if "refused" in r:
            print(f"{r['name']:<15} refused before any work: {r['refused'][:150]}...")
            continue
        ratio = r["pgmpy"] / r["ours_grad"] if "pgmpy" in r else None
        wall = r["pgmpy_wall"] / r["ours_wall"] if "pgmpy" in r else None
        gap = abs(r["pgmpy_log_z"] - r["log_z"]) if "pgmpy" in r else (
            abs(r["blocked_log_z"] - r["log_z"]) if "blocked" in r else None)
        pg = f">{r['pgmpy_over']}" if "pgmpy_over" in r else fmt(r.get("pgmpy"), ".3f")
        print(f"{r['name']:<15}{r['width']:>6}{r['log_z']:>11.3f}{fmt(r['first'], '.3f'):>8}"
              f"{fmt(r['ours_logz'], '.4f'):>8}{fmt(r['ours_grad'], '.4f'):>8}{fmt(r['ours_mb'], '.1f'):>7}"
              f"{pg:>8}{fmt(r.get('pgmpy_mb'), '.1f'):>7}{fmt(ratio, '.1f'):>7}{fmt(wall, '.1f'):>7}"
              f"{fmt(gap, '.0e'):>9}{fmt(r.get('blocked'), '.3f'):>8}")
    print("ratio: pgmpy's CPU time for log Z alone over ours for log Z AND the full gradient (wall: the "
          "same in wall-clock time);\n|dlogZ|: ours against pgmpy (or against blocked's enumeration)")


def must_show(rows):
    by = {r["name"]: r for r in rows}
    print("\nmust show (one run):")
    for name, bar in (("grid 10x10", 4.0), ("grid 16x16", 100.0)):
        r = by.get(name, {})
        if "pgmpy" in r:
            ratio = r["pgmpy"] / r["ours_grad"]
            print(f"  {name}: log Z + gradient {r['ours_grad'] * 1e3:.1f} ms vs pgmpy log Z "
                  f"{r['pgmpy'] * 1e3:.1f} ms (CPU): {ratio:.1f}x faster (bar {bar:g}x) "
                  f"{'MET' if ratio >= bar else 'NOT MET'}; wall clock {r['pgmpy_wall'] / r['ours_wall']:.1f}x")
    big = [r for r in rows if r["n"] >= 64 and "pgmpy" in r]
    slower = [r["name"] for r in big if r["ours_grad"] >= r["pgmpy"]]
    ratios = ", ".join(f"{r['name']} {r['pgmpy'] / r['ours_grad']:.0f}x" for r in big)
    print(f"  models >= 64 spins with a pgmpy time: {len(big)}; ours (log Z + gradient) faster than "
          f"pgmpy's log Z on {len(big) - len(slower)} of them ({ratios})" + (f"; slower: {slower}" if slower else ""))
    over = [r for r in rows if "pgmpy_over" in r]
    if over:
        ours = ", ".join(f"{r['name']} {r['ours_grad']:.2f} s" for r in over)
        print(f"  pgmpy stopped after its budget of {over[0]['pgmpy_over']} s on {len(over)} models; "
              f"ours, log Z and gradient: {ours}")
    skipped = [r["name"] for r in rows if r["n"] >= 64 and "pgmpy" not in r and "pgmpy_over" not in r
               and "refused" not in r]
    if skipped:
        print(f"  pgmpy not run (order width above --pgmpy-max-width, its tables would take GBs): "
              f"{', '.join(skipped)}")


def rel(a, b):
    scale = max(float(np.max(np.abs(a))), float(np.max(np.abs(b))))
    return float(np.max(np.abs(a - b))) / scale


def exactness(rng):
    """Brute force (the blocked route enumerates every state) up to 22 spins; autograd
    through the same contraction beyond."""
    print("\nexactness: relative gaps (log Z; gradient blocks relative to their largest entry)")
    for name, n, e in (("grid 4x5", 20, grid_edges(4, 5)), ("3-regular 22", 22, random_regular_edges(22, 3, rng))):
        for scale in (0.1, 1.0, 10.0, 1e3):
            model = Ising.graph(n, e, scale * rng.normal(size=len(e)), scale * rng.normal(size=n))
            log_z, neg = log_partition_and_negative_phase(model, route="contraction")
            ref_log_z, first, second = blocked.ising_moments(full_j(model).params["J"], model.params["field"])
            ref_c = -second[model.first, model.second]
            print(f"  {name} couplings x{scale:g}: log Z {abs(log_z - ref_log_z) / abs(ref_log_z):.1e}, "
                  f"coupling {rel(neg['coupling'], ref_c):.1e}, field {rel(neg['field'], -first):.1e}  (vs enumeration)")
    for name, n, e in (("grid 10x10", 100, grid_edges(10, 10)), ("3-regular 100", 100, random_regular_edges(100, 3, rng))):
        model = Ising.graph(n, e, rng.normal(size=len(e)), rng.normal(size=n))
        by_autograd = autograd.grad(lambda p: contraction.traced_log_partition(model, p))(dict(model.params))
        _, neg = log_partition_and_negative_phase(model, route="contraction")
        print(f"  {name}: reverse pass vs autograd through the contraction: coupling "
              f"{rel(-by_autograd['coupling'], neg['coupling']):.1e}, field {rel(-by_autograd['field'], neg['field']):.1e}")


def far_above_float_range(rng, with_pgmpy):
    print("\nlog Z far above 709.8 (16 x 16 grid, couplings and fields N(0, 1) x 6):")
    e = grid_edges(16, 16)
    model = Ising.graph(256, e, 6 * rng.normal(size=len(e)), 6 * rng.normal(size=256))
    t = time.perf_counter()
    log_z, neg = log_partition_and_negative_phase(model, route="contraction")
    took = time.perf_counter() - t
    plan = contraction.plan_for(model)
    leaves = contraction.leaf_tables(plan, model.edges, *model.log_potentials())
    linear = forward(plan, leaves, log=False, keep=False)
    in_log = forward(plan, leaves, log=True, keep=False)[0]
    kernel = "log-space kernel (a scale left float range)" if linear is None else "rescaled linear kernel"
    print(f"  ours: log Z = {log_z:.6f} ({kernel}), with the gradient in {took:.2f} s; all-log-space "
          f"kernel: {in_log:.6f} (gap {abs(in_log - log_z) / abs(log_z):.1e}); gradient finite: "
          f"{all(np.all(np.isfinite(v)) for v in neg.values())}")
    K = 6 * 0.44
    uniform = Ising.graph(196, grid_edges(14, 14), K, 0.3)
    from toy_models.routes.transfer import grid_log_partition
    want = grid_log_partition(14, 14, K, 0.3)[0]
    got = log_partition(uniform, route="contraction")
    print(f"  14 x 14 uniform K = {K:.2f}, H = 0.3: ours {got:.6f}, transfer matrices (an independent "
          f"exact route) {want:.6f} (gap {abs(got - want) / want:.1e})")
    run = pgmpy_log_z(model) if with_pgmpy else None
    if run is not None:
        with np.errstate(over="ignore"):
            print(f"  pgmpy VE: log Z = {run()}")


def against_opt_einsum(rng):
    """Our elimination order against opt_einsum's path finders (installed with pgmpy), on the
    same networks of 2 x 2 edge tables: entries touched (sum over pairwise steps of the union
    of their indices; opt_einsum's opt_cost counts a multiply and an add, so it is halved),
    the largest table, and the time to find the path."""
    try:
        import opt_einsum as oe
    except ImportError:
        return
    from toy_models.routes.orders import best_order
    print("\nelimination order vs opt_einsum's path finders (entries touched, largest table, search CPU s):")
    for name, n, e in (("grid 10x10", 100, grid_edges(10, 10)), ("grid 16x16", 256, grid_edges(16, 16)),
                       ("3-regular 100", 100, random_regular_edges(100, 3, rng))):
        expr = ",".join(oe.get_symbol(i) + oe.get_symbol(j) for i, j in e.tolist()) + "->"
        t = time.process_time()
        _, width, cost = best_order(n, e, 2, contraction.max_width(2))
        line = [f"  {name:<14} ours {cost:.1e}, 2^{width + 1}, {time.process_time() - t:.2f} s"]
        for how in ("greedy", "random-greedy"):
            t = time.process_time()
            _, info = oe.contract_path(expr, *[(2, 2)] * len(e), shapes=True, optimize=how)
            line.append(f"{how} {float(info.opt_cost) / 2:.1e}, 2^{int(np.log2(float(info.largest_intermediate)))}, "
                        f"{time.process_time() - t:.2f} s")
        print("; ".join(line))


def plot(rows, path):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    fig, axes = plt.subplots(1, 2, figsize=(11, 4.5), sharey=True)
    for ax, kind in zip(axes, ("grid", "3-regular")):
        rs = [r for r in rows if r["name"].startswith(kind) and "refused" not in r]
        n = [r["n"] for r in rs]
        ax.plot(n, [r["ours_grad"] for r in rs], "o-", label="contraction: log Z + full gradient")
        ax.plot(n, [r["ours_logz"] for r in rs], "s--", label="contraction: log Z")
        pg = [r for r in rs if "pgmpy" in r]
        ax.plot([r["n"] for r in pg], [r["pgmpy"] for r in pg], "^-", label="pgmpy VE: log Z only")
        over = [r for r in rs if "pgmpy_over" in r]
        if over:
            ax.plot([r["n"] for r in over], [r["pgmpy_over"] for r in over], "^", mfc="none", ms=9,
                    color="C2", label="pgmpy VE: stopped at its time budget")
        bl = [r for r in rs if "blocked" in r]
        if bl:
            ax.plot([r["n"] for r in bl], [r["blocked"] for r in bl], "x", ms=10, label="blocked enumeration")
        for r in rs:
            ax.annotate(f"w{r['width']}", (r["n"], r["ours_grad"]), textcoords="offset points", xytext=(4, -12), fontsize=8)
        refused = [r for r in rows if r["name"].startswith(kind) and "refused" in r]
        if refused:
            ax.text(0.98, 0.03, "refused before any work (width > 24): " + ", ".join(str(r["n"]) for r in refused)
                    + " spins", transform=ax.transAxes, ha="right", fontsize=8)
        ax.set_yscale("log")
        ax.set_xlabel("spins" + (" (rows x rows grid)" if kind == "grid" else " (random 3-regular graph)"))
        ax.set_title(f"Ising on {'random grids' if kind == 'grid' else 'random 3-regular graphs'}")
        ax.grid(True, which="both", alpha=0.3)
    axes[0].set_ylabel("CPU seconds (min over repeats)")
    axes[0].legend(fontsize=8, loc="upper left")
    fig.suptitle("exact log Z: contraction route vs pgmpy variable elimination (w = order width)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    print(f"\nplot: {path}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", default="bench_contraction.png")
    parser.add_argument("--pgmpy-max-width", type=int, default=19)
    parser.add_argument("--pgmpy-budget", type=int, default=60, help="seconds per pgmpy call")
    parser.add_argument("--quick", action="store_true", help="grids to 16 x 16, 3-regular to 120 spins")
    args = parser.parse_args()
    rng = np.random.default_rng(20160610)
    rows = []
    for name, kind, model in models(rng, args.quick):
        rows.append(measure(name, model, args))
        print(f"  measured {name}", flush=True)
    print()
    print_table(rows)
    must_show(rows)
    exactness(rng)
    far_above_float_range(rng, pgmpy_log_z is not None)
    against_opt_einsum(rng)
    plot(rows, args.out)


if __name__ == "__main__":
    main()
