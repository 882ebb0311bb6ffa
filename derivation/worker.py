"""Run the checker where it can be stopped: a forked worker process, killed at its deadline.

SIGALRM (budget.py) stops SymPy between two bytecodes, but not inside one C call: a big-integer
power built while a row is read (9^{9^{9}}), or a handler in SymPy that swallows the alarm. So a
document is checked in a child process forked from the caller (which has already imported the
checker, so the child starts warm), and the caller watches it:

- the child announces each *watched unit* (a step's check, a row's reading: `watched`) with the time
  it may take; when a unit overruns it by GRACE seconds the child is killed, the unit's key is put on
  a skip list, and a fresh child redoes the document, giving that unit its `skipped` answer at once
  (`undecided (time)` for a step, `unreadable` for a row): the rest of the document is still reported;
- the whole call has its own budget (`seconds`, the document's): the child knows it and answers every
  step after it at once (cooperatively); past it plus GRACE the child is killed whatever it does and
  `WorkerTimeout` is raised.

The result crosses back pickled. Where fork is unavailable (Windows, Pyodide) or EQ7_NO_WORKER is set
(to 1), the function runs in this process with the budgets of budget.py alone, as before.

    call(fn, *args, seconds=60, watch=(), progress=None, **kwargs)   fn(*args, **kwargs), bounded
    watched(key, seconds, work, skipped)     inside a child: a unit; elsewhere just work()
    remaining()                              seconds left of the call's budget (None outside a child)
"""
from __future__ import annotations

import hashlib
import inspect
import io
import os
import pickle
import select
import signal
import struct
import sys
import time

DISABLE_ENV = "EQ7_NO_WORKER"
DOCUMENT_SECONDS = 60.0   # a whole document (eq7 check --document-timeout)
GRACE = 0.5               # past a unit's or the call's deadline before the child is killed
MAX_RESTARTS = 64         # children started for one call (each restart skips one more unit)

_child = None             # in a child: the _Child state; None in the caller


class WorkerTimeout(Exception):
    """The call ran past its budget (plus GRACE) outside any unit that could be skipped."""

    def __init__(self, seconds: float, detail: str = ""):
        self.seconds, self.detail = seconds, detail
        super().__init__(f"the document took longer than its budget of {seconds:g} s{detail}")


class WorkerDied(Exception):
    """The child ended without an answer (killed from outside, out of memory)."""


def available() -> bool:
    """Whether calls run in a forked child (Unix with fork, not disabled by EQ7_NO_WORKER)."""
    if os.environ.get(DISABLE_ENV, "").strip() not in ("", "0"):
        return False
    if sys.platform in ("win32", "emscripten", "wasi") or not hasattr(os, "fork"):
        return False
    return _child is None   # a child checks in itself: it is already the process that can be killed


