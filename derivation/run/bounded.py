"""A document checked within its budgets, whatever SymPy does: checkdoc run by derivation/run/worker.py.

The checker's step budget (budget.py) is enforced by signals, which cannot stop SymPy inside one C
call; here a document is checked in a worker process that is killed when a step or the reading of a
row runs past its budget, and redone without it (the step `undecided (time)`, the row `unreadable`),
and the whole document has a budget of its own (DOCUMENT_SECONDS, `eq7 check --document-timeout`).

    check_path(path, timeout=None, document_timeout=None, progress=False, meanwhile=None)   like checkdoc.check_path
    check_text(text, name, timeout=None, document_timeout=None, progress=False, meanwhile=None)
    render(fn, report)  a companion page of a checked report, its corrections within RENDER_SECONDS
    call(fn, *args, seconds, **kwargs)   any reading-and-checking call (check_step of classroom.py, a
                        step of the pytest plugin) with the same watched units; WorkerTimeout past it
    watch_reading()     in a worker: each row's conversion to SymPy is a unit (READ_SECONDS)
    Progress(label)     a progress bar on standard error, only when it is a terminal (progress.py)
"""
from __future__ import annotations

from . import worker
from .step_units import watch_steps
from .progress import Progress, watch_progress

DOCUMENT_SECONDS = worker.DOCUMENT_SECONDS
READ_SECONDS = 3.0   # to turn one side into SymPy (milliseconds in practice; 9^{9^{9}} never ends)


class ReadOverBudget(Exception):
    """A row whose reading ran past READ_SECONDS in an earlier worker: unreadable, named so."""
    what = (f"reading this row took longer than {READ_SECONDS:g} s (SymPy cannot be stopped inside it: a "
            "huge number or nesting); it is not judged")


def watch_reading() -> None:
    """Every built.built_safely call (one side of a row) becomes a unit of the worker."""
    from derivation.meaning import built

    original = getattr(built.built_safely, "__wrapped_by_worker__", built.built_safely)

    def built_safely(convert, node):
        def skipped():
            raise ReadOverBudget(ReadOverBudget.what)
        key = worker.key_of("read", getattr(convert, "__qualname__", ""), repr(node))
        return worker.watched(key, READ_SECONDS, lambda: original(convert, node), skipped, kind="read")

    built_safely.__wrapped_by_worker__ = original
    built.built_safely = built_safely


WATCH = (watch_steps, watch_reading, watch_progress)   # progress last: it wraps the watched step


def call(fn, *args, seconds: float = DOCUMENT_SECONDS, **kwargs):
    """fn(*args, **kwargs) in a worker whose steps and readings are watched units (WATCH)."""
    _preload()
    return worker.call(fn, *args, seconds=seconds, watch=WATCH, **kwargs)


RENDER_SECONDS = 20.0   # the checks a companion page makes (corrections) share this, past it none more
RENDER_SLACK = 60.0     # and the page itself (MathML, the numbers' models) must be done by this much later


def render(fn, *args, **kwargs):
    """fn(*args) (a companion page of a checked report) in a worker: the corrections it searches are
    checks like any other, answered at once past RENDER_SECONDS, so a page of 200 invalid steps is
    written in seconds, not minutes. WorkerTimeout past RENDER_SECONDS + RENDER_SLACK."""
    return call(fn, *args, seconds=RENDER_SECONDS, slack=RENDER_SLACK, **kwargs)


def _preload() -> None:
    """Import the checker (and build the row parser) here, before the worker is forked: the worker
    inherits them, and the report it sends back needs their classes here anyway (imported once, not
    once in each process)."""
    from derivation.judge import check, instances  # noqa: F401
    from derivation.meaning import built
    from derivation.meaning import chains
    from derivation.read import general


def _seconds(document_timeout) -> float:
    return DOCUMENT_SECONDS if document_timeout is None else document_timeout


def check_text(text: str, name: str = "<document>", title: str = "", timeout: float | None = None,
               document_timeout: float | None = None, progress: bool = False, meanwhile=None):
    """checkdoc.check_text within the budgets (WorkerTimeout past the document's). `meanwhile`: the caller's
    own work, done while the worker checks (worker.call)."""
    from .checkdoc import check_text as check

    _preload()
    with Progress(name, progress) as p:
        return worker.call(check, text, name, title=title, timeout=timeout, seconds=_seconds(document_timeout),
                           watch=WATCH, progress=p.update, meanwhile=meanwhile)


def check_path(path: str | None, timeout: float | None = None, document_timeout: float | None = None,
               progress: bool = False, meanwhile=None):
    """checkdoc.check_path within the budgets. The file (or standard input, which a second worker could
    not read again) is read here, and its errors raised here."""
    from .checkdoc import check_path as check, read_limited

    if path is not None:
        return check_text(read_limited(path), "<stdin>" if path == "-" else str(path), timeout=timeout,
                          document_timeout=document_timeout, progress=progress, meanwhile=meanwhile)
    _preload()
    with Progress("the post", progress) as p:
        return worker.call(check, path, timeout=timeout, seconds=_seconds(document_timeout), watch=WATCH,
                           progress=p.update, meanwhile=meanwhile)
