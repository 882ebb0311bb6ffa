"""`eq7 check [DOC]`: read a Markdown or LaTeX document, check every derivation in it, report.

    eq7 check                      the blog post shipped with the package, read by the LaTeX reader
    eq7 check notes.md             a headline, then only the steps that need attention (short_report.py)
    eq7 check notes.md --verbose   every row with its verdict and rules
    eq7 check notes.md --json      JSON (the checker's shape; from_line/to_line are DOC's own lines)
    eq7 check a.md b.tex           several documents: one report each, then one line per document
    eq7 check - < notes.md         a document on standard input
    eq7 check DOC --markdown C.md  also write a reading companion (or --latex C.tex, --html C.html)
    eq7 check --corrected          the hand-built corrected derivation (derivation/meaning/eq7.py)

Exit status: 0 every judged step valid, 1 some step invalid, 2 nothing invalid but something
unreadable or undecided (a row, a step over the budget, or the document: missing, no math, an
unclosed display, too large, not text). Every bad input gets exit 2 and one message naming the
place, never a traceback, never 1 (which only ever means an invalid step). With --json the output
is JSON even then ({"error": ..., "status": 2}). As part of the main job (`eq7` alone) the post's
invalid steps are findings, not failures: the status is 0 when the end-to-end claim is proved.
Several documents: 1 if any has an invalid step, else 2 if any has 2, else 0. Every JSON carries
"schema_version" and "passed" (status == 0, the field `eq7 verify` uses) beside "status".
"""
from __future__ import annotations

import contextlib
import importlib
import io
import json
import os
import sys

SCHEMA_VERSION = 1   # the same number as eq7.cli.SCHEMA_VERSION (a test holds them equal)


