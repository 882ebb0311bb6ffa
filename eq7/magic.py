"""`%%derivation`: a student types a derivation in a notebook cell and sees every step's verdict.

    %load_ext eq7

    %%derivation --as mine --strict
    \\frac{\\partial \\log Z_\\Theta}{\\partial \\Theta}
      &= \\frac{1}{Z_\\Theta} \\frac{\\partial Z_\\Theta}{\\partial \\Theta} \\\\
      &= -\\sum_x P_\\Theta(x) \\frac{\\partial E_\\Theta(x)}{\\partial \\Theta}

The cell is LaTeX rows separated by `\\\\` (as inside an align*), or a Markdown/LaTeX text
with its own displays ($$ ... $$, \\[ ... \\], \\begin{align*} ...). A `% by: rule` comment names a
row's justification. Line numbers in the report count the cell's lines from 1 (the line below
`%%derivation`). The symbols keep their fixed meaning (DESIGN.md), whatever the cell says.

Options:
    --as NAME    bind the report (a DocumentReport) to NAME, so later cells can assert on it
    --strict     fail the cell (InvalidDerivation, an AssertionError) when a step is invalid or
                 a row cannot be read; the report is shown first
    --quiet      show nothing (with --as or --strict)
"""
from __future__ import annotations

import re

from IPython.core.magic import Magics, cell_magic, magics_class
from IPython.core.magic_arguments import argument, magic_arguments, parse_argstring
from IPython.display import Markdown, display

# A display opener as the document reader knows them (derivation/read/document.py).
_HAS_DISPLAY = re.compile(r"\$\$|(?<!\\)\\\[|\\begin\s*\{")


class InvalidDerivation(AssertionError):
    """Raised by `%%derivation --strict` when a step is invalid or unreadable."""

    def _render_traceback_(self):  # IPython shows this instead of a traceback: the finding only
        return [f"InvalidDerivation: {self}"]


def as_document(cell: str) -> str:
    """The cell as a document: bare rows are wrapped in an align* that keeps their line numbers."""
    if _HAS_DISPLAY.search(cell):
        return cell
    return "\\begin{align*}" + cell.rstrip() + "\n\\end{align*}\n"


def check_cell(cell: str):
    """The DocumentReport of a cell (DocumentError when it has no mathematics or an unclosed display;
    WorkerTimeout past the document budget: the cell is checked in a worker that can be stopped)."""
    from derivation.run.bounded import check_text

    return check_text(as_document(cell), "<cell>")


def failures(report) -> list[str]:
    """One line per invalid or unreadable step, and per row the reader could not read."""
    out = [f"line {e.line}, column {e.column}: unreadable: {e.message}" for e in report.doc.errors]
    for rep in report.reports:
        for s in rep.steps:
            if s.verdict in ("invalid", "unreadable"):
                st = s.step
                where = (f"rows {st.from_row}->{st.to_row}" if not st.from_line else f"line {st.from_line}"
                         if st.from_line == st.to_line else f"lines {st.from_line}->{st.to_line}")
                first = s.explanation.removeprefix("Invalid. ").split(". ")[0]
                out.append(f"{where}: {s.verdict}: {first}")
    return out


@magics_class
class DerivationMagics(Magics):
    @magic_arguments()
    @argument("--as", dest="name", metavar="NAME", help="bind the report to this variable")
    @argument("--strict", action="store_true",
              help="fail the cell when a step is invalid or a row cannot be read")
    @argument("--quiet", action="store_true", help="do not show the report")
    @cell_magic
    def derivation(self, line, cell):
        """Check every step of the derivation in this cell (see `eq7.magic` for the options)."""
        from derivation.read.document import DocumentError
        from derivation.run.worker import WorkerDied, WorkerTimeout

        args = parse_argstring(self.derivation, line)
        if args.name is not None and not args.name.isidentifier():
            raise InvalidDerivation(f"--as expects a Python variable name, got {args.name!r}")
        if not cell.strip():
            raise InvalidDerivation("the cell is empty: write the rows of a derivation below %%derivation")
        try:
            report = check_cell(cell)
        except (DocumentError, WorkerTimeout, WorkerDied) as e:
            message = f"the cell could not be {'read' if isinstance(e, DocumentError) else 'checked'}: {e}"
            if args.strict:
                raise InvalidDerivation(message) from None
            display(Markdown("⚠️ **unreadable**: " + _escape(message)))
            return None
        if args.name is not None:
            self.shell.user_ns[args.name] = report
        if not args.quiet:
            display(report)
        found = failures(report) if args.strict else []
        if found:   # invalid or unreadable, as documented; an undecided step alone fails nothing
            raise InvalidDerivation(f"{len(found)} problem(s) in the derivation: " + "; ".join(found))
        return None


def _escape(s: str) -> str:
    return re.sub(r"([\\`*_~|<>\[\]#$])", r"\\\1", s)


def load_ipython_extension(ipython) -> None:
    ipython.register_magics(DerivationMagics)
