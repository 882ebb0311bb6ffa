"""How far the contraction route reaches, planning included, against pgmpy and quimb + cotengra.

    python benchmarks/bench_reach.py [--repeat 3] [--budget 60] [--only grid,3-regular,cube] [--widths 4]
    python benchmarks/bench_reach.py --names "3-regular 180" --peers quimb --budget 100 --no-checker
                                     (one graph against one peer: --names picks models whose name contains a
                                     comma-separated part, --peers pgmpy,quimb the peers run)
    PYTHONPATH=/work/main python benchmarks/bench_reach.py   # the same figures for another checkout

One process, one BLAS thread, every model from its own seeded generator (couplings and
fields N(0, 1)): Ising models on rows x rows grids (10, 16, 20, 22), random 3-regular graphs
(100, 150, 180 spins) and the 4 x 4 x 4 cubic grid.
  first      ours: log Z + full gradient on a FRESH graph (order search and plan included:
             the plan cache is emptied before each of --repeat runs; the least disturbed), CPU
             seconds (wall in brackets)
  plan       ours: the planning alone (order search + compiling the plan a first call uses)
  warm       ours again, the plan cached: the minimum over --repeat runs
  logZ       ours, log Z alone, warm
  pgmpy      pgmpy's VariableElimination, log Z alone (it plans on every call)
  ctg first  quimb + cotengra: log Z on a fresh ReusableHyperOptimizer (its path search included)
  ctg grad   quimb + cotengra: log Z + gradient by autograd through the contraction, path cached
Every peer runs in a forked child of its own (_peers.py): --budget CPU seconds a step, 6 GiB of memory;
'>60' means stopped there, 'OOM' out of its memory, and the reason is printed under the table.
A width '24+5c' is a sliced graph (routes/sliced.py): 5 cut spins, 2^5 slices of width 24; the line
'slicing against one piece' checks a sliced contraction against the same graph in one piece.
Then the floors (FLOPs and memory traffic of the warm call against this machine's matmul and copy
speeds), the checker's figures (bench_startup.py): `eq7 check` on the post in fresh processes, and the
slowest document of ../shared/realworld-dev checked warm; and issue 22's must-show list, each line
met or not, from the figures above (--no-checker leaves the checker out).
Gaps: |log Z| ours against pgmpy and against quimb, and the gradient's largest entry gap
against quimb's autograd. Tables of the peers are exp(log potential - its max) with the
maxima added back, so log Z far above 709 stays finite for them too.
"""
from __future__ import annotations

import argparse
import time
import warnings

import numpy as np

from toy_models import Ising
from toy_models.graph import grid_edges, random_regular_edges
from toy_models.identity import log_partition, log_partition_and_negative_phase
from toy_models.routes import contraction
from _peers import MEMORY_GIB, run_peers  # noqa: E402 (benchmarks/ is on sys.path when run as a script)

S = np.array([-1.0, 1.0])

def timed(fn):
    t, w = time.process_time(), time.perf_counter()
    out = fn()
    return out, time.process_time() - t, time.perf_counter() - w


def cube_edges(k):
    idx = np.arange(k ** 3).reshape(k, k, k)
    e = [(idx[a, b, c], idx[a + x, b + y, c + z]) for a in range(k) for b in range(k) for c in range(k)
         for x, y, z in ((1, 0, 0), (0, 1, 0), (0, 0, 1)) if a + x < k and b + y < k and c + z < k]
    return np.array(e, dtype=np.int64)


def models(only, names=()):
    out = []
    for r in (10, 16, 20, 22):
        out.append((f"grid {r}x{r}", "grid", r * r, grid_edges(r, r), r))
    for n in (100, 150, 180):
        out.append((f"3-regular {n}", "3-regular", n, random_regular_edges(n, 3, np.random.default_rng([20160610, n])), n))
    out.append(("cube 4x4x4", "cube", 64, cube_edges(4), 64))
    made = []
    for name, kind, n, e, seed in out:
        if (only and kind not in only) or (names and not any(part in name for part in names)):
            continue
        rng = np.random.default_rng([7, seed, n])
        made.append((name, Ising.graph(n, e, rng.normal(size=len(e)), rng.normal(size=n))))
    return made


