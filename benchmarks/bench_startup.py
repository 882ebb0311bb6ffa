"""How long `eq7 check` takes to start and answer, in a fresh process, and where that time goes.

Run: python benchmarks/bench_startup.py [DOC] [repeats]      (default: the post of the seed folder)
Prints, as medians over `repeats` fresh processes (wall and CPU of the process and its worker):
  - `python -c "import sympy"` alone: the floor no command that checks can go below;
  - `eq7 check DOC` with the row parser cached on disk (parser_cache.py) and with the cache off,
    with and without the worker process (EQ7_NO_WORKER=1);
  - one `python -X importtime -m eq7 check DOC` split by package (self times, both processes);
  - whether numpy, matplotlib or toy_models were imported (they must not be).
The goal of issue 22 is under 0.5 s of wall time on a quiet machine; the uptime line says how quiet
this one was (load averages on its CPUs).
"""
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "000_057ffb5cb76831e7.txt"


def run(cmd, env=None) -> tuple[float, float]:
    """(wall, cpu of the process and its children) of one fresh run."""
    before = os.times()
    start = time.perf_counter()
    subprocess.run(cmd, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = os.times()
    return wall, (after.children_user - before.children_user) + (after.children_system - before.children_system)


def median_of(cmd, repeats, env=None) -> str:
    runs = [run(cmd, env) for _ in range(repeats)]
    return (f"{statistics.median(w for w, _ in runs):6.3f} s wall  "
            f"{statistics.median(c for _, c in runs):6.3f} s cpu")


def importtime(doc) -> tuple[Counter, set]:
    out = subprocess.run([sys.executable, "-X", "importtime", "-m", "eq7", "check", str(doc)],
                         capture_output=True, text=True).stderr
    by, names = Counter(), set()
    for line in out.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+\d+ \|\s*(\S+)", line)
        if m:
            top = m.group(2).split(".")[0]
            names.add(top)
            key = top if top in ("sympy", "mpmath", "lark", "derivation", "eq7") else "other (stdlib)"
            by[key] += int(m.group(1)) / 1e6
    return by, names


def main():
    doc = Path(sys.argv[1]) if len(sys.argv) > 1 else SEED
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    eq7 = [sys.executable, "-m", "eq7", "check", str(doc)]
    print(f"eq7 check {doc.name}, medians of {repeats} fresh processes; load average {os.getloadavg()} "
          f"on {os.cpu_count()} CPUs")
    print(f"  import sympy alone                 {median_of([sys.executable, '-c', 'import sympy'], repeats)}")
    run(eq7)  # fill the parser cache
    print(f"  eq7 check (parser cached, worker)  {median_of(eq7, repeats)}")
    print(f"  eq7 check (parser cached, no worker) {median_of(eq7, repeats, {'EQ7_NO_WORKER': '1'})}")
    with tempfile.TemporaryDirectory() as empty:   # a fresh cache directory each run: built every time
        print(f"  eq7 check (parser built, worker)   {median_of(eq7, repeats, {'EQ7_CACHE_DIR': ''})}")
        del empty
    by, names = importtime(doc)
    print("  imports, self time by package (one run, both processes): "
          + ", ".join(f"{k} {v:.3f} s" for k, v in by.most_common()) + f"; total {sum(by.values()):.3f} s")
    heavy = sorted(names & {"numpy", "matplotlib", "toy_models", "autograd", "IPython"})
    print(f"  numpy / matplotlib / toy_models / autograd / IPython imported: {', '.join(heavy) or 'none'}")


if __name__ == "__main__":
    main()
