"""A deadline left late (a generator suspended inside it, closed after the outer deadline ended) arms no timer and
restores no stale deadline (meaning/budget.py): re-arming left SIGALRM with its default handler, which kills."""
import signal
import threading

import pytest

from derivation.meaning.budget import check_time, deadline

pytestmark = pytest.mark.skipif(not hasattr(signal, "setitimer") or threading.current_thread() is not
                                threading.main_thread(), reason="interval timers on the main thread only")


@pytest.fixture(autouse=True)
def _default_alarm():
    """The budget arms its timer only where nobody else holds SIGALRM (pytest's plugins may): give it the default."""
    before, timer = signal.signal(signal.SIGALRM, signal.SIG_DFL), signal.getitimer(signal.ITIMER_REAL)
    signal.setitimer(signal.ITIMER_REAL, 0)
    yield
    signal.setitimer(signal.ITIMER_REAL, 0)
    signal.signal(signal.SIGALRM, before)
    if timer[0]:
        signal.setitimer(signal.ITIMER_REAL, *timer)


def _inner(seconds):
    with deadline(seconds):
        yield


def _suspended_inside_then_closed_late():
    with deadline(5.0):
        g = _inner(1.0)
        next(g)
    g.close()


def test_no_timer_is_left_armed_with_the_default_handler():
    _suspended_inside_then_closed_late()
    try:
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def test_no_stale_deadline_is_restored():
    _suspended_inside_then_closed_late()
    check_time()   # no deadline in force: never over budget


def test_an_inner_deadline_left_in_order_still_gives_the_outer_its_timer_back():
    with deadline(5.0):
        with deadline(1.0):
            pass
        remaining, interval = signal.getitimer(signal.ITIMER_REAL)
        assert 4.0 < remaining <= 5.05 and interval == 0.25
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_after_a_late_exit_a_new_deadline_arms_its_timer_and_does_not_start_expired():
    _suspended_inside_then_closed_late()
    with deadline(5.0):
        check_time()
        assert signal.getitimer(signal.ITIMER_REAL)[0] > 4.0
