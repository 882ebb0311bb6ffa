"""How long `eq7 check` takes to start and answer, in a fresh process, and where that time goes.

Run: python benchmarks/bench_startup.py [DOC] [repeats]      (default: the post of the seed folder)
Prints, as medians over `repeats` fresh processes (wall and CPU of the process and its worker):
  - `python -c "import sympy"` alone: the floor no command that checks can go below;
  - `eq7 check DOC` as a user runs it (the console entry point, eq7.cli.console: no interpreter teardown at exit),
    with and without the worker process (EQ7_NO_WORKER=1), and the same through main() with the usual exit
    (what the teardown of SymPy's objects costs); there is no parser to cache (the one reader is written by hand);
  - CPU by phase in a fresh process: loading (command._load_checker), checking, the report;
  - one `python -X importtime -m eq7 check DOC` split by package (self times, both processes);
  - whether numpy, matplotlib or toy_models were imported (they must not be).
The goal of issue 22 is under 0.5 s of wall time on a quiet machine; the uptime line says how quiet
this one was (load averages on its CPUs). On a busy machine the process's CPU time is the figure a quiet
one would show as wall time (the check is single-threaded; its worker runs while the caller waits).

    python benchmarks/bench_startup.py --realworld [DIR]    the warm time of every document of DIR
                                                            (default ../shared/realworld-dev), slowest first
    python benchmarks/bench_startup.py --documents [DIR] [repeats]
                                                            issue 22's figures in one run: the post's start-up
                                                            (fresh, medians of `repeats`), then every document
                                                            of DIR fresh (`eq7 check DOC` as a user runs it,
                                                            the worker's CPU included) and warm, CPU and wall,
                                                            slowest first, each against its goal (fresh under
                                                            5 s, the slowest warm under 1 s), the load average
                                                            before and after (CPU is the figure to read when
                                                            the load is above 0.5 per CPU: wall then measures
                                                            the other processes too)

Bench_reach.py prints both figures (post_fresh, realworld_warm) beside the contraction routes: issue 22's
must-show list in one run. Children run with bytecode cached (PYTHONDONTWRITEBYTECODE unset), as an
installed eq7 does: compiling every module from source adds ~0.2 s that no user pays twice.
"""
import os
import re
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# ../shared beside the checkout, or beside the folder of worktrees (/work/wt/NAME -> /work/shared)
SHARED = next((p / "shared" for p in (ROOT.parent, ROOT.parents[1]) if (p / "shared").is_dir()), ROOT.parent / "shared")
SEED = SHARED / "seed" / "000_057ffb5cb76831e7.txt"
DEV = SHARED / "realworld-dev"
# this checkout first on the path, bytecode written and read as an installed package does
CHILD_ENV = {"PYTHONPATH": str(ROOT), "OPENBLAS_NUM_THREADS": "1", "PYTHONDONTWRITEBYTECODE": ""}


def _child_env(env=None):
    out = {**os.environ, **CHILD_ENV, **(env or {})}
    return {k: v for k, v in out.items() if v != ""}


