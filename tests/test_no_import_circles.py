"""No two modules of the project import each other, directly or around a circle (issue 17): the layers
read downward only. grimp (import-linter's graph) sees every import, those inside functions included, so a
circle hidden in a lazy import fails here too (as ../shared/tools/layers.py counts them: a module importing
its own package is not a circle). The second test adds a circle to a copy and requires it found."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("derivation", "toy_models", "eq7")

FIND = """
import sys
import grimp
graph = grimp.build_graph(*sys.argv[1:])
# a module importing its own package (its __init__) is how a package re-exports, not a layer read upward
edges = {m: {i for i in graph.find_modules_directly_imported_by(m) if not m.startswith(i + ".")}
         for m in graph.modules}
index, low, stack, on, circles, n = {}, {}, [], set(), [], [0]
def visit(v):   # Tarjan's strongly connected components
    index[v] = low[v] = n[0]; n[0] += 1; stack.append(v); on.add(v)
    for w in edges.get(v, ()):
        if w not in index:
            visit(w); low[v] = min(low[v], low[w])
        elif w in on:
            low[v] = min(low[v], index[w])
    if low[v] == index[v]:
        part = []
        while True:
            w = stack.pop(); on.discard(w); part.append(w)
            if w == v:
                break
        if len(part) > 1:
            circles.append(sorted(part))
sys.setrecursionlimit(10000)
for v in sorted(edges):
    if v not in index:
        visit(v)
print(circles)
"""


def circles(folder: Path) -> str:
    result = subprocess.run([sys.executable, "-c", FIND, *PACKAGES], cwd=folder, capture_output=True,
                            text=True, timeout=300, env={"PYTHONPATH": str(folder), "PATH": ""})
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_no_module_is_part_of_an_import_circle():
    assert circles(ROOT) == "[]"


def test_a_circle_is_found(tmp_path):
    for name in PACKAGES:
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__", "data"))
    target = tmp_path / "derivation" / "judge" / "rng.py"
    target.write_text(target.read_text() + "\n\ndef _circle():\n    from . import check  # deliberate circle\n")
    assert "derivation.judge.rng" in circles(tmp_path)


assert grimp  # a test dependency through import-linter: a missing grimp fails at import, never skips
