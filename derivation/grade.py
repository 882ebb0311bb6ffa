"""`eq7 grade FOLDER [--csv FILE]`: check every student file of a folder, one row per file.

For an instructor who wants a table rather than a test log: per file, the verdict in words (valid,
invalid, unreadable, undecided), the end-to-end claim's verdict, the steps proved / holds / invalid /
undecided / unreadable (rows no step reaches count as unreadable; links shown, not judged, apart),
the first invalid line, the status `eq7 check` would give (0 valid, 1 invalid, 2 unreadable or
undecided; the CSV keeps it) and a message that names the file, so it can be sent on alone: for an
invalid file, the first invalid step with its counterexample (the table cuts it; the CSV keeps it
whole). Every file is checked in a worker process of its own pool with a wall-clock budget (--timeout): a garbage, huge or hanging file costs at most its budget and gets a row saying
so; the other files are graded as usual. Workers are forked after the checker is imported, so a
file costs its checking time, not an interpreter start.

Exit status: 0 when the table is made (whatever the students' verdicts), 2 when the folder or the
CSV file cannot be used.
"""
from __future__ import annotations

import csv
import io
import os
import sys
import time
from pathlib import Path

SUFFIXES = (".md", ".markdown", ".tex", ".rst", ".txt")
COLUMNS = ("file", "status", "proved", "holds", "invalid", "undecided", "unreadable", "unjudged",
           "first_invalid_line", "seconds", "message", "verdict", "claim")
COUNTED = COLUMNS[2:8]
DEFAULT_TIMEOUT = 60.0


STEP_TIMEOUT = None   # seconds per step (None: the checker's default budget); set by --step-timeout


def grade_file(path: str) -> dict:
    """One student file -> its row (never raises)."""
    from .read.document import DocumentError

    t0 = time.perf_counter()
    row = {c: 0 for c in COUNTED}
    row.update(file=path, status=2, first_invalid_line="", message="", claim="")
    try:
        docs = _documents(path)
    except DocumentError as e:
        row["message"] = _missing_includes(path) or str(e)
    except OSError as e:
        row["message"] = f"cannot read the file: {e.strerror or e}"
    except RecursionError:
        row["message"] = "the document nests too deeply to read"
    except Exception as e:  # noqa: BLE001 - one bad file gets a row, the class goes on
        row["message"] = f"internal error: {type(e).__name__}: {str(e)[:200]}"
    else:
        _count(row, docs)
    row["seconds"] = round(time.perf_counter() - t0, 2)
    return _worded(row)


def _documents(path: str) -> list[tuple[str, object]]:
    """(where, report) of what this row checks: the file, or for a .tex file with no mathematics of its
    own, each file its \\input/\\include name, as `eq7 check` follows them (where: 'part.tex:' then)."""
    from .run.checkdoc import check_text, read_limited
    from .read.document import DocumentError

    try:
        return [("", check_text(read_limited(path), path, timeout=STEP_TIMEOUT))]
    except DocumentError:
        included = _included(path)
        if not included:
            raise
        here = os.path.dirname(path)
        return [(os.path.relpath(d, here) + ":", check_text(read_limited(d), d, timeout=STEP_TIMEOUT))
                for d in included]