def run(cmd, env=None) -> tuple[float, float]:
    """(wall, cpu of the process and its children) of one fresh run."""
    before = os.times()
    start = time.perf_counter()
    subprocess.run(cmd, env=_child_env(env), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = os.times()
    return wall, (after.children_user - before.children_user) + (after.children_system - before.children_system)


def median_of(cmd, repeats, env=None) -> str:
    runs = [run(cmd, env) for _ in range(repeats)]
    return (f"{statistics.median(w for w, _ in runs):6.3f} s wall  "
            f"{statistics.median(c for _, c in runs):6.3f} s cpu")


def post_fresh(repeats=7, doc=SEED) -> dict:
    """`eq7 check` on the post in fresh processes (bytecode warm: one run first to fill
    them): median wall and CPU seconds, and the load average it ran under."""
    cmd = [sys.executable, "-m", "eq7", "check", str(doc)]
    run(cmd)
    runs = [run(cmd) for _ in range(repeats)]
    sympy_alone = [run([sys.executable, "-c", "import sympy"]) for _ in range(repeats)]
    return {"wall": statistics.median(w for w, _ in runs), "cpu": statistics.median(c for _, c in runs),
            "cpu_min": min(c for _, c in runs), "sympy_cpu": statistics.median(c for _, c in sympy_alone),
            "load": os.getloadavg()[0], "cpus": os.cpu_count()}


_WARM = r"""
import json, os, sys, time
os.environ["EQ7_NO_WORKER"] = "1"          # in this process: its CPU time is the check's
from derivation.run.checkdoc import check_text
check_text(open(sys.argv[1]).read(), "post")   # warm: imports, SymPy's caches of the vocabulary
out = []
for path in sys.argv[2:]:
    text = open(path).read()
    c, w = time.process_time(), time.perf_counter()
    try:
        check_text(text, os.path.basename(path))
        err = ""
    except Exception as e:  # noqa: BLE001 - a document refused whole (DocumentError) still took its time
        err = type(e).__name__
    out.append((os.path.basename(path), time.process_time() - c, time.perf_counter() - w, err))
print(json.dumps(out))
"""


def _warm_run(docs) -> list:
    import json
    out = subprocess.run([sys.executable, "-c", _WARM, str(SEED), *docs], env=_child_env(),
                         capture_output=True, text=True)
    try:
        return json.loads(out.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        print(out.stderr[-2000:])
        return []


def realworld_warm(dev=DEV, alone=3) -> list:
    """Every document of `dev` checked once in ONE process that has already checked the post (imports and
    SymPy warm; each document is new to it), then the `alone` slowest again, each in a process
    of its own that checked only the post first (no cache of a similar document before it helps):
    [(name, cpu s, wall s, error)], slowest first, the lone figure where there is one."""
    docs = sorted(str(p) for p in Path(dev).glob("*.md") if p.name != "README.md")
    if not docs:
        return []
    rows = sorted(_warm_run(docs), key=lambda r: -r[1])
    by_name = {Path(d).name: d for d in docs}
    for k, row in enumerate(rows[:alone]):
        again = _warm_run([by_name[row[0]]])
        if again:
            rows[k] = again[0]
    return sorted(rows, key=lambda r: -r[1])


_PHASES = r"""
import os, sys, time
os.environ["EQ7_NO_WORKER"] = "1"
c = time.process_time()
from derivation import command
command._load_checker()          # what `eq7 check` loads first: SymPy, the checker
load = time.process_time() - c
from derivation.run.checkdoc import check_path
from derivation.show.short_report import to_text_document
c = time.process_time()
rep = check_path(sys.argv[1] or None)
check = time.process_time() - c
c = time.process_time()
to_text_document(rep)
print(f"{load:.3f} {check:.3f} {time.process_time() - c:.3f}")
"""


def phases(doc, repeats=5) -> tuple[float, float, float]:
    """Medians of CPU seconds, in fresh processes: loading (imports), checking, the report."""
    runs = []
    for _ in range(repeats):
        out = subprocess.run([sys.executable, "-c", _PHASES, "" if doc == SEED else str(doc)], env=_child_env(),
                             capture_output=True, text=True).stdout.split()
        if len(out) == 3:
            runs.append([float(x) for x in out])
    return tuple(statistics.median(r[k] for r in runs) for k in range(3)) if runs else (0.0, 0.0, 0.0)


def importtime(doc) -> tuple[Counter, set]:
    out = subprocess.run([sys.executable, "-X", "importtime", "-m", "eq7", "check", str(doc)],
                         capture_output=True, text=True, env=_child_env()).stderr
    by, names = Counter(), set()
    for line in out.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+\d+ \|\s*(\S+)", line)
        if m:
            top = m.group(2).split(".")[0]
            names.add(top)
            key = top if top in ("sympy", "mpmath", "lark", "derivation", "eq7") else "other (stdlib)"
            by[key] += int(m.group(1)) / 1e6
    return by, names


def documents_fresh(dev=DEV, repeats=1) -> dict:
    """`eq7 check DOC` in a fresh process for every document of `dev` (bytecode warm): name -> (median wall s,
    median CPU s of the process and its worker)."""
    docs = sorted(p for p in Path(dev).glob("*.md") if p.name != "README.md")
    out = {}
    for doc in docs:
        runs = [run([sys.executable, "-m", "eq7", "check", str(doc)]) for _ in range(repeats)]
        out[doc.name] = (statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs))
    return out


def documents(dev=DEV, repeats=3) -> None:
    """The post's start-up, then each document fresh and warm, slowest first, against issue 22's goals."""
    load = os.getloadavg()
    print(f"issue 22 figures; load average {load} on {os.cpu_count()} CPUs before")
    post = post_fresh(repeats)
    busy = load[0] > 0.5 * (os.cpu_count() or 1)   # wall then measures the other processes too: read CPU
    verdict = ("CPU " + ("under" if post["cpu"] < 0.5 else "over") + " 0.5 s (machine busy: wall not comparable)"
               if busy else "met" if post["wall"] < 0.5 else "not met")
    print(f"  the post, fresh (median of {repeats}): {post['wall']:.3f} s wall, {post['cpu']:.3f} s CPU "
          f"(min {post['cpu_min']:.3f}); `import sympy` alone {post['sympy_cpu']:.3f} s CPU; goal under 0.5 s wall "
          f"on a quiet machine: {verdict}")
    fresh = documents_fresh(dev)
    warm = {name: (cpu, wall, err) for name, cpu, wall, err in realworld_warm(dev)}
    print(f"  {'document':42s} {'fresh wall':>10s} {'fresh cpu':>10s} {'warm cpu':>9s} {'warm wall':>9s}")
    for name, (wall, cpu) in sorted(fresh.items(), key=lambda kv: -kv[1][1]):
        wcpu, wwall, err = warm.get(name, (float("nan"), float("nan"), ""))
        flag = " over 5 s fresh" if min(wall, cpu) >= 5 else ""
        print(f"  {name:42s} {wall:10.2f} {cpu:10.2f} {wcpu:9.2f} {wwall:9.2f}{flag} {err}")
    if warm:
        slow = max(warm, key=lambda n: warm[n][0])
        print(f"  slowest warm: {slow} {warm[slow][0]:.2f} s CPU, {warm[slow][1]:.2f} s wall (goal: under 1 s)")
    print(f"  load average after {os.getloadavg()}")


def main():
    if "--documents" in sys.argv:
        rest = [a for a in sys.argv[1:] if a != "--documents"]
        documents(Path(rest[0]) if rest and rest[0] else DEV, int(rest[1]) if len(rest) > 1 else 3)
        return
    if "--realworld" in sys.argv:
        rest = [a for a in sys.argv[1:] if a != "--realworld"]
        rows = realworld_warm(Path(rest[0]) if rest else DEV)
        print(f"warm check of each document (one process, after the post), CPU s / wall s; load {os.getloadavg()}")
        for name, cpu, wall, err in rows:
            print(f"  {name:45s} {cpu:7.2f} {wall:7.2f} {err}")
        return
    doc = Path(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1] else SEED
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    eq7 = [sys.executable, "-m", "eq7", "check", str(doc)]
    print(f"eq7 check {doc.name}, medians of {repeats} fresh processes; load average {os.getloadavg()} "
          f"on {os.cpu_count()} CPUs")
    print(f"  import sympy alone                 {median_of([sys.executable, '-c', 'import sympy'], repeats)}")
    run(eq7)  # bytecode written once, as an installed eq7 has it
    print(f"  eq7 check (worker)                 {median_of(eq7, repeats)}    issue 22: under 0.5 s wall, quiet machine")
    print(f"  eq7 check (no worker)              {median_of(eq7, repeats, {'EQ7_NO_WORKER': '1'})}")
    usual = [sys.executable, "-c", "import sys; from eq7.cli import main; sys.exit(main())", "check", str(doc)]
    print(f"  eq7 check (worker, usual exit)     {median_of(usual, repeats)}")
    load, check, report = phases(doc, repeats)
    print(f"  CPU by phase (no worker): load {load:.3f} s (SymPy, the checker; collector off, "
          f"then frozen), check {check:.3f} s, report {report:.3f} s")
    by, names = importtime(doc)
    print("  imports, self time by package (one run, both processes): "
          + ", ".join(f"{k} {v:.3f} s" for k, v in by.most_common()) + f"; total {sum(by.values()):.3f} s")
    heavy = sorted(names & {"numpy", "matplotlib", "toy_models", "autograd", "IPython"})
    print(f"  numpy / matplotlib / toy_models / autograd / IPython imported: {', '.join(heavy) or 'none'}")


if __name__ == "__main__":
    main()
