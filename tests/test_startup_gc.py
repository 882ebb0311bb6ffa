"""`eq7 check` loads the checker with the cyclic collector off and freezes what it loaded
(derivation/command.py, _load_checker): the collector is on again afterwards, and a caller that
turned it off itself keeps it off. Each probe runs in a fresh process (freezing is for the whole process).
Times are benchmarks/bench_startup.py's, not these tests'."""
import subprocess
import sys

HEAVY = ("sympy", "lark", "numpy", "matplotlib", "toy_models", "autograd", "IPython")


def _probe(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout.strip().splitlines()[-1]


def test_loading_the_checker_freezes_it_and_turns_the_collector_back_on():
    code = ("import gc, sys; from derivation import command; command._load_checker(); "
            "print(gc.isenabled(), gc.get_freeze_count() > 50000, 'sympy' in sys.modules)")
    assert _probe(code) == "True True True"


def test_a_caller_that_turned_the_collector_off_keeps_it_off_and_nothing_frozen():
    code = ("import gc, sys; gc.disable(); from derivation import command; "
            "command._load_checker(); print(gc.isenabled(), gc.get_freeze_count(), 'sympy' in sys.modules)")
    assert _probe(code) == "False 0 True"


def test_the_command_modules_import_nothing_heavy():
    """Importing the console command (and derivation.cli, the check command's entry) loads neither
    SymPy nor lark nor the numeric half: each command pays for what it runs."""
    code = (f"import sys, eq7.cli, derivation.cli; print([m for m in {HEAVY!r} if m in sys.modules])")
    assert _probe(code) == "[]"


def test_a_process_that_already_loaded_sympy_is_not_frozen():
    """A longer-lived process (a test run, a notebook) keeps its collector as it was: freezing there would
    make the garbage it holds at that moment permanent."""
    code = ("import gc, sympy; from derivation import command; command._load_checker(); "
            "print(gc.isenabled(), gc.get_freeze_count())")
    assert _probe(code) == "True 0"


def test_several_documents_freeze_once():
    code = ("import gc; from derivation import command; command._load_checker(); n = gc.get_freeze_count(); "
            "junk = [[] for _ in range(1000)]; command._load_checker(); print(gc.get_freeze_count() == n)")
    assert _probe(code) == "True"


def test_the_fresh_check_collects_less_often_and_a_longer_lived_process_keeps_its_thresholds():
    """The console command checks with larger thresholds (command._CHECKING_THRESHOLDS: ~40 collections that free
    almost nothing on the post become none); a process that had loaded SymPy keeps its own, as it keeps its
    collector unfrozen."""
    code = ("import gc; from derivation import command; before = gc.get_threshold(); command._load_checker(); "
            "print(before[0] < gc.get_threshold()[0] == command._CHECKING_THRESHOLDS[0])")
    assert _probe(code) == "True"
    code = ("import gc, sympy; from derivation import command; before = gc.get_threshold(); "
            "command._load_checker(); print(gc.get_threshold() == before)")
    assert _probe(code) == "True"
