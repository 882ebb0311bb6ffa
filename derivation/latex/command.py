"""`eq7 check [DOC]`: read a Markdown or LaTeX document, check every derivation in it, report.

    eq7 check                      the blog post shipped with the package, read by the LaTeX reader
    eq7 check notes.md --json      JSON (the checker's shape; from_line/to_line are DOC's own lines)
    eq7 check - < notes.md         a document on standard input
    eq7 check DOC --markdown C.md  also write a reading companion (or --latex C.tex, --html C.html)
    eq7 check --corrected          the hand-built corrected derivation (derivation/eq7.py)

Exit status: 0 every step valid, 1 some step invalid, 2 something unreadable (a row, or the
document: missing, no math, an unclosed display). As part of the main job (`eq7` alone) the post's
invalid steps are findings, not failures: the status is 0 when the end-to-end claim is proved.
"""
from __future__ import annotations

import sys


def add_arguments(parser):
    parser.add_argument("doc", nargs="?", help="a Markdown or LaTeX document, - for standard input "
                        "(default: the blog post shipped with the package)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--markdown", metavar="FILE", help="write a reading companion in Markdown to FILE")
    parser.add_argument("--latex", metavar="FILE", help="write a reading companion in LaTeX to FILE")
    parser.add_argument("--html", metavar="FILE", help="write a reading companion as one self-contained web "
                        "page to FILE (eq7 companion adds eq. (7) in numbers)")
    parser.add_argument("--corrected", action="store_true",
                        help="check the built-in corrected derivation (derivation/eq7.py) instead")


def _fail(message: str) -> int:
    print(f"eq7 check: {message}", file=sys.stderr)
    return 2


def _corrected(args) -> int:
    from ..check import check_chain
    from ..eq7 import corrected_chain
    from ..report import to_json, to_text

    report = check_chain(corrected_chain())
    print(to_json(report) if args.json else to_text(report))
    return 0 if report.all_valid else 1


def _write(path: str, text: str) -> str | None:
    try:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    except OSError as e:
        return f"cannot write {path}: {e.strerror or e}"
    return None


def run(args) -> int:
    from .checkdoc import DocumentError, check_path

    if getattr(args, "corrected", False):
        return _corrected(args)
    doc = getattr(args, "doc", None)
    try:
        docrep = check_path(doc)
    except FileNotFoundError:
        return _fail(f"{doc}: no such file")
    except (OSError, UnicodeDecodeError) as e:
        return _fail(f"cannot read {doc}: {e}")
    except DocumentError as e:
        return _fail(f"{doc}: {e}" if doc and not str(e).startswith(str(doc)) else str(e))
    print(docrep.to_json() if getattr(args, "json", False) else docrep.to_text())
    for flag, fmt in (("markdown", "to_markdown"), ("latex", "to_latex"), ("html", "to_html")):
        path = getattr(args, flag, None)
        if path:
            from . import companion
            err = _write(path, getattr(companion, fmt)(docrep))
            if err:
                return _fail(err)
            print(f"eq7 check: wrote the reading companion to {path}", file=sys.stderr)
    if getattr(args, "main_job", False) and doc is None:
        proved = docrep.main.claim.verdict == "proved"
        print("Main job: the end-to-end claim (eq. 7) is " + ("proved; the invalid steps above are the post's "
              "own slips, explained in the summary, not a failure of the job." if proved else "NOT proved."))
        return 0 if proved else 1
    return docrep.status