def fresh_caches():
    """Forget every plan and compiled step shape: a first call as in a fresh process."""
    contraction._PLANS.clear()
    for module, caches in (("_pairs", ("_SPECS", "_OPERANDS")),):
        try:
            found = __import__(f"toy_models.routes.{module}", fromlist=["x"])
        except ImportError:  # pragma: no cover (another checkout)
            continue
        for name in caches:
            getattr(found, name, {}).clear()


def ours(model, row, repeat):
    fresh_caches()
    try:
        (log_z, neg), cpu, wall = timed(lambda: log_partition_and_negative_phase(model, route="contraction"))
    except ValueError as exc:  # StateSpaceTooLarge: refused before the work
        row["refused"] = str(exc)
        try:  # log Z alone may still go
            row["log_z"], row["logz_only"], _ = timed(lambda: log_partition(model, route="contraction"))
        except ValueError:
            pass
        return None
    runs = repeat if cpu < 3 else 1
    for _ in range(runs - 1):  # a first call again, on a machine shared with other jobs: the least disturbed
        fresh_caches()
        _, c, w = timed(lambda: log_partition_and_negative_phase(model, route="contraction"))
        cpu, wall = min(cpu, c), min(wall, w)
    planned = contraction.planned_for(model)   # what the gradient ran: the bucket plan, else checkpoints
    piece = getattr(planned, "sub", planned)   # a sliced graph (routes/sliced.py): one slice's plan
    width = planned.width if piece is planned else f"{piece.width}+{len(planned.cut)}c"
    row.update(first=cpu, first_wall=wall, log_z=log_z, width=width, cost=planned.cost)
    row.update(run_cost=planned.cost, stored=min(piece.buckets.stored, contraction.MAX_STORED_ENTRIES))
    if piece is not planned:
        row["shared"] = shared_share(planned)
    row["warm"] = min(timed(lambda: log_partition_and_negative_phase(model, route="contraction"))[1]
                      for _ in range(runs))
    row["logz"] = min(timed(lambda: log_partition(model, route="contraction"))[1] for _ in range(runs))
    fresh_caches()  # the planning alone (order search + compiling the plan a first call uses)
    row["plan"] = timed(lambda: getattr(contraction, "planned_for", contraction.plan_for)(model))[1]
    return neg


def shared_share(plan):
    """The share of one slice's work (entries touched) that no slice's values reach: the steps that
    every slice repeats identically and a plan could do once. A slice's values enter at the sites next
    to the cut, through the leaf their table is folded into (contraction._hosts); a step is repeated
    work when neither input descends from such a leaf."""
    B = plan.sub.buckets
    host = {s: e for pair in contraction._hosts(plan.sub, plan.sub_edges) for s, e in zip(*map(list, pair))}
    leaf = {e: t for t, (_, _, chunk) in enumerate(B.stars) for e in chunk}
    lone = {int(s): len(B.stars) + k for k, s in enumerate(B.isolated)}   # a site whose every neighbour is cut
    dirty = {leaf[host[j]] if j in host else lone[j] for j in set(plan.into[:, 2].tolist())}
    work = clean = 0
    for i, (a, b, _) in enumerate(B.steps):
        size = len(set(B.scopes[a]) | set(() if b is None else B.scopes[b]))
        work += plan.q ** size
        if a in dirty or b in dirty:
            dirty.add(B.n_leaves + i)
        else:
            clean += plan.q ** size
    return clean / work


def fmt(x, spec=".3f"):
    return "-" if x is None else format(x, spec) if isinstance(x, float) else str(x)


def _peer(r, key, budget):
    """A peer's CPU seconds, or why it stopped, short: '>60' (its budget), 'OOM' (its memory), 'fail'."""
    if key in r:
        return r[key]
    why = r.get(key.replace("_log_z", "") + "_over")
    return None if why is None else f">{budget}" if why.startswith("over") else "OOM" if "memory" in why else (
        "-" if why == "not run" else "fail")


def ctg_ratio(r, budget):
    """(quimb + autograd's warm gradient over ours, exact or a lower bound '>'), or None."""
    if "ctg_grad" in r and "warm" in r:
        return r["ctg_grad"] / r["warm"], ""
    if str(r.get("ctg_grad_over", "")).startswith("over") and "warm" in r:
        return budget / r["warm"], ">"
    return None