def _count(row: dict, docs) -> None:
    """The row's counts, status, claim and message from the checked documents (usually one)."""
    from .read.prose_context import split
    from .show.report import unread_rows

    messages, claims, errors, wrong = [], [], [], []
    for where, rep in docs:
        main, context = split(rep)   # inline statements in the prose are context, not the student's steps
        reports = [r for _, r in main]
        for r in reports:
            for s in r.steps:
                key = s.verdict if s.verdict in row else "undecided"  # a verdict the checker may add: not valid
                row[key] += 1
            row["unjudged"] += sum(not st.judged for st in r.chain.links())
        row["unreadable"] += sum(len(unread_rows(r)) for r in reports)   # rows no step reaches
        bad = [s.step.to_line for r in rep.reports for s in r.steps if s.verdict == "invalid" and s.step.to_line]
        if bad and row["first_invalid_line"] == "":
            row["first_invalid_line"] = f"{where}{min(bad)}" if where else min(bad)
        row["status"] = rep.status if not claims else max(row["status"], rep.status)
        main_report = max(reports, key=lambda r: len(r.chain.rows)) if reports else rep.main
        claims.append(main_report.claim.verdict if main_report is not None else "")
        first = _first_invalid(reports)
        if first is not None:   # the student's slip, recomputable from the message alone (the CSV keeps it whole)
            messages.append(f"{where} {first}".strip())
        errors += [f"{where} {e}".strip() for e in rep.doc.errors]
        wrong += [f"a statement in the prose at {where}line {r.chain.rows[0].line} is {s.verdict}"
                  for _, r in context for s in r.steps if s.verdict not in ("proved", "holds")]
    # several included files: the claim is the worst of theirs
    row["claim"] = next((c for c in ("invalid", "unreadable", "undecided") if c in claims), claims[0] if claims else "")
    row["message"] = (messages or errors or wrong or [""])[0]
    if docs[0][0]:
        row["message"] = ("it includes " + ", ".join(w.rstrip(":") for w, _ in docs) + ", checked here"
                          + (f"; {row['message']}" if row["message"] else ""))


def _included(path: str) -> list[str]:
    if not path.lower().endswith((".tex", ".ltx")):
        return []
    from .run.tex_inputs import expand
    return [d for d in expand([path])[0] if d != path]


def _missing_includes(path: str) -> str:
    """The \\input/\\include names of a .tex file that resolve to no file (eq7 check's words)."""
    if not path.lower().endswith((".tex", ".ltx")):
        return ""
    from .run.tex_inputs import expand
    return "; ".join(n.split(": ", 1)[1] for n in expand([path])[1] if "names no file" in n)


def _first_invalid(reports) -> str | None:
    """The first invalid step of the student's derivations, in one line: where, then invalid_message."""
    from .show.letters import chain_letter

    bad = [(s.step.to_line or 0, s, r) for r in reports for s in r.steps if s.verdict == "invalid"]
    if not bad:
        return None
    _, s, r = min(bad, key=lambda b: b[0])
    where = (f"line {s.step.from_line}" if s.step.from_line == s.step.to_line
             else f"lines {s.step.from_line}->{s.step.to_line}")
    return f"{where} (step {s.step.number}): {invalid_message(s, chain_letter(r.chain))}"


def invalid_message(rep, letter: str = "Θ") -> str:
    """An invalid step in one line: what went wrong and the counterexample it was refuted on, the same
    sentences `eq7 check` prints (shown_counterexample.py), so a student recomputes it from the CSV alone."""
    from .show.letters import in_letters
    from .show.shown_counterexample import lines
    from .show.words import settle_plurals

    said = [rep.explanation] + (lines(rep.counterexample, letter) if rep.counterexample is not None else [])
    from .show.plain_math import plain_math
    return " ".join(" ".join(plain_math(in_letters(settle_plurals(t), letter)) for t in said).split())


def _worded(row: dict) -> dict:
    """The verdict in words, and the file named at the head of the message (a message is read alone)."""
    row["verdict"] = {0: "valid", 1: "invalid"}.get(row["status"]) or (
        "undecided" if row["undecided"] and not row["unreadable"] and not row["message"] else "unreadable")
    name = os.path.basename(row["file"])
    msg = row["message"]
    for prefix in (f"{row['file']}: ", f"{name}: "):   # the reader names the path itself for some errors
        msg = msg.removeprefix(prefix)
    row["message"] = f"{name}: {msg}" if msg else ""
    return row


def _worker(conn) -> None:
    """A worker process: grade the paths it is sent until it is sent None."""
    while True:
        try:
            path = conn.recv()
        except EOFError:
            return
        if path is None:
            return
        conn.send(grade_file(path))


