"""A progress bar for one long document: `eq7 check: doc.md: [#####.....] 40/120 steps (12.3 s)`.

The document is read and checked in the worker process (bounded.py), so only the worker knows how
many steps there are. `watch_progress`, installed in the worker like the step units, announces
through the worker's pipe (worker.note) the number of step positions once the document is read
("total": every judged step and each derivation's claim whose rows were read) and, as steps finish,
how many distinct positions are done ("done"). A position is counted once however many readings of
it are judged, so the bar never passes its total. The caller draws it on a terminal's stderr.

    watch_progress()    in a worker: the document's chains and its step checks announce progress
    Progress(label)     the line on standard error, redrawn in place, only when it is a terminal
    bar(label, done, total, seconds)   the text of the line
"""
from __future__ import annotations

import sys
import time

from . import worker


def positions(pairs) -> set:
    """Where the steps a document's chains will judge are: (from_line, to_line, from_row, to_row) of
    every judged step and claim whose two rows were read (an unreadable one is never checked)."""
    out = set()
    for chain, _ in pairs:
        for s in list(chain.steps()) + [chain.claim()]:
            rows = (chain.rows[s.from_row - 1], chain.rows[s.to_row - 1])
            if all(getattr(r, "readable", True) for r in rows):
                out.add(_where(s))
    return out


def _where(step) -> tuple:
    return tuple(getattr(step, f, None) for f in ("from_line", "to_line", "from_row", "to_row"))


def watch_progress() -> None:
    """In a worker: chains.chains_of announces the step total, check.check_step each newly done position."""
    from derivation.judge import check
    from derivation.meaning import chains

    state = {"todo": set(), "done": set()}
    read = getattr(chains.chains_of, "__wrapped_by_progress__", chains.chains_of)
    judge = check.check_step   # already the watched unit (step_units.watch_steps runs first)

    def chains_of(*args, **kwargs):
        pairs = read(*args, **kwargs)
        state["todo"], state["done"] = positions(pairs), set()
        worker.note("total", len(state["todo"]))
        return pairs

    def check_step(*args, **kwargs):
        answer = judge(*args, **kwargs)
        where = _where(kwargs["step"]) if kwargs.get("step") is not None else None
        if where in state["todo"] and where not in state["done"]:
            state["done"].add(where)
            worker.note("done", len(state["done"]))
        return answer

    chains_of.__wrapped_by_progress__ = read
    check_step.__wrapped_by_worker__ = getattr(judge, "__wrapped_by_worker__", judge)
    chains.chains_of = chains_of
    check.check_step = check_step


def bar(label: str, done: int, total: int | None, seconds: float, width: int = 30, columns: int = 0) -> str:
    """The progress line; with no total yet (the document is being read), what has been read. With
    `columns` (the terminal's width) it fits in them: a line that wraps could not be redrawn in place,
    so the label is cut to its last characters and the bar narrowed first."""
    done = min(done, total) if total else done
    tail = f" {done}/{total} steps ({seconds:.1f} s)" if total else f" reading ({seconds:.1f} s)"
    if columns:
        room = columns - 1 - len("eq7 check: : ") - len(tail) - (len("[]") + 10 if total else 0)
        if len(label) > max(room, 8):
            label = "…" + label[-max(room, 8) + 1:]
        width = max(10, min(width, columns - 1 - len(f"eq7 check: {label}: []") - len(tail)))
    if not total:
        line = f"eq7 check: {label}:{tail}"
    else:
        filled = width * done // total
        line = f"eq7 check: {label}: [{'#' * filled}{'.' * (width - filled)}]{tail}"
    return line[:columns - 1] if columns else line   # a very narrow terminal: never a second line


class Progress:
    """The bar on a terminal's stderr, redrawn at most five times a second, erased at the end; nothing
    when stderr is not a terminal (a file, a pipe, CI)."""

    def __init__(self, label: str, enabled: bool = True, stream=None):
        self.stream = stream or sys.stderr
        self.label = label
        try:
            self.enabled = bool(enabled) and self.stream.isatty()
        except Exception:  # noqa: BLE001 - a closed or odd stream: no progress
            self.enabled = False
        self.total, self.done, self.shown = None, 0, 0.0
        import shutil
        self.columns = shutil.get_terminal_size((100, 24)).columns

    def update(self, kind: str, count: int, elapsed: float) -> None:
        """worker.call's progress callback: ("total", n), ("done", k), or a unit begun ("step", "read")."""
        if kind == "total":
            self.total, self.done = count, 0
        elif kind == "done":
            self.done = count
        if not self.enabled or time.monotonic() - self.shown < 0.2 or elapsed < 0.5:
            return
        self.shown = time.monotonic()
        self._write("\r\x1b[K" + bar(self.label, self.done, self.total, elapsed, columns=self.columns))

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
