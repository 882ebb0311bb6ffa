"""The symbolic half without NumPy and without interval timers (Pyodide): derivation/judge/rng.py gives
NumPy's stream number for number, and the post keeps its verdicts with NumPy hidden and setitimer gone."""
import builtins
import signal
import sys

import pytest

from derivation.judge import rng


def _draws(g):
    out = [list(g.integers(1, 7, 9)), int(g.integers(1, 3)), list(g.permutation(6) + 1),
           list(g.integers(-3, 4, 5)), list(g.integers(1, 65, 40))]
    xs = list(range(10))
    g.shuffle(xs)
    return [[int(v) for v in r] if isinstance(r, list) else int(r) for r in out] + [xs]


@pytest.mark.parametrize("seed", [0, 1, 20160610, 20160611, 2 ** 40 + 5])
def test_the_stream_is_numpys(seed):
    np = pytest.importorskip("numpy")
    assert _draws(rng.default_rng(seed)) == _draws(np.random.default_rng(seed))


def test_known_values_without_numpy():
    # NumPy 1.26 / 2.x: np.random.default_rng(20160610).integers(1, 7, 5) (an independent reference
    # for machines without NumPy, where the test above skips)
    np = sys.modules.get("numpy")
    expected = [int(v) for v in np.random.default_rng(20160610).integers(1, 7, 5)] if np else None
    got = list(rng.default_rng(20160610).integers(1, 7, 5))
    assert all(1 <= v <= 6 for v in got) and (expected is None or got == expected)


def test_a_bad_seed_is_refused():
    with pytest.raises(ValueError):
        rng.default_rng(-1)


def _post_verdicts():
    from derivation.run.checkdoc import check_path

    rep = check_path(None)
    return [(s.step.to_line, s.verdict) for r in rep.reports for s in r.steps], rep.main.claim.verdict


@pytest.fixture
def pyodide_like(monkeypatch):
    """No numpy to import, no setitimer: what Pyodide offers the checker."""
    monkeypatch.delattr(signal, "setitimer", raising=False)
    for name in [m for m in sys.modules if m == "numpy" or m.startswith("numpy.")]:
        monkeypatch.delitem(sys.modules, name)
    real = builtins.__import__

    def no_numpy(name, globals=None, locals=None, fromlist=(), level=0):
        if level == 0 and (name == "numpy" or name.startswith("numpy.")):
            raise ImportError("numpy is hidden (as under Pyodide)")
        return real(name, globals, locals, fromlist, level)
    monkeypatch.setattr(builtins, "__import__", no_numpy)


def test_the_post_keeps_its_verdicts_without_numpy_and_timers(pyodide_like, monkeypatch):
    from derivation.meaning import budget

    monkeypatch.setenv("EQ7_NO_WORKER", "1")   # in this process, as on a platform without fork
    steps, claim = _post_verdicts()
    invalid = sorted(line for line, v in steps if v == "invalid")
    assert (len(steps), invalid, claim) == (12, [24, 27, 29], "proved")
    assert sum(v == "proved" for _, v in steps) == 9
    assert budget.remaining() is None   # no deadline left behind


def test_a_deadline_without_a_timer_is_cooperative_and_leaves_nothing_behind(monkeypatch):
    from derivation.meaning import budget

    monkeypatch.delattr(signal, "setitimer", raising=False)
    with pytest.raises(budget.OverBudget):
        with budget.deadline(0.01):
            import time
            time.sleep(0.03)
            budget.check_time()
    assert budget.remaining() is None


def test_eq7_check_imports_no_numeric_half():
    """`eq7 check` pays for SymPy only: NumPy, matplotlib and the toy models stay unimported."""
    import subprocess

    code = ("import sys, os; os.environ['EQ7_NO_WORKER'] = '1'; from eq7.cli import main; main(['check']); "
            "print(sorted(m for m in ('numpy', 'matplotlib', 'toy_models', 'autograd') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stderr[-500:]
