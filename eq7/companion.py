"""`eq7 companion [DOC] [-o FILE]`: the reading companion as one self-contained web page.

The derivation (default: the blog post shipped with the package) row by row, rendered as
mathematics, each step with its verdict, rule or counterexample and corrected row; then eq. (7) in
numbers on the toy models, with the phases figure inline. No script, no network at view time.

Exit status: 0 when the page is written (the verdicts are in it), 2 when it cannot be (a missing or
unreadable document, a file that cannot be written).
"""
from __future__ import annotations

import sys

DEFAULT_OUTPUT = "eq7-companion.html"
PAPER = "https://arxiv.org/abs/1606.03439"
# The page cites what it reads: the paper whose eq. (7) is derived, and the post it checks by default.
SOURCES = (f'<ul><li>Taesup Kim and Yoshua Bengio (2016), <cite>Deep Directed Generative Models with '
           f'Energy-Based Probability Estimation</cite>, <a href="{PAPER}">arXiv:1606.03439</a>: eq. (7) is '
           "the gradient of the negative log-likelihood of an energy-based model.</li>"
           "<li><cite>Notes on Deep Directed Generative Models with Energy-Based Probability Estimation</cite>, "
           "a blog post of 2017-10-17 that derives eq. (7) in eleven rows; it is the derivation checked above "
           "when no document is given (shipped as <code>derivation/data/kim_bengio_eq7_post.md</code>).</li>"
           "<li>The identity itself: Goodfellow, Bengio and Courville, <cite>Deep Learning</cite> (2016), "
           '<a href="https://www.deeplearningbook.org/contents/partition.html">chapter 18</a>, eqs. 18.4 and '
           "18.15.</li></ul>")


def add_arguments(parser):
    parser.description = ("Write the reading companion: the derivation's rows rendered as mathematics "
                          "with their verdicts, counterexamples and corrected rows, and eq. (7) in numbers "
                          "on toy models, as one self-contained HTML page (no network needed to view it).")
    parser.add_argument("doc", nargs="?", help="a Markdown or LaTeX document, - for standard input "
                        "(default: the blog post shipped with the package)")
    parser.add_argument("-o", "--output", metavar="FILE", default=DEFAULT_OUTPUT,
                        help=f"where to write the page (default: {DEFAULT_OUTPUT})")
    parser.add_argument("--step-timeout", metavar="SECONDS", type=float, default=None,
                        help="seconds each step may take before it is `undecided` (default 3)")
    parser.add_argument("--document-timeout", metavar="SECONDS", type=float, default=None,
                        help="seconds the whole document may take (default 60): steps past it are `undecided`")


def build(docrep) -> tuple[str, str]:
    """(page, one-line summary) for a checked document: the derivation HTML plus the numbers."""
    from derivation.show.html.page import Section, document_page

    from .numbers_html import numbers_section

    numbers = numbers_section()
    extra = (f'<span class="numbers">Eq. (7) in numbers: <a href="#numbers">{numbers.passed} of '
             f"{numbers.total} toy models</a> agree with autograd and central differences.</span>")
    page = document_page(docrep, sections=[Section("numbers", "Eq. (7) in numbers", numbers.html),
                                           Section("sources", "Sources", SOURCES)],
                         result_extra=extra, generator="eq7 companion")
    counts: dict[str, int] = {}
    for rep in docrep.reports:
        for s in rep.steps:
            counts[s.verdict] = counts.get(s.verdict, 0) + 1
    steps = ", ".join(f"{n} {v}" for v, n in counts.items())
    total = sum(counts.values())
    return page, f"{total} step{'s' if total != 1 else ''} ({steps}); eq. (7) in numbers: {numbers.passed} of {numbers.total} models pass"


def run(args) -> int:
    from derivation.run.bounded import check_path
    from derivation.run.checkdoc import DocumentError
    from derivation.command import _same_file
    from derivation.run.worker import WorkerDied, WorkerTimeout

    doc = getattr(args, "doc", None)
    if doc not in (None, "-") and _same_file(args.output, doc):
        print(f"eq7 companion: -o {args.output} is the document being read; refusing to overwrite it "
              "(choose another file name)", file=sys.stderr)
        return 2
    for flag in ("step_timeout", "document_timeout"):
        value = getattr(args, flag, None)
        if value is not None and not 0 < value < float("inf"):
            print(f"eq7 companion: --{flag.replace('_', '-')} must be a positive number of seconds, got {value}",
                  file=sys.stderr)
            return 2
    try:
        docrep = check_path(doc, timeout=getattr(args, "step_timeout", None),
                            document_timeout=getattr(args, "document_timeout", None), progress=True)
    except (WorkerTimeout, WorkerDied) as e:
        print(f"eq7 companion: {doc or 'the post'}: {e}", file=sys.stderr)
        return 2
    except FileNotFoundError:
        print(f"eq7 companion: {doc}: no such file", file=sys.stderr)
        return 2
    except (OSError, UnicodeDecodeError) as e:
        print(f"eq7 companion: cannot read {doc}: {e}", file=sys.stderr)
        return 2
    except DocumentError as e:
        named = str(e).startswith((str(doc), "<stdin>")) if doc else True   # the reader names its source
        print(f"eq7 companion: {e}" if named else f"eq7 companion: {doc}: {e}", file=sys.stderr)
        return 2
    from derivation.run.bounded import render

    try:   # the page's corrections are checks too: bounded like them (bounded.RENDER_SECONDS)
        page, summary = render(build, docrep)
    except (WorkerTimeout, WorkerDied) as e:
        print(f"eq7 companion: the page could not be built within its budget: {e}", file=sys.stderr)
        return 2
    data = page.encode("utf-8")
    try:
        with open(args.output, "wb") as f:
            f.write(data)
    except OSError as e:
        print(f"eq7 companion: cannot write {args.output}: {e.strerror or e}", file=sys.stderr)
        return 2
    print(f"eq7 companion: wrote {args.output} ({len(data) / 1024:.0f} KB): {summary}")
    return 0
