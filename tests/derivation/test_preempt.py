"""Budgets that preempt at every entry point (issue 18, part 7): a step stuck inside one C call, where no
signal reaches it (a big-integer power), is stopped and answered `undecided`, never a hang or a
traceback, through check_step, the %%derivation magic's cell check and the pytest plugin's step items.
Timings are benchmarks/bench_budgets.py's business; here only the mechanism."""
import itertools

import pytest

from derivation.run import worker
from derivation.run import bounded

pytestmark = pytest.mark.skipif(not worker.available(), reason="no fork here (the worker is Unix-only)")

MARK = "7777"


def _hang_on_marked_steps():
    """In the worker: derivation.judge.check.check_step stuck in C on a step holding 7777 (then watched as usual)."""
    from derivation.judge import check

    real = getattr(check.check_step, "__wrapped_by_worker__", check.check_step)

    def stuck(lhs, rhs, *a, **k):
        if MARK in str(lhs) + str(rhs):
            sum(itertools.repeat(0, 10 ** 13))   # hours in one C loop that never looks at signals: only
            # killing the process stops it
        return real(lhs, rhs, *a, **k)
    check.check_step = stuck


@pytest.fixture
def stuck_steps(monkeypatch):
    monkeypatch.setattr(bounded, "WATCH", (_hang_on_marked_steps,) + bounded.WATCH)


def test_check_step_of_the_classroom_stops_a_stuck_step(stuck_steps):
    from derivation.classroom import check_step

    v = check_step(r"\log Z_\theta", r"\log Z_\theta + " + MARK, timeout=0.5)
    assert v.verdict == "undecided" and "Traceback" not in v.explanation
    assert check_step(r"\log Z_\theta + 1", r"1 + \log Z_\theta", timeout=0.5).verdict == "proved"


def test_the_magic_cell_check_stops_a_stuck_step_and_keeps_the_others(stuck_steps):
    pytest.importorskip("IPython")
    from eq7.magic import check_cell

    rep = check_cell("$$\n\\log Z_\\theta + 1 = 1 + \\log Z_\\theta\n$$\n\n$$\n\\log Z_\\theta = \\log Z_\\theta + "
                     + MARK + "\n$$\n")
    verdicts = [(s.verdict, s.limit) for r in rep.reports for s in r.steps]
    assert verdicts == [("proved", None), ("undecided", "time")]


pytest_plugins = ("pytester",)


def test_a_step_item_of_the_pytest_plugin_is_stopped_and_fails_as_undecided(stuck_steps, pytester):
    pytester.makefile(".md", derivation_stuck="$$\n\\log Z_\\theta + 1 = 1 + \\log Z_\\theta\n$$\n\n"
                                              "$$\n\\log Z_\\theta = \\log Z_\\theta + " + MARK + "\n$$\n")
    result = pytester.runpytest("-p", "no:cacheprovider", "--derivations", "--derivation-step-timeout", "0.5")
    out = result.stdout.str()
    assert "INTERNALERROR" not in out and "Traceback" not in out
    assert "derivation_stuck.md:6: undecided" in out   # the stuck step (line 6) fails as undecided
    assert result.parseoutcomes().get("passed", 0) >= 1   # the first step still proved