def key_of(*parts) -> str:
    """A short stable key for a unit (the same text in every child of one call)."""
    return hashlib.sha1(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()


# ---- inside the child --------------------------------------------------------------------------
class _Child:
    def __init__(self, fd: int, end: float, skip: frozenset, seconds: float):
        self.fd, self.end, self.skip, self.depth, self.seconds = fd, end, skip, 0, seconds

    def send(self, message) -> None:
        data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        _write_all(self.fd, struct.pack("!I", len(data)) + data)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def remaining() -> float | None:
    """Seconds left of the current call's budget inside a child; None elsewhere."""
    return None if _child is None else _child.end - time.monotonic()


def watched(key: str, seconds: float, work, skipped, kind: str = "step"):
    """work() as a unit of the current call: announced to the caller, who kills the child if it runs
    past `seconds` + GRACE; in a later child the same key answers skipped() without any work.
    Outside a child, or inside another unit, simply work()."""
    c = _child
    if c is None:
        return work()
    if key in c.skip:
        return skipped()
    if c.depth:
        return work()
    c.send(("begin", key, kind, time.monotonic() + seconds))
    c.depth += 1
    try:
        return work()
    finally:
        c.depth -= 1
        c.send(("end",))


def _run_child(fd, fn, args, kwargs, end, skip, watch, seconds):
    global _child
    status = 0
    try:
        _child = _Child(fd, end, skip, seconds)
        signal.signal(signal.SIGINT, signal.SIG_DFL)   # Ctrl-C: the caller cleans up
        for install in watch:
            install()
        try:
            result = ("done", fn(*args, **kwargs))
        except BaseException as e:  # noqa: BLE001 - every outcome crosses back to the caller
            result = ("raise", e)
        try:
            data = dumps(result)
            pickle.loads(data)   # what cannot be rebuilt over there (an odd exception): say it in words
        except Exception as e:  # noqa: BLE001
            what = result[1] if result[0] == "raise" else e
            data = dumps(("raise", RuntimeError(f"{type(what).__name__}: {what}")))
        _write_all(fd, struct.pack("!I", len(data)) + data)
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:  # noqa: BLE001
                pass
    except BaseException:  # noqa: BLE001 - never run the caller's code (atexit, finally) in the child
        status = 1
    finally:
        os._exit(status)


def dumps(value) -> bytes:
    """pickle.dumps, with SymPy symbols of the vocabulary rebuilt by name (State('x') takes no
    assumptions, which plain pickling passes to it)."""
    buf = io.BytesIO()
    _Pickler(buf, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return buf.getvalue()


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj):
        symbol = sys.modules.get("sympy") and sys.modules["sympy"].Symbol
        if symbol and isinstance(obj, symbol) and type(obj).__new__ is not symbol.__new__ \
                and type(obj).__module__.startswith("derivation"):
            return _symbol, (type(obj), obj.name, obj.assumptions0)
        return NotImplemented


def _symbol(cls, name, assumptions):
    try:
        return cls(name, **assumptions)
    except TypeError:
        return cls(name)


# ---- in the caller -----------------------------------------------------------------------------
def call(fn, *args, seconds: float = DOCUMENT_SECONDS, watch=(), progress=None, **kwargs):
    """fn(*args, **kwargs) within `seconds`, in a forked child where available (see the module doc).
    `watch`: functions the child calls first (they install its watched units); `progress(kind, count,
    elapsed)` is called in the caller as units begin. Exceptions of fn are raised here."""
    if not (isinstance(seconds, (int, float)) and seconds > 0 and seconds != float("inf")):
        raise ValueError(f"the document budget must be a positive number of seconds, got {seconds!r}")
    if not available():
        return fn(*args, **kwargs)
    start = time.monotonic()
    end = start + seconds
    skip: set = set()
    counts: dict = {}
    for _ in range(MAX_RESTARTS):
        outcome = _one_child(fn, args, kwargs, end, frozenset(skip), watch, progress, counts, start, seconds)
        if outcome[0] == "done":
            return outcome[1]
        if outcome[0] == "raise":
            raise outcome[1]
        if outcome[0] == "skip":
            skip.add(outcome[1])
            counts.clear()
            continue
        raise WorkerTimeout(seconds, outcome[1])
    raise WorkerTimeout(seconds, f" ({MAX_RESTARTS} units ran over their budgets)")


def _one_child(fn, args, kwargs, end, skip, watch, progress, counts, start, seconds):
    """("done", value) | ("raise", exc) | ("skip", key) | ("timeout", detail)."""
    for stream in (sys.stdout, sys.stderr):   # nothing buffered may be written twice
        try:
            stream.flush()
        except Exception:  # noqa: BLE001
            pass
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        _run_child(w, fn, args, kwargs, end, skip, watch, seconds)
    os.close(w)
    buf = b""
    unit = None   # (key, kind, end) of the unit the child is in
    try:
        while True:
            kill_at = end + GRACE if unit is None else min(unit[2], end) + GRACE
            wait = kill_at - time.monotonic()
            if wait <= 0:
                if unit is not None:
                    return ("skip", unit[0])
                return ("timeout", "")
            ready, _, _ = select.select([r], [], [], wait)
            if not ready:
                continue
            chunk = os.read(r, 1 << 16)
            if not chunk:
                raise WorkerDied(_how_it_ended(pid))
            buf += chunk
            while len(buf) >= 4:
                (n,) = struct.unpack("!I", buf[:4])
                if len(buf) < 4 + n:
                    break
                message, buf = pickle.loads(buf[4:4 + n]), buf[4 + n:]
                if message[0] == "begin":
                    unit = message[1:]
                    counts[unit[1]] = counts.get(unit[1], 0) + 1
                    if progress is not None:
                        progress(unit[1], counts[unit[1]], time.monotonic() - start)
                elif message[0] == "end":
                    unit = None
                else:
                    return message
    finally:
        os.close(r)
        _stop(pid)


def _stop(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass


def _how_it_ended(pid: int) -> str:
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:
        return "the checker's worker process ended without an answer"
    if os.WIFSIGNALED(status):
        return f"the checker's worker process was killed (signal {os.WTERMSIG(status)}), without an answer"
    return f"the checker's worker process ended (status {os.WEXITSTATUS(status)}) without an answer"


# ---- the checker's steps as units ----------------------------------------------------------------
STEP_SHARE = 1.5   # a step takes up to 1.5 times its seconds (check.py: proof + search, then diagnosis)


def watch_steps() -> None:
    """In a child: every derivation.check.check_step call is a unit (its callers import it at call
    time, so replacing the module's attribute reaches them all), and within the call's budget."""
    from . import check

    original = getattr(check.check_step, "__wrapped_by_worker__", check.check_step)

    def check_step(lhs, rhs, justification=None, *args, **kwargs):
        from . import budget as _budget
        from .chain import Step

        try:
            bound = inspect.signature(original).bind(lhs, rhs, justification, *args, **kwargs).arguments
        except TypeError:
            return original(lhs, rhs, justification, *args, **kwargs)   # its own message
        step = bound.get("step") or Step(0, 0, 0, lhs, rhs, None, None, justification)
        left = remaining()
        if left is not None and left <= 0:
            return _undecided_report(step, f"the document used up its budget of {_child_seconds():g} s "
                                           "before this step was reached (--document-timeout raises it).")
        try:
            own = check.make_budget(bound.get("timeout"), bound.get("budget")).seconds
        except (TypeError, ValueError):
            return original(lhs, rhs, justification, *args, **kwargs)   # its own message
        key = key_of("step", str(lhs), str(rhs), justification)

        def work():
            if left is None:
                return original(lhs, rhs, justification, *args, **kwargs)
            with _budget.deadline(max(left, 0.01)):   # the earlier of the step's and the document's
                return original(lhs, rhs, justification, *args, **kwargs)

        return watched(key, own * STEP_SHARE + 0.25, work, lambda: _undecided_report(
            step, f"the step ran past its budget of {own:g} s inside SymPy, where no signal can stop it; "
                  "its worker process was stopped (--step-timeout raises the budget)."))

    check_step.__wrapped_by_worker__ = original
    check.check_step = check_step


def _child_seconds() -> float:
    return getattr(_child, "seconds", DOCUMENT_SECONDS)


def _undecided_report(step, text: str):
    from .check import StepReport

    return StepReport(step, "undecided", explanation="Undecided: " + text, limit="time")
