"""Run the checker where it can be stopped: a forked worker process, killed at its deadline.

SIGALRM (budget.py) stops SymPy between two bytecodes, but not inside one C call: a big-integer
power built while a row is read (9^{9^{9}}), or a handler in SymPy that swallows the alarm. So a
document is checked in a child process forked from the caller (which has already imported the
checker, so the child starts warm), and the caller watches it:

- the child announces each *watched unit* (a step's check, a row's reading: `watched`) with the time it
  may take; when a unit overruns it by GRACE seconds the child is killed, the unit's key put on a skip
  list, and a fresh child redoes the document, giving that unit its `skipped` answer at once
  (`undecided (time)` for a step, `unreadable` for a row): the rest of the document is still reported;
- the whole call has its own budget (`seconds`, the document's): the child knows it and answers every
  step after it at once (cooperatively); past it plus GRACE the child is killed whatever it does and
  `WorkerTimeout` is raised.

The child is kept warm between calls (one at a time) and replaced after a kill; steps finished before a
kill are remembered. Results cross back pickled (transport.py). Where fork is unavailable (Windows,
Pyodide) or EQ7_NO_WORKER=1, the function runs in this process with budget.py's budgets alone.

    call(fn, *args, seconds=60, watch=(), progress=None, **kwargs)   fn(*args, **kwargs), bounded
    watched(key, seconds, work, skipped)     inside a child: a unit; elsewhere just work()
    share(*objects)                          pass these to the child by reference (transport.py)
    remaining()                              seconds left of the call's budget (None outside a child)
    note(kind, value)                        inside a child: progress(kind, value, elapsed) in the caller
                                             (a count the caller cannot know: the document's step total)
"""
from __future__ import annotations

import atexit
import hashlib
import os
import pickle
import signal
import struct
import sys
import time

from .transport import dumps, generation, loads, share  # noqa: F401 (share: for the callers)

DISABLE_ENV = "EQ7_NO_WORKER"
DOCUMENT_SECONDS = 60.0   # a whole document (eq7 check --document-timeout)
GRACE = 0.5               # past a unit's or the call's deadline before the child is killed
WRAP_UP = 1.0             # after the call's deadline, for the child to answer its remaining steps at once and
                          # send its report (3000 rows: about a second); budget + WRAP_UP + GRACE stays within + 2 s
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
        self.memo: dict = {}   # key -> pickled answer of a unit an earlier child of this call finished

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


def note(kind: str, value) -> None:
    """Inside a child: tell the caller's `progress` callback (kind, value), e.g. ("total", 120) once the
    document is read; elsewhere nothing (no caller is waiting)."""
    if _child is not None:
        _child.send(("note", kind, value))


def watched(key: str, seconds: float, work, skipped, kind: str = "step", remember: bool = False):
    """work() as a unit of the current call: announced to the caller, who kills the child if it runs
    past `seconds` + GRACE; in a later child the same key answers skipped() without any work, and
    with `remember` a unit finished before the kill answers as it did (no work redone). The key must
    name everything the answer depends on. Outside a child, or inside another unit, simply work()."""
    c = _child
    if c is None:
        return work()
    if key in c.skip:
        return skipped()
    if key in c.memo:
        return loads(c.memo[key])
    if c.depth:
        return work()
    c.send(("begin", key, kind, time.monotonic() + seconds))
    c.depth += 1
    try:
        answer = work()
    finally:
        c.depth -= 1
        c.send(("end",))
    if remember:
        try:
            c.send(("memo", key, dumps(answer)))
        except Exception:  # noqa: BLE001 - not picklable: it is redone after a restart, that is all
            pass
    return answer


