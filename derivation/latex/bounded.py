"""A document checked within its budgets, whatever SymPy does: checkdoc run by derivation/worker.py.

The checker's step budget (budget.py) is enforced by signals, which cannot stop SymPy inside one C
call; here a document is checked in a worker process that is killed when a step or the reading of a
row runs past its budget, and redone without it (the step `undecided (time)`, the row `unreadable`),
and the whole document has a budget of its own (DOCUMENT_SECONDS, `eq7 check --document-timeout`).

    check_path(path, timeout=None, document_timeout=None, progress=False)   like checkdoc.check_path
    check_text(text, name, timeout=None, document_timeout=None, progress=False)
    call(fn, *args, seconds, **kwargs)   any reading-and-checking call (check_step of classroom.py, a
                        step of the pytest plugin) with the same watched units; WorkerTimeout past it
    watch_reading()     in a worker: each row's conversion to SymPy is a unit (READ_SECONDS)
    Progress(label)     a progress line on standard error, only when it is a terminal
"""
from __future__ import annotations

import sys
import time

from .. import worker

DOCUMENT_SECONDS = worker.DOCUMENT_SECONDS
READ_SECONDS = 3.0   # to turn one side into SymPy (milliseconds in practice; 9^{9^{9}} never ends)


class ReadOverBudget(Exception):
    """A row whose reading ran past READ_SECONDS in an earlier worker: unreadable, named so."""
    what = (f"reading this row took longer than {READ_SECONDS:g} s (SymPy cannot be stopped inside it: a "
            "huge number or nesting); it is not judged")


def watch_reading() -> None:
    """Every to_sympy.built_safely call (one side of a row) becomes a unit of the worker."""
    from . import to_sympy

    original = getattr(to_sympy.built_safely, "__wrapped_by_worker__", to_sympy.built_safely)

    def built_safely(convert, node):
        def skipped():
            raise ReadOverBudget(ReadOverBudget.what)
        key = worker.key_of("read", getattr(convert, "__qualname__", ""), repr(node))
        return worker.watched(key, READ_SECONDS, lambda: original(convert, node), skipped, kind="read")

    built_safely.__wrapped_by_worker__ = original
    to_sympy.built_safely = built_safely


WATCH = (worker.watch_steps, watch_reading)


def call(fn, *args, seconds: float = DOCUMENT_SECONDS, **kwargs):
    """fn(*args, **kwargs) in a worker whose steps and readings are watched units (WATCH)."""
    _preload()
    return worker.call(fn, *args, seconds=seconds, watch=WATCH, **kwargs)


def _preload() -> None:
    """Import the checker (and build the row parser) here, before the worker is forked: the worker
    inherits them, and the report it sends back needs their classes here anyway (imported once, not
    once in each process)."""
    from .. import check, instances  # noqa: F401
    from . import chains, to_sympy  # noqa: F401
    from .parse import parser

    parser()


def _seconds(document_timeout) -> float:
    return DOCUMENT_SECONDS if document_timeout is None else document_timeout


def check_text(text: str, name: str = "<document>", title: str = "", timeout: float | None = None,
               document_timeout: float | None = None, progress: bool = False):
    """checkdoc.check_text within the budgets (WorkerTimeout past the document's)."""
    from .checkdoc import check_text as check

    _preload()
    with Progress(name, progress) as p:
        return worker.call(check, text, name, title=title, timeout=timeout, seconds=_seconds(document_timeout),
                           watch=WATCH, progress=p.update)


def check_path(path: str | None, timeout: float | None = None, document_timeout: float | None = None,
               progress: bool = False):
    """checkdoc.check_path within the budgets. The file (or standard input, which a second worker could
    not read again) is read here, and its errors raised here."""
    from .checkdoc import check_path as check, read_limited

    if path is not None:
        return check_text(read_limited(path), "<stdin>" if path == "-" else str(path), timeout=timeout,
                          document_timeout=document_timeout, progress=progress)
    _preload()
    with Progress("the post", progress) as p:
        return worker.call(check, path, timeout=timeout, seconds=_seconds(document_timeout), watch=WATCH,
                           progress=p.update)


class Progress:
    """`eq7 check: doc.md: 12 steps, 40 rows read (3.1 s)` rewritten in place on a terminal's stderr."""

    def __init__(self, label: str, enabled: bool = True, stream=None):
        self.stream = stream or sys.stderr
        self.label = label
        try:
            self.enabled = bool(enabled) and self.stream.isatty()
        except Exception:  # noqa: BLE001 - a closed or odd stream: no progress
            self.enabled = False
        self.counts: dict = {}
        self.shown = 0.0

    def update(self, kind: str, count: int, elapsed: float) -> None:
        self.counts[kind] = count
        if not self.enabled or time.monotonic() - self.shown < 0.2 or elapsed < 0.5:
            return
        self.shown = time.monotonic()
        parts = [f"{self.counts[k]} {word}" for k, word in (("step", "steps checked"), ("read", "sides read"))
                 if k in self.counts]
        self._write(f"\r\x1b[Keq7 check: {self.label}: {', '.join(parts)} ({elapsed:.1f} s)")

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text)
            self.stream.flush()
        except Exception:  # noqa: BLE001
            self.enabled = False

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.enabled and self.shown:
            self._write("\r\x1b[K")
        return False