def show(rows, budget):
    head = (f"{'model':<14}{'width':>6}{'log Z':>10}{'first':>16}{'plan':>7}{'warm':>8}{'logZ':>8}{'pgmpy':>8}"
            f"{'ctg first':>10}{'ctg grad':>9}{'ctg w':>7}{'x pgmpy':>8}{'x ctg':>7}{'|dlogZ|':>9}{'|dgrad|':>9}")
    print("\nCPU seconds; ours = log Z + full gradient unless marked; 'first' includes the order search")
    print(head)
    print("-" * len(head))
    for r in rows:
        if "refused" in r:
            print(f"{r['name']:<14} REFUSED: {r['refused'][:140]}")
            print(f"{'':<14} (log Z alone {fmt(r.get('logz_only'))} s; pgmpy {fmt(_peer(r, 'pgmpy', budget))}"
                  f"; quimb+cotengra {fmt(_peer(r, 'ctg_first', budget))}, its tree's width {r.get('ctg_width', '-')})")
            continue
        x_pg = r["pgmpy"] / r["first"] if "pgmpy" in r else None
        x_pg = f">{budget / r['first']:.0f}" if x_pg is None and str(r.get("pgmpy_over")).startswith("over") else x_pg
        x_ctg = ctg_ratio(r, budget)
        x_ctg = None if x_ctg is None else f"{x_ctg[1]}{x_ctg[0]:.1f}"
        gaps = [abs(r[k] - r["log_z"]) for k in ("pgmpy_log_z", "ctg_log_z") if k in r]
        first = f"{r['first']:.3f} ({r['first_wall']:.2f})"
        print(f"{r['name']:<14}{r['width']:>6}{r['log_z']:>10.3f}{first:>16}{r['plan']:>7.3f}{r['warm']:>8.3f}{r['logz']:>8.3f}"
              f"{fmt(_peer(r, 'pgmpy', budget)):>8}{fmt(_peer(r, 'ctg_first', budget)):>10}{fmt(_peer(r, 'ctg_grad', budget)):>9}"
              f"{fmt(r.get('ctg_width')):>7}{fmt(x_pg, '.1f'):>8}{fmt(x_ctg):>7}"
              f"{fmt(max(gaps) if gaps else None, '.0e'):>9}{fmt(r.get('ctg_grad_gap'), '.0e'):>9}")
    for r in rows:
        if "shared" in r:
            print(f"  {r['name']}: slices repeat {100 * r['shared']:.2f}% of a slice's work identically (work "
                  f"no cut value reaches, a plan could do once): the cut sits in the widest cliques")
    for r in rows:   # every peer that stopped, and why
        for key, who in (("pgmpy_over", "pgmpy"), ("ctg_over", "quimb + cotengra, search and log Z"),
                         ("ctg_grad_over", "quimb + cotengra, log Z + autograd gradient")):
            if key in r and r[key] != "not run":
                print(f"  {r['name']}: {who}: {r[key]}")
    print(f"every peer ran in a child of its own: {budget} s of CPU a step, {MEMORY_GIB} GiB of memory (benchmarks/"
          f"_peers.py); '>{budget}': stopped there; ctg w: its tree's width (log2 of its largest tensor; '/Ns': N slices)")
    print(f"x pgmpy: pgmpy's log Z over our FIRST call (log Z + gradient, planning included); x ctg: quimb + "
          f"cotengra's warm log Z + autograd gradient over our warm call ('>': a bound, the peer stopped at {budget} s)")


def sliced_against_one_piece(seed=11):
    """Slicing at scale, against the same graph in one piece: a random 3-regular graph of 120 spins
    (width ~16), sliced on 4 spins chosen at random (16 slices, each ordered on its own), log Z and
    the full gradient both ways: their gaps (relative to |log Z|, to the largest gradient entry)."""
    from toy_models.routes import orders, sliced
    rng = np.random.default_rng(seed)
    n, e = 120, random_regular_edges(120, 3, rng)
    model = Ising.graph(n, e, rng.normal(size=len(e)), rng.normal(size=n))
    cut = sorted(rng.choice(n, size=4, replace=False).tolist())
    sub_edges = sliced.split_edges(n, e, cut)[0]
    order, width, _ = orders.best_order(n - len(cut), sub_edges, 2, contraction.max_width(2))
    plan = sliced.Sliced(n, 2, e, cut, contraction.Planned(n - len(cut), 2, sub_edges, order, width), width)
    pair, unary = model.log_potentials()
    t = time.process_time()
    log_z, edge, site = contraction.marginals(plan, e, pair, unary)
    took = time.process_time() - t
    want, neg = log_partition_and_negative_phase(model, route="contraction")
    grad = np.concatenate([-np.einsum("eab,a,b->e", edge, S, S) - neg["coupling"], -(site @ S) - neg["field"]])
    scale = max(np.max(np.abs(neg["coupling"])), np.max(np.abs(neg["field"])))
    print(f"\nslicing against one piece (3-regular 120 cut on {cut}, {plan.n_slices} slices of width {width}, "
          f"{took:.3f} s): log Z gap {abs(log_z - want) / abs(want):.1e}, gradient gap {np.max(np.abs(grad)) / scale:.1e}")


