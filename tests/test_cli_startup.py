"""What `eq7 check` imports in a fresh process: the checker and SymPy, nothing the command does not
use (importlib.metadata is read only for --version; the numeric half, plotting and autograd never).
Module names, not times: benchmarks/bench_startup.py prints the times."""
import subprocess
import sys
from pathlib import Path

POST = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "000_057ffb5cb76831e7.txt"
UNWANTED = ("importlib.metadata", "numpy", "matplotlib", "toy_models", "autograd", "IPython")

PROBE = f"""
import runpy, sys
sys.argv = ["eq7", "check"] + {[str(POST)] if POST.exists() else []!r}   # the shipped post where the seed is not beside the checkout (a worktree)
try:
    runpy.run_module("eq7", run_name="__main__")
except SystemExit:
    pass
print("LOADED", [m for m in {UNWANTED!r} if m in sys.modules], "SYMPY", "sympy" in sys.modules)
"""


def test_eq7_check_imports_only_what_it_uses():
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                         env={"EQ7_NO_WORKER": "1", "PATH": "/usr/bin:/bin"}, timeout=300).stdout
    assert "LOADED [] SYMPY True" in out, out[-2000:]


def test_version_still_answers():
    out = subprocess.run([sys.executable, "-m", "eq7", "--version"], capture_output=True, text=True,
                         timeout=120).stdout
    assert out.startswith("eq7 ") and len(out.split()) == 2
