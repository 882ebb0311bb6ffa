"""Wall and CPU time of executing each classroom notebook, kernel start included (target: < 60 s each).

Run: python benchmarks/bench_notebooks.py [NAME ...]   (default: every notebooks/*.ipynb)
Executes a copy in memory with nbclient (what nbmake runs), never writes outputs back. On a shared
machine the wall time depends on the load: the kernel's CPU time is printed beside it.
"""
import resource
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent / "notebooks"


def run(path: Path) -> tuple[float, float]:
    nb = nbformat.read(path, as_version=4)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}).execute()
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the kernel is a child; counted once it exits
    return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def main(names) -> None:
    paths = [ROOT / (n if n.endswith(".ipynb") else n + ".ipynb") for n in names] or sorted(ROOT.glob("*.ipynb"))
    print(f"{'notebook':40s} {'wall s':>8} {'kernel CPU s':>13}")
    for p in paths:
        wall, cpu = run(p)
        print(f"{p.name:40s} {wall:8.1f} {cpu:13.1f}" + ("   OVER 60 s" if wall > 60 else ""))


if __name__ == "__main__":
    main(sys.argv[1:])
