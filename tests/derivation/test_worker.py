"""derivation/run/worker.py: a call runs in a forked child that is killed when a unit or the call overruns."""
import os
import time

import pytest

from derivation.run import transport, worker

pytestmark = pytest.mark.skipif(not worker.available(), reason="no fork here (the worker is Unix-only)")


def _pid():
    return os.getpid()


def _boom():
    raise ValueError("from the child")


def test_the_result_and_the_exceptions_cross_back():
    assert worker.call(_pid) != os.getpid()
    with pytest.raises(ValueError, match="from the child"):
        worker.call(_boom)


def test_disabled_by_the_environment_runs_here(monkeypatch):
    monkeypatch.setenv(worker.DISABLE_ENV, "1")
    assert not worker.available()
    assert worker.call(_pid) == os.getpid()


def _units():
    """Three units; the second is stuck in one C call (no signal can stop a big-integer power)."""
    out = []
    for k in range(3):
        work = (lambda: pow(9, 9 ** 9) and "done") if k == 1 else (lambda: "done")
        out.append(worker.watched(worker.key_of("unit", k), 0.3, work, lambda: "skipped"))
    return out


def test_a_stuck_unit_is_skipped_and_the_rest_still_answered():
    start = time.monotonic()
    assert worker.call(_units, seconds=30) == ["done", "skipped", "done"]
    assert time.monotonic() - start < 25   # returns at all (the power alone takes minutes)


def _stuck_outside_units():
    return pow(9, 9 ** 9)


def test_past_the_call_budget_outside_units_is_a_timeout():
    with pytest.raises(worker.WorkerTimeout, match="budget of 1 s"):
        worker.call(_stuck_outside_units, seconds=1)


def test_a_bad_budget_is_refused():
    with pytest.raises(ValueError):
        worker.call(_pid, seconds=0)


def test_vocabulary_symbols_cross_back():
    import pickle

    from derivation.meaning.vocabulary.base import State

    s = State("x")
    assert pickle.loads(transport.dumps([s]))[0] == s


def test_outside_a_child_a_unit_is_just_its_work():
    assert worker.watched("k", 0.1, lambda: 7, lambda: 0) == 7
    assert worker.remaining() is None


def test_a_local_function_runs_in_a_child_that_holds_it():
    here = os.getpid()
    assert worker.call(lambda: os.getpid() != here) is True


def _remembered():
    """Unit 0 is remembered; unit 1 is stuck: after the restart, unit 0 answers without being redone."""
    out = [worker.watched(worker.key_of("memo", 0), 5, lambda: os.getpid(), lambda: "skipped", remember=True),
           worker.watched(worker.key_of("memo", 1), 0.3, lambda: pow(9, 9 ** 9), lambda: "skipped")]
    return out + [os.getpid()]


def test_a_finished_unit_is_not_redone_after_a_restart():
    first, second, final = worker.call(_remembered, seconds=30)
    assert second == "skipped"
    assert first != final   # answered by the first child, remembered by the second



def test_a_child_forked_before_a_patch_is_not_reused(monkeypatch):
    from derivation.meaning import budget

    assert worker.call(_remaining_name) == "remaining"        # a warm child now exists
    monkeypatch.setattr(budget, "remaining", lambda: None)
    assert worker.call(_remaining_name) == "<lambda>"         # a new child, forked after the patch


def _remaining_name():
    from derivation.meaning import budget

    return budget.remaining.__name__