def _serve(requests: int, fd: int, watch, first=None) -> None:
    """The child: answer calls from the caller until the request pipe closes (or the caller kills it);
    `first`, a call that could not be pickled (a local function), is answered first, from memory."""
    global _child
    status = 0
    try:
        _child = _Child(fd, 0.0, frozenset(), DOCUMENT_SECONDS)
        signal.signal(signal.SIGINT, signal.SIG_DFL)   # Ctrl-C: the caller cleans up
        for install in watch:
            install()
        while True:
            if first is not None:
                request, first = first, None
            else:
                data = _read_bytes(requests)
                if data is None:
                    break
                request = loads(data)
            fn, args, kwargs, _child.end, _child.skip, _child.seconds, _child.memo = request
            try:
                result = ("done", fn(*args, **kwargs))
            except BaseException as e:  # noqa: BLE001 - every outcome crosses back to the caller
                result = ("raise", e)
            try:
                data = dumps(result)
                loads(data)   # what cannot be rebuilt over there (an odd exception): say it in words
            except Exception as e:  # noqa: BLE001
                what = result[1] if result[0] == "raise" else e
                data = dumps(("raise", RuntimeError(f"{type(what).__name__}: {what}")))
            for stream in (sys.stdout, sys.stderr):   # what fn printed comes before its answer
                try:
                    stream.flush()
                except Exception:  # noqa: BLE001
                    pass
            _write_all(fd, struct.pack("!I", len(data)) + data)
    except BaseException:  # noqa: BLE001 - never run the caller's code (atexit, finally) in the child
        status = 1
    finally:
        os._exit(status)


def _read_bytes(fd: int) -> bytes | None:
    """One framed message from a blocking pipe; None at its end."""
    head = _read_exactly(fd, 4)
    return None if head is None else _read_exactly(fd, struct.unpack("!I", head)[0])


def _read_exactly(fd: int, n: int) -> bytes | None:
    out = b""
    while len(out) < n:
        chunk = os.read(fd, n - len(out))
        if not chunk:
            return None
        out += chunk
    return out


# ---- in the caller -----------------------------------------------------------------------------
class _Server:
    """A forked child kept warm between calls (its imports, caches and parser stay); replaced after a kill."""

    def __init__(self, watch, first=None):
        for stream in (sys.stdout, sys.stderr):   # nothing buffered may be written twice
            try:
                stream.flush()
            except Exception:  # noqa: BLE001
                pass
        req_r, req_w = os.pipe()
        res_r, res_w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(req_w)
            os.close(res_r)
            _serve(req_r, res_w, watch, first)
        os.close(req_r)
        os.close(res_w)
        self.pid, self.requests, self.answers, self.watch, self.owner = pid, req_w, res_r, watch, os.getpid()
        self.generation = generation()   # the shared objects it holds
        self.modules = _our_modules()
        self.fingerprint = _fingerprint(self.modules)   # the functions it holds (a test may patch one)

    def stop(self) -> None:
        for fd in (self.requests, self.answers):
            try:
                os.close(fd)
            except OSError:
                pass
        _stop(self.pid)


_server: _Server | None = None


def _our_modules() -> tuple:
    return tuple(sorted(n for n, m in sys.modules.items()
                        if m is not None and n.split(".")[0] in ("derivation", "eq7") and n != __name__))


def _fingerprint(names) -> int:
    """The functions and classes of the project's modules, by identity: a child forked before one of
    them was replaced (monkeypatched), or before its module was imported here (and then perhaps
    patched), would run the old one, so it is not reused."""
    out = []
    for name in names:
        d = getattr(sys.modules.get(name), "__dict__", {})
        out.append(tuple(id(v) for v in list(d.values()) if callable(v)))
    return hash(tuple(out))


def _stop_server() -> None:
    global _server
    if _server is not None and _server.owner == os.getpid():
        _server.stop()
    _server = None


atexit.register(_stop_server)