class _Pool:
    """Forked workers with a per-file wall-clock budget; a worker over budget is killed and replaced."""

    def __init__(self, jobs: int, timeout: float, progress=None):
        import multiprocessing as mp

        self.ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
        self.jobs, self.timeout, self.progress = jobs, timeout, progress
        self.workers: list = []

    def _start(self):
        parent, child = self.ctx.Pipe()
        p = self.ctx.Process(target=_worker, args=(child,), daemon=True)
        p.start()
        child.close()
        return [p, parent, None, 0.0]  # process, connection, current path, started

    def run(self, paths: list[str]):
        from multiprocessing.connection import wait

        todo = list(reversed(paths))
        self.workers = [self._start() for _ in range(min(self.jobs, len(paths)))]
        results: dict[str, dict] = {}
        while todo or any(w[2] is not None for w in self.workers):
            for w in self.workers:
                if w[2] is None and todo:
                    w[2], w[3] = todo.pop(), time.monotonic()
                    w[1].send(w[2])
            busy = [w for w in self.workers if w[2] is not None]
            left = min(w[3] + self.timeout for w in busy) - time.monotonic()
            ready = wait([w[1] for w in busy], timeout=max(0.0, left))
            now = time.monotonic()
            if self.progress:
                self.progress(len(results), len(paths))
            for k, w in enumerate(self.workers):
                if w[2] is None:
                    continue
                if w[1] in ready:
                    try:
                        results[w[2]] = w[1].recv()
                        w[2] = None
                        continue
                    except (EOFError, OSError):  # the worker died (killed by the system: memory)
                        results[w[2]] = _failed(w[2], "the checker's process died on this file (out of memory?)",
                                                now - w[3])
                elif now - w[3] < self.timeout:
                    continue
                else:
                    results[w[2]] = _failed(w[2], f"over the time budget of {self.timeout:g} s: not finished "
                                                  "(undecided)", now - w[3])
                w[0].kill()
                w[0].join()
                self.workers[k] = self._start()
        for w in self.workers:
            try:
                w[1].send(None)
            except OSError:
                pass
            w[0].join(timeout=1)
            if w[0].is_alive():
                w[0].kill()
        return [results[p] for p in paths]


def _failed(path: str, message: str, seconds: float) -> dict:
    row = {c: 0 for c in COUNTED}
    row.update(file=path, status=2, first_invalid_line="", seconds=round(seconds, 2), message=message, claim="")
    row = _worded(row)
    if "time budget" in message:
        row["verdict"] = "undecided"
    return row


def student_files(folder: str) -> list[str]:
    """The documents of a folder (and its subfolders), sorted; hidden files and folders skipped."""
    root = Path(folder)
    out = []
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root).parts
        if any(part.startswith(".") for part in rel) or not p.is_file() or p.suffix.lower() not in SUFFIXES:
            continue
        out.append(str(p))
    return out


def grade_folder(folder: str, timeout: float = DEFAULT_TIMEOUT, jobs: int | None = None,
                 progress=None) -> list[dict]:
    """One row per student file; `progress(done, total)` is called as files finish."""
    paths = student_files(folder)
    if not paths:
        return []
    from .judge import check  # noqa: F401 - imported once here, inherited by every forked worker
    from .run import checkdoc
    from .read import general
    jobs = jobs or max(1, min(len(paths), os.cpu_count() or 1))
    return _Pool(jobs, timeout, progress).run(paths)


def progress_bar(done: int, total: int, width: int = 30) -> str:
    """`eq7 grade: [#########.....................] 3/10 files checked` (ASCII: any terminal shows it)."""
    filled = width * done // total if total else width
    return f"eq7 grade: [{'#' * filled}{'.' * (width - filled)}] {done}/{total} files checked"


def _progress_line(done: int, total: int) -> None:
    """The bar on a terminal's stderr, redrawn in place (the table itself goes to stdout)."""
    print(f"\r{progress_bar(done, total)}", end="" if done < total else "\n", file=sys.stderr, flush=True)


