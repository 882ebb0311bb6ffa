"""Time `eq7 check` on the post and on each real derivation of ../shared/realworld-dev (a fresh process
each: import included, as a user runs it). Prints wall and CPU seconds; the goals (issue 8) are the post
under 2 s and each document under 5 s.

    python benchmarks/bench_realworld.py [DIR]
"""
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = Path(sys.argv[1]) if len(sys.argv) > 1 else next(
    (p / "shared" / "realworld-dev" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared").is_dir()),
    ROOT.parent / "shared" / "realworld-dev")


def run(args):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "eq7", "check", *args], capture_output=True,
                   env={**os.environ, "PYTHONPATH": str(ROOT), "OPENBLAS_NUM_THREADS": "1"})
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    rows = [("the post (eq7 check)", run([]))]
    if DEV.is_dir():
        rows += [(p.name, run([str(p)])) for p in sorted(DEV.glob("*.md")) if p.name != "README.md"]
    else:
        print(f"(no {DEV}: only the post)")
    print(f"{'document':45s} {'wall s':>7s} {'cpu s':>7s}")
    for name, (wall, cpu) in rows:
        print(f"{name:45s} {wall:7.2f} {cpu:7.2f}")


if __name__ == "__main__":
    main()