def machine_peaks(seconds=0.3):
    """(multiply-adds per second of one BLAS thread on a 512^3 matmul, bytes per second of a 64 MiB
    copy): the best of a few runs, the ceilings the floors below divide by."""
    a, b = np.random.rand(512, 512), np.random.rand(512, 512)
    x = np.random.rand(1 << 23)
    y = x.copy()   # its pages touched: a copy into fresh memory would time the page faults
    best_mm, best_copy = np.inf, np.inf
    end = time.perf_counter() + seconds
    for k in range(1000):
        if k >= 5 and time.perf_counter() > end:
            break
        t = time.perf_counter(); a @ b; best_mm = min(best_mm, time.perf_counter() - t)
        t = time.perf_counter(); np.copyto(y, x); best_copy = min(best_copy, time.perf_counter() - t)
    return 512 ** 3 / best_mm, 2 * 8 * x.size / best_copy


def floors(rows):
    """Issue 22, part 3: our warm log Z + gradient against two floors no implementation beats. FLOPs:
    a pass touches `run_cost` entries, one multiply-add each; the gradient is the forward pass and a
    reverse pass of twice its work (two matmuls a join). Memory: every table the reverse pass keeps
    (`stored`, 8 bytes an entry) is written once and read once."""
    madds, bandwidth = machine_peaks()
    print(f"\nfloors (issue 22 part 3): this machine {madds / 1e9:.1f} G multiply-adds/s (one thread, 512^3 "
          f"matmul), {bandwidth / 1e9:.1f} GB/s (64 MiB copy)")
    print(f"{'model':<14}{'warm s':>9}{'FLOP floor':>12}{'x floor':>9}{'memory floor':>14}{'x floor':>9}")
    for r in rows:
        if "warm" not in r:
            continue
        flop = 3 * r["run_cost"] / madds
        mem = 16 * r["stored"] / bandwidth
        print(f"{r['name']:<14}{r['warm']:>9.4f}{flop:>12.5f}{r['warm'] / flop:>9.0f}{mem:>14.5f}{r['warm'] / mem:>9.0f}")


def must_show(rows, checker, peers=True, budget=60):
    """Issue 22's must-show list, each item with its figure and whether it is met."""
    by = {r["name"]: r for r in rows}
    out = []

    def ratio(name, need):
        r = by.get(name, {})
        if "pgmpy" not in r or "first" not in r:
            return f"pgmpy {name}: not measured (pgmpy missing, refused or over budget)", False
        x = r["pgmpy"] / r["first"]
        return (f"pgmpy / ours (first call, planning included) at {name}: {r['pgmpy']:.4f} / {r['first']:.4f} s "
                f"= {x:.1f}x (need >= {need}x)", x >= need)
    out.append(ratio("grid 10x10", 4))
    out.append(ratio("grid 16x16", 100))
    ratios = {r["name"]: ctg_ratio(r, budget) for r in rows if "refused" not in r}
    known = {k: v for k, v in ratios.items() if v is not None}
    if known:
        worst = min(known, key=lambda k: known[k][0])
        missing = [f"{k} (quimb {by[k].get('ctg_grad_over', by[k].get('ctg_over', 'not run'))})"
                   for k, v in ratios.items() if v is None]
        out.append((f"quimb + cotengra (autograd) / ours, warm: least {known[worst][1]}{known[worst][0]:.1f}x at "
                    f"{worst} (need >= 10x on every graph); "
                    + ", ".join(f"{k} {s}{x:.0f}x" for k, (x, s) in known.items())
                    + (f"; no ratio on {', '.join(missing)}" if missing else ""),
                    known[worst][0] >= 10))
    else:
        out.append(("quimb + cotengra: " + ("not run (--no-peers)" if not peers else "not installed here (pip install "
                                            "quimb cotengra), nothing compared"), False))
    refused = [r["name"] for r in rows if "refused" in r]
    peer_did = [n for n in refused if "pgmpy" in by[n] or "ctg_first" in by[n]]
    out.append((f"refused: {', '.join(refused) or 'none'}"
                + (f"; of them a peer computed {', '.join(peer_did)} in {budget} s" if peer_did else ""), not peer_did))
    if checker:
        post, slow = checker
        out.append((f"eq7 check on the post, fresh process: median {post['wall']:.3f} s wall, {post['cpu']:.3f} s CPU "
                     f"(import sympy alone {post['sympy_cpu']:.3f} s CPU), load {post['load']:.1f} on {post['cpus']} "
                     f"CPUs; a quiet machine's wall ~ the CPU time (need < 0.5 s)", post["cpu"] < 0.5))
        if slow:
            name, cpu, wall, _ = slow[0]
            out.append((f"slowest realworld-dev document warm: {name} {cpu:.2f} s CPU ({wall:.2f} s wall); "
                         f"next {', '.join(f'{n} {c:.2f}' for n, c, _, _ in slow[1:4])} (need < 1 s)", cpu < 1))
        else:
            out.append(("realworld-dev: not found beside the checkout, not measured", False))
    print("\nissue 22, must show:")
    for text, met in out:
        print(f"  [{'met' if met else 'NOT met'}] {text}")