def table(rows: list[dict], folder: str) -> str:
    """A plain-text table, one line per file."""
    head = ("file", "verdict", "claim", "proved", "holds", "invalid", "undecided", "unreadable", "first invalid",
            "message")
    lines = []
    for r in rows:
        name = os.path.relpath(r["file"], folder)
        lines.append((name, r["verdict"], r["claim"] or "-", *(str(r[c]) for c in COLUMNS[2:7]),
                      str(r["first_invalid_line"]), _cut(r["message"])))
    widths = [max(len(h), *(len(l[k]) for l in lines)) for k, h in enumerate(head)]
    fmt = "  ".join("{:<%d}" % w for w in widths)
    return "\n".join([fmt.format(*head).rstrip()] + [fmt.format(*l).rstrip() for l in lines])


MESSAGE_COLUMNS = 70   # the table's message column; the CSV keeps each message whole


def _cut(message: str) -> str:
    return message if len(message) <= MESSAGE_COLUMNS else message[:MESSAGE_COLUMNS - 1] + "…"


def to_csv(rows: list[dict], folder: str) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({**r, "file": os.path.relpath(r["file"], folder)})
    return buf.getvalue()


def add_arguments(parser) -> None:
    parser.add_argument("folder", help="a folder of student documents (.md, .tex, .rst, .txt; subfolders too)")
    parser.add_argument("--csv", metavar="FILE", help="also write the table as CSV to FILE")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="S",
                        help=f"wall-clock budget per file in seconds (default {DEFAULT_TIMEOUT:g})")
    parser.add_argument("--step-timeout", type=float, default=None, metavar="S",
                        help="seconds each step may take before it is `undecided` (default: the checker's)")
    parser.add_argument("--jobs", type=int, default=None, metavar="N",
                        help="files checked at once (default: the number of CPUs)")


def _fail(message: str) -> int:
    print(f"eq7 grade: {message}", file=sys.stderr)
    return 2


def run(args) -> int:
    folder = args.folder
    if not os.path.isdir(folder):
        return _fail(f"{folder}: not a folder (expected a folder of student documents)")
    if not (args.timeout > 0) or args.timeout > 86400:
        return _fail(f"--timeout {args.timeout}: expected a number of seconds between 0 and 86400")
    if args.jobs is not None and not 1 <= args.jobs <= 256:
        return _fail(f"--jobs {args.jobs}: expected a number of worker processes from 1 to 256")
    step = getattr(args, "step_timeout", None)
    if step is not None and not 0 < step < 3600:
        return _fail(f"--step-timeout {step}: expected a number of seconds between 0 and 3600")
    global STEP_TIMEOUT
    STEP_TIMEOUT = step
    paths = student_files(folder)
    if args.csv:
        if os.path.isdir(args.csv):
            return _fail(f"--csv {args.csv}: a folder; expected a file name")
        if any(os.path.abspath(args.csv) == os.path.abspath(p) for p in paths):
            return _fail(f"--csv {args.csv}: that is a student file; refusing to overwrite it")
    if not paths:
        return _fail(f"{folder}: no documents in it (expected files ending in {', '.join(SUFFIXES)})")
    t0 = time.perf_counter()
    rows = grade_folder(folder, args.timeout, args.jobs, _progress_line if sys.stderr.isatty() else None)
    if sys.stderr.isatty():
        _progress_line(len(rows), len(rows))
    print(table(rows, folder))
    from .show.words import count
    print(f"\n{count(len(rows), 'file')} in {time.perf_counter() - t0:.1f} s: "
          f"{sum(r['status'] == 0 for r in rows)} valid, {sum(r['status'] == 1 for r in rows)} with an invalid "
          f"step, {sum(r['status'] == 2 for r in rows)} unreadable or undecided; "
          f"end-to-end claim proved in {sum(r['claim'] == 'proved' for r in rows)}.")
    if not args.csv and any(len(r["message"]) > MESSAGE_COLUMNS for r in rows):
        print("Messages are cut at the table's edge (…); --csv FILE keeps each one whole, with the "
              "counterexample of the first invalid step.")
    if args.csv:
        try:
            with open(args.csv, "w", encoding="utf-8", newline="") as f:
                f.write(to_csv(rows, folder))
        except OSError as e:
            return _fail(f"cannot write {args.csv}: {e.strerror or e}")
        print(f"eq7 grade: wrote {args.csv}", file=sys.stderr)
    return 0