def add_arguments(parser):
    parser.add_argument("doc", nargs="*", metavar="DOC", help="Markdown or LaTeX documents, - for standard "
                        "input (default: the blog post shipped with the package)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="print every row with its verdict and rules (default: a headline, then only the "
                             "steps that need attention)")
    parser.add_argument("--markdown", metavar="FILE", help="write a reading companion in Markdown to FILE")
    parser.add_argument("--latex", metavar="FILE", help="write a reading companion in LaTeX to FILE")
    parser.add_argument("--html", metavar="FILE", help="write a reading companion as one self-contained web "
                        "page to FILE (eq7 companion adds eq. (7) in numbers)")
    parser.add_argument("--corrected", action="store_true",
                        help="check the built-in corrected derivation (derivation/meaning/eq7.py) instead")
    parser.add_argument("--step-timeout", metavar="SECONDS", type=float, default=None,
                        help="seconds each step may take before it is `undecided` (default 3)")
    parser.add_argument("--document-timeout", metavar="SECONDS", type=float, default=None,
                        help="seconds the whole document may take (default 60): steps past it are `undecided`; "
                        "the check runs in a worker process that is stopped when a step overruns its budget "
                        "(EQ7_NO_WORKER=1 checks in this process, with the step budget enforced by signals only)")


def _fail(message: str, args=None, line: int | None = None, column: int | None = None) -> int:
    print(f"eq7 check: {message}", file=sys.stderr)
    if args is not None and getattr(args, "json", False):
        print(_json({"source": getattr(args, "doc", None), "error": {"message": message, "line": line,
                                                                      "column": column},
                      "derivations": [], "steps": [], "status": 2}))
    return 2


def _json(d: dict) -> str:
    """eq7's JSON: the schema version first, and `passed` beside `status` (verify's name for it)."""
    out = {"schema_version": SCHEMA_VERSION, **d}
    out["passed"] = out.get("status") == 0
    return json.dumps(out, indent=2, ensure_ascii=False)


def _corrected(args) -> int:
    from .judge.check import check_chain
    from .meaning.eq7 import corrected_chain
    from .show.report import to_json, to_text

    if getattr(args, "markdown", None) or getattr(args, "latex", None):
        return _fail("--corrected checks the built-in corrected derivation; it has no reading companion "
                     "(--markdown/--latex go with a document: eq7 check DOC --markdown FILE)", args)
    report = check_chain(corrected_chain(), timeout=getattr(args, "step_timeout", None))
    status = 0 if report.all_valid else 1
    print(_json({**json.loads(to_json(report)), "status": status}) if args.json else to_text(report))
    return status


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def _write(path: str, text: str) -> str | None:
    try:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    except OSError as e:
        return f"cannot write {path}: {e.strerror or e}"
    return None


def _outputs(args) -> tuple[list[tuple[str, str]], str | None]:
    """The companions asked for, or why they cannot be written (checked before any work)."""
    doc = getattr(args, "doc", None)
    out = []
    for flag, fmt in (("markdown", "to_markdown"), ("latex", "to_latex"), ("html", "to_html")):
        path = getattr(args, flag, None)
        if path is None:
            continue
        if not path.strip() or path == "-":
            return [], f"--{flag}: expected a file name to write the companion to, got {path!r}"
        if doc not in (None, "-") and _same_file(path, doc):
            return [], f"--{flag} {path}: that is the document being checked; refusing to overwrite it"
        if os.path.isdir(path):
            return [], f"--{flag} {path}: a directory; expected a file name"
        out.append((path, fmt))
    for k, (path, _) in enumerate(out):
        if any(_same_file(path, other) for other, _ in out[k + 1:]):
            return [], f"two companions would be written to the same file {path}"
    return out, None


def combined(statuses) -> int:
    """The status of several documents: an invalid step anywhere wins, then anything unread."""
    return 1 if 1 in statuses else 2 if 2 in statuses else 0


def _several(args, docs: list) -> int:
    """Each document checked on its own (a bad one gets its message, the others their reports)."""
    import copy

    if any(getattr(args, f, None) for f in ("markdown", "latex", "html")):
        return _fail("--markdown/--latex/--html write the companion of one document; give one DOC", args)
    if docs.count("-") > 1:
        return _fail("standard input (-) can be read once", args)
    codes, found = [], []
    for k, doc in enumerate(docs):
        one = copy.copy(args)
        one.doc, one.legend = [doc], False   # the legend once, after every document (voice, issue 19)
        if getattr(args, "json", False):
            buf = io.StringIO()
            with contextlib.redirect_stdout(buf):
                codes.append(run(one))
            found.append(json.loads(buf.getvalue()))
        else:
            if k:
                print("\n" + "=" * 100 + "\n")
            codes.append(run(one))
    status = combined(codes)
    if getattr(args, "json", False):
        print(_json({"documents": found, "status": status}))
    else:
        word = {0: "valid", 1: "an invalid step", 2: "unreadable or undecided"}
        print("\n" + "=" * 100 + f"\n{len(docs)} documents:")
        print("\n".join(f"  {word[c]:<24} {d}" for d, c in zip(docs, codes)))
        from .show.short_report import legend_text
        print("\n" + legend_text(getattr(args, "verbose", False)))
    return status


def run(args) -> int:
    docs = getattr(args, "doc", None)
    docs = [docs] if isinstance(docs, str) or docs is None else list(docs)
    if len(docs) > 1:
        return _several(args, docs)
    args.doc = docs[0] if docs else None
    try:
        return _run(args)
    except (KeyboardInterrupt, BrokenPipeError):  # a pipe closed early is the console command's to handle
        raise
    except RecursionError:
        return _fail("the document nests too deeply to check (recursion limit); nothing was judged", args)
    except MemoryError:
        return _fail("the document needs more memory than the checker allows; nothing was judged", args)
    except Exception as e:  # noqa: BLE001 - never a traceback, never exit 1 for anything but an invalid step
        return _fail(f"internal error while checking {getattr(args, 'doc', None) or 'the post'}: "
                     f"{type(e).__name__}: {str(e)[:300]} (please report it with the document)", args)


# SymPy's own imports on first use (Add.flatten imports sympy.tensor.tensor, and with it sympy.combinatorics,
# at the first sum any check builds): loaded with the checker, so under the same frozen, collector-free load
_FIRST_USE = ("sympy.tensor.tensor", "sympy.sets.setexpr", "sympy.assumptions.wrapper")
# the collector's thresholds while the console command checks: a check allocates SymPy objects by the 10^5, nearly
# all freed by their reference counts, and the default (700, 10, 10) runs ~40 collections on the post that free
# almost nothing (7 ms of its 0.25 s of checking; 0.14 s of 23_tirmisula's 6 s); with these, none or one
_CHECKING_THRESHOLDS = (20000, 10, 10)
_LOADED = False


def _load_checker() -> None:
    """Import the checker and load the row parser with the cyclic garbage collector off, then freeze
    what was loaded. Importing SymPy and the checker allocates some 10^5 objects that all live as long
    as the process: every collection the allocations trigger meanwhile walks them and frees nothing,
    ~15% of SymPy's import time (0.21 -> 0.18 s CPU). Frozen (gc.freeze), later collections while
    checking skip them, and the forked worker does not write to their pages. The few cycles the
    imports leave (about 50 objects) are kept rather than paid for with a full collection (0.05 s).
    Nothing else changes: these are the modules the first check imports anyway (bounded._preload's,
    the document checker's, and SymPy's own on first use), only earlier. The collector then runs with larger
    thresholds (_CHECKING_THRESHOLDS), in the fresh process only, as the freezing."""
    global _LOADED
    if _LOADED:
        return
    _LOADED = True
    import gc

    # Only a first load in a process that has not loaded SymPy (the console command's) is frozen: in a
    # longer-lived process (a test run, an embedding, several documents) freezing would also make
    # whatever garbage it holds at that moment permanent. A caller that turned the collector off keeps it off.
    fresh = gc.isenabled() and "sympy" not in sys.modules
    if fresh:
        gc.disable()
    try:
        from .run import bounded, checkdoc  # noqa: F401
        bounded._preload()
        for name in _FIRST_USE:
            importlib.import_module(name)
    finally:
        if fresh:
            gc.freeze()
            gc.set_threshold(*_CHECKING_THRESHOLDS)
            gc.enable()


def _report_modules(args) -> None:
    """Import what prints the report (the JSON's prose marks, or the text report and its words) while the
    worker checks: on the other CPU, instead of after the answer arrives (~10 ms of a fresh `eq7 check`)."""
    importlib.import_module("derivation.read.prose_context" if getattr(args, "json", False)
                            else "derivation.show.short_report")


def _run(args) -> int:
    from .run.worker import WorkerDied, WorkerTimeout
    from .run import bounded
    from .run.checkdoc import DocumentError

    if getattr(args, "corrected", False):
        if getattr(args, "step_timeout", None) is not None and not 0 < args.step_timeout < float("inf"):
            return _fail(f"--step-timeout must be a positive number of seconds, got {args.step_timeout}")
        _load_checker()
        return _corrected(args)
    doc = getattr(args, "doc", None)
    outputs, err = _outputs(args)
    if err:
        return _fail(err, args)
    timeout = getattr(args, "step_timeout", None)
    if timeout is not None and not 0 < timeout < float("inf"):
        return _fail(f"--step-timeout must be a positive number of seconds, got {timeout}", args)
    document_timeout = getattr(args, "document_timeout", None)
    if document_timeout is not None and not 0 < document_timeout < float("inf"):
        return _fail(f"--document-timeout must be a positive number of seconds, got {document_timeout}", args)
    if doc in (None, "-") or os.path.isfile(doc):   # a missing file or a folder is said at once, unloaded
        _load_checker()
    try:
        docrep = bounded.check_path(doc, timeout=timeout, document_timeout=document_timeout, progress=True,
                                    meanwhile=lambda: _report_modules(args))
    except WorkerTimeout as e:
        return _fail(f"{doc or 'the post'}: {e}; nothing was judged (--document-timeout raises it)", args)
    except WorkerDied as e:
        return _fail(f"{doc or 'the post'}: {e}", args)
    except FileNotFoundError:
        return _fail(f"{doc}: no such file", args)
    except IsADirectoryError:
        return _fail(f"{doc}: a directory; expected a Markdown or LaTeX file (eq7 grade FOLDER checks a folder)",
                     args)
    except (OSError, UnicodeDecodeError) as e:
        return _fail(f"cannot read {doc}: {e}", args)
    except DocumentError as e:
        return _fail(f"{doc}: {e}" if doc and not str(e).startswith(str(doc)) else str(e), args, e.line, e.column)
    main_job = getattr(args, "main_job", False) and doc is None
    if getattr(args, "json", False):
        from .read.prose_context import mark_json   # statements in the prose: context, marked as such
        text = _json(mark_json(docrep.to_dict(), docrep))
    else:  # the main job reads the post row by row, as the README says; a student's check is short by default
        from .show.short_report import paint, to_text_document, wants_colour
        text = to_text_document(docrep, verbose=getattr(args, "verbose", False) or main_job,
                                legend=getattr(args, "legend", True))
        text = paint(text) if wants_colour() else text
    if main_job and not getattr(args, "json", False):  # the job's status is printed by eq7 alone, the same
        text = "\n".join(l for l in text.splitlines() if not l.startswith("Status: "))   # as it exits with
    print(text)
    for path, fmt in outputs:
        from .show import companion
        try:   # its corrections are checks too, bounded like them (bounded.RENDER_SECONDS)
            page = bounded.render(getattr(companion, fmt), docrep)
        except (WorkerTimeout, WorkerDied) as e:
            return _fail(f"the reading companion {path} could not be built within its budget: {e}", args)
        err = _write(path, page)
        if err:
            return _fail(err)
        print(f"eq7 check: wrote the reading companion to {path}", file=sys.stderr)
    if main_job:
        proved = docrep.main is not None and docrep.main.claim.verdict == "proved"
        from .show.report import _wrap
        print(_wrap("Main job: the end-to-end claim (eq. 7) is " + ("proved; the invalid steps above are the post's "
                    "own slips, explained in the summary, not a failure of the job." if proved else "NOT proved."), ""))
        return 0 if proved else 1
    return docrep.status