def call(fn, *args, seconds: float = DOCUMENT_SECONDS, watch=(), progress=None, slack: float = WRAP_UP,
         meanwhile=None, **kwargs):
    """fn(*args, **kwargs) within `seconds`, in a forked child where available (see the module doc).
    fn and its arguments cross to a warm child pickled (or, when they cannot be, a child is forked that
    holds them); `watch`: functions the child calls once (they install its watched units);
    `progress(kind, count, elapsed)` is called here as units begin; `slack`: seconds fn may still take
    after its budget, its steps answered at once (WRAP_UP: a report sent back; more for a page rendered
    after its checks ran out of time), before the child is killed. Exceptions of fn are raised here.
    `meanwhile()`: work of the caller's own (importing what it will print the answer with), done here once
    while the first child works, on the other CPU; never in a child, never when fn runs in this process."""
    if not (isinstance(seconds, (int, float)) and seconds > 0 and seconds != float("inf")):
        raise ValueError(f"the document budget must be a positive number of seconds, got {seconds!r}")
    if not available():
        return fn(*args, **kwargs)
    start = time.monotonic()
    end = start + seconds
    skip: set = set()
    memo: dict = {}
    counts: dict = {}
    for _ in range(MAX_RESTARTS):
        outcome = _one_call((fn, args, kwargs, end, frozenset(skip), seconds, memo), tuple(watch), progress,
                            counts, start, slack, meanwhile)
        meanwhile = None
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


def _one_call(request, watch, progress, counts, start, slack=0.0, meanwhile=None):
    """("done", value) | ("raise", exc) | ("skip", key) | ("timeout", detail), from the warm child."""
    import select   # here: platforms without fork (Pyodide) never need it
    global _server
    try:
        data = dumps(request)
    except Exception:  # noqa: BLE001 - a local function or an odd argument: a child that holds it
        data = None
    if data is None or _server is None or _server.owner != os.getpid() or _server.watch != watch \
            or _server.generation != generation() or _our_modules() != _server.modules \
            or _fingerprint(_server.modules) != _server.fingerprint:
        _stop_server()
        _server = _Server(watch, first=request if data is None else None)
    server, end, finished = _server, request[3] + slack, False
    buf = b""
    unit = None   # (key, kind, end) of the unit the child is in
    try:
        if data is not None:
            _write_all(server.requests, struct.pack("!I", len(data)) + data)
        if meanwhile is not None:
            _meanwhile(meanwhile)
        while True:
            kill_at = end + GRACE if unit is None else min(unit[2], end) + GRACE
            wait = kill_at - time.monotonic()
            if wait <= 0:
                return ("skip", unit[0]) if unit is not None else ("timeout", "")
            ready, _, _ = select.select([server.answers], [], [], wait)
            if not ready:
                continue
            chunk = os.read(server.answers, 1 << 16)
            if not chunk:
                raise WorkerDied(_how_it_ended(server.pid))
            buf += chunk
            while len(buf) >= 4:
                (n,) = struct.unpack("!I", buf[:4])
                if len(buf) < 4 + n:
                    break
                message, buf = loads(buf[4:4 + n]), buf[4 + n:]
                if message[0] == "begin":
                    unit = message[1:]
                    counts[unit[1]] = counts.get(unit[1], 0) + 1
                    if progress is not None:
                        progress(unit[1], counts[unit[1]], time.monotonic() - start)
                elif message[0] == "end":
                    unit = None
                elif message[0] == "memo":
                    request[6][message[1]] = message[2]
                elif message[0] == "note":
                    if progress is not None:
                        progress(message[1], message[2], time.monotonic() - start)
                else:
                    finished = True
                    return message
    except BrokenPipeError:
        raise WorkerDied(_how_it_ended(server.pid)) from None
    finally:
        if not finished:   # killed, timed out, died, or interrupted here: never reuse that child
            _stop_server()


def _meanwhile(work) -> None:
    """The caller's own work while the child checks: an error here is the caller's to meet later (the
    same import, done again when it is needed), never the check's."""
    try:
        work()
    except Exception:  # noqa: BLE001
        pass


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
        _, status = os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return "the checker's worker process ended without an answer"
    if status and os.WIFSIGNALED(status):
        return f"the checker's worker process was killed (signal {os.WTERMSIG(status)}), without an answer"
    return "the checker's worker process ended without an answer"
