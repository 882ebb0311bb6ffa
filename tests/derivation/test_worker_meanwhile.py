"""worker.call(..., meanwhile=f): the caller's own work (`eq7 check` imports what prints the report) runs in
the caller, once, while the child works; it never changes the answer."""
import os
import time

import pytest

from derivation.run import worker

pytestmark = pytest.mark.skipif(not worker.available(), reason="no fork here (the worker is Unix-only)")


def _slow_finish():
    time.sleep(0.3)
    return os.getpid(), time.monotonic()


def test_meanwhile_runs_in_the_caller_while_the_child_works():
    seen = []
    pid, finished = worker.call(_slow_finish, meanwhile=lambda: seen.append((os.getpid(), time.monotonic())))
    assert pid != os.getpid() and [p for p, _ in seen] == [os.getpid()]
    assert seen[0][1] < finished   # before the child's answer: the two overlap


def _units():
    """Two units; the first is stuck in one C call, so a second child redoes the call."""
    return [worker.watched(worker.key_of("meanwhile", k), 0.3, (lambda: pow(9, 9 ** 9)) if k == 0 else
                           (lambda: "done"), lambda: "skipped") for k in range(2)]


def test_meanwhile_runs_once_whatever_the_restarts():
    seen = []
    assert worker.call(_units, seconds=30, meanwhile=lambda: seen.append(1)) == ["skipped", "done"]
    assert seen == [1]


def _boom():
    raise RuntimeError("the caller's own work failed")


def test_a_failing_meanwhile_changes_nothing():
    assert worker.call(_slow_finish, meanwhile=_boom)[0] != os.getpid()


def test_no_child_no_meanwhile(monkeypatch):
    monkeypatch.setenv(worker.DISABLE_ENV, "1")
    seen = []
    assert worker.call(os.getpid, meanwhile=lambda: seen.append(1)) == os.getpid()
    assert seen == []