def widths(seeds):
    """Over several random 3-regular graphs: the width our order search finds (its default
    budget; '>24' when none fits the limit) against cotengra's tree (64 repeats, 10 s)."""
    from toy_models.routes import orders
    try:
        import cotengra as ctg
    except ImportError:
        ctg = None
    print("\nwidths over random 3-regular graphs (ours: elimination width; cotengra: log2 of its largest tensor)")
    for n in (100, 150, 180):
        line = []
        for seed in seeds:
            e = random_regular_edges(n, 3, np.random.default_rng([seed, n]))
            t = time.process_time()
            try:
                ours_w = str(orders.best_order(n, e, 2, contraction.max_width(2))[1])
            except orders.TooWide as exc:
                ours_w = f">{contraction.max_width(2)} ({exc.width} reached)"
            took = time.process_time() - t
            theirs = "-"
            if ctg is not None:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    tree = ctg.array_contract_tree([(f"x{i}", f"x{j}") for i, j in e.tolist()], (),
                                                   {f"x{i}": 2 for i in range(n)},
                                                   optimize=ctg.HyperOptimizer(max_repeats=64, max_time=10,
                                                                               parallel=False, progbar=False))
                theirs = f"{tree.contraction_width():.0f}"
            line.append(f"seed {seed}: ours {ours_w} in {took:.1f} s, cotengra {theirs}")
        print(f"  {n} spins: " + "; ".join(line), flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--budget", type=int, default=60)
    parser.add_argument("--only", default="", help="comma-separated kinds: grid, 3-regular, cube")
    parser.add_argument("--no-peers", action="store_true")
    parser.add_argument("--widths", type=int, default=0, help="also compare widths over this many seeds")
    parser.add_argument("--no-checker", action="store_true", help="leave out the checker's figures")
    parser.add_argument("--names", default="", help="comma-separated parts of model names: 'grid 16x16,3-regular 180'")
    parser.add_argument("--peers", default="pgmpy,quimb", help="comma-separated peers to run: pgmpy, quimb")
    args = parser.parse_args()
    only = {k for k in args.only.split(",") if k}
    names = tuple(k.strip() for k in args.names.split(",") if k.strip())
    peers = {k.strip() for k in args.peers.split(",") if k.strip()}
    rows = []
    for name, model in models(only, names):
        row = {"name": name}
        neg = ours(model, row, args.repeat)
        if not args.no_peers:
            run_peers(model, row, args.budget, neg, args.repeat, peers)
        rows.append(row)
        print(f"  measured {name}: " + ", ".join(f"{k}={fmt(v) if isinstance(v, float) else v}"
                                                  for k, v in row.items() if k not in ("name", "refused")), flush=True)
    show(rows, args.budget)
    floors(rows)
    sliced_against_one_piece()
    checker = None
    if not args.no_checker:
        from bench_startup import post_fresh, realworld_warm
        print("\nchecker: the post in fresh processes, then every realworld-dev document warm ...", flush=True)
        checker = (post_fresh(), realworld_warm())
    must_show(rows, checker, not args.no_peers, args.budget)
    if args.widths:
        widths(range(args.widths))


if __name__ == "__main__":
    main()
