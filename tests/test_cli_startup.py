"""What `eq7 check` imports in a fresh process: the checker and SymPy, nothing the command does not
use (importlib.metadata is read only for --version; the numeric half, plotting and autograd never).
Module names, not times: benchmarks/bench_startup.py prints the times."""
import subprocess
import sys
from pathlib import Path

POST = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "000_057ffb5cb76831e7.txt"
UNWANTED = ("importlib.metadata", "numpy", "matplotlib", "toy_models", "autograd", "IPython")

PROBE = f"""
import sys
sys.argv = ["eq7", "check"] + {[str(POST)] if POST.exists() else []!r}   # the shipped post where the seed is not beside the checkout (a worktree)
from eq7.cli import main   # what `python -m eq7` runs, without its exit (eq7.cli.console leaves at once)
main(sys.argv[1:])
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


# ---- eq7.cli.console: the console command leaves without tearing the interpreter down ----------------------
def _console(code: str, *args, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, input=stdin,
                          timeout=300, env={"EQ7_NO_WORKER": "1", "PATH": "/usr/bin:/bin"})


def test_the_console_command_prints_everything_and_keeps_its_status():
    """Through a pipe (block-buffered) every line of the report arrives, and an invalid step still exits 1."""
    doc = "$$\\log(a b) = \\log a \\cdot \\log b$$\n"
    code = "import sys; from eq7.cli import console; sys.argv = ['eq7', 'check', '--json', '-']; console()"
    out = _console(code, stdin=doc)
    import json
    assert out.returncode == 1, out.stderr[-2000:]
    report = json.loads(out.stdout)
    assert report["status"] == 1 and [s["verdict"] for s in report["steps"]] == ["invalid"]


def test_the_console_command_runs_the_exit_handlers_and_flushes_what_they_print():
    code = ("import atexit, sys; atexit.register(lambda: print('handler ran')); "
            "from eq7.cli import console; sys.argv = ['eq7', 'check', '--bogus']; console()")
    out = _console(code)
    assert out.returncode == 2 and out.stdout.strip().endswith("handler ran"), (out.stdout, out.stderr[-500:])
    assert "unrecognized arguments: --bogus" in out.stderr


def test_python_dash_m_eq7_and_the_installed_script_are_the_console_command():
    root = Path(__file__).resolve().parents[1]
    assert "console()" in (root / "eq7" / "__main__.py").read_text()
    assert "eq7 = eq7.cli:console" in (root / "setup.cfg").read_text()
