"""A reading companion: the document's rows as printed, each with its verdict, the rule found or
the counterexample, and for an invalid row a corrected row (computed: corrections.py).

Two formats from one walk over the report: Markdown (math in $$ ... $$, MathJax/KaTeX style) and
a standalone LaTeX article.
"""
from __future__ import annotations

import re

from derivation.judge.corrections import corrections

_LEGEND = ("**proved**: shown symbolically for every data size N and state-space size K; "
           "**holds**: no proof, and no counterexample in the random finite instances tried; "
           "**invalid**: a finite counterexample you can recompute by hand; "
           "**unreadable**: the row could not be read.")


def _display(latex: str) -> str:
    """A row as printed, made displayable on its own: alignment marks dropped."""
    return " ".join(latex.replace("&", " ").split())


def _counterexample(rep, letter: str = "Θ") -> str:
    """The counterexample as `eq7 check` prints it (report.counterexample_text): the tables the step
    was refuted on, the general reader's included, on one line."""
    from .report import counterexample_text

    text = " ".join(" ".join(line.split()) for line in counterexample_text(rep, "", letter))
    return text.removeprefix("Counterexample: ")


# The corrections search tries several rewrites per invalid step, each a full check: the companion as
# a whole gets this wall-clock budget (each check inside keeps its own, shorter one).
CORRECTIONS_SECONDS = 20.0


def _fixes(report) -> dict:
    """corrections(report) within CORRECTIONS_SECONDS; past it (or if the search fails), no correction
    is offered rather than a hang: the companion says 'none found' for those rows."""
    from derivation.meaning.budget import OverBudget, deadline

    if not any(s.verdict == "invalid" for s in report.steps):
        return {}
    try:
        with deadline(CORRECTIONS_SECONDS):
            return corrections(report)
    except OverBudget:
        return {}
    except Exception:  # noqa: BLE001 - a companion without corrections beats no companion
        return {}


def _entries(report):
    """Per chain row: (row, step report ending there or None, correction or None)."""
    fixes = _fixes(report)
    by_to = {}
    for s in report.steps:
        by_to.setdefault(s.step.to_row, []).append(s)
    for k, row in enumerate(report.chain.rows):
        for s in by_to.get(k + 1, [None]):
            yield k + 1, row, s, fixes.get(s.step.number) if s is not None else None


def _lines(docrep, fmt):
    """The companion as a list of (kind, text) items; kind in heading, math, text, item."""
    from .report import chain_letter
    from .letters import in_letters
    from .read_messages import plain
    from .words import settle_plurals
    out = [("heading", f"Reading companion: {docrep.doc.source.name}"), ("text", _LEGEND)]
    for n in docrep.doc.notes:
        out.append(("item", f"Note (line {n.line}, column {n.column}): {n.message}. A slip of the "
                            "document, read as it means; not a failure."))
    from .html.page import headings   # numbered among the derivations; statements in the prose apart
    for rep, head in zip(docrep.reports, headings(docrep)):
        out.append(("heading2", head))
        for k, row, s, fix in _entries(rep):
            verdict = s.verdict if s is not None else "start"
            out.append(("text", f"Row {k}, line {row.line}: **{verdict}**"))
            shown = _display(row.latex)
            if row.error:
                out.append(("item", f"could not be read: {plain(row.error, row.latex)}"))
                out.append(("code", row.latex))
                continue
            out.append(("math", shown))
            if s is None:
                continue
            if s.verdict in ("proved", "holds"):
                rules = ", ".join(s.rules) if s.rules else "no rule named"
                out.append(("item", f"rule: {rules}. {in_letters(settle_plurals(s.explanation), chain_letter(rep.chain))}"))
            elif s.verdict == "invalid":
                out.append(("item", in_letters(settle_plurals(s.explanation), chain_letter(rep.chain))))
                if s.counterexample is not None:
                    out.append(("item", "counterexample: " + _counterexample(s, chain_letter(rep.chain))))
                if fix is None:
                    out.append(("item", "corrected row: none of the rewrites tried (data sums over the states, a sign, a factor N, derivative and expectation, log and sum) makes it valid"))
                else:
                    out.append(("item", f"corrected row ({in_letters(fix.how, chain_letter(rep.chain))}):"))
                    out.append(("math", "= " + in_letters(fix.latex, chain_letter(rep.chain))))
            else:
                out.append(("item", in_letters(settle_plurals(s.explanation), chain_letter(rep.chain))))
        c = rep.claim
        out.append(("text", f"Claim, line {c.step.from_line} = line {c.step.to_line}: **{c.verdict}**"))
        from .report import summary  # the honest summary: unread rows named
        out.append(("item", summary(rep)))
    return out


def to_markdown(docrep) -> str:
    md = []
    for kind, text in _lines(docrep, "md"):
        if kind == "heading":
            md += [f"# {text}", ""]
        elif kind == "heading2":
            md += [f"## {text}", ""]
        elif kind == "math":
            md += ["$$", text, "$$", ""]
        elif kind == "code":
            md += ["```latex", text, "```", ""]
        elif kind == "item":
            md += [f"- {text}", ""] if not md or not md[-2].startswith("- ") else [f"- {text}", ""]
        else:
            md += [text, ""]
    return "\n".join(md)


# One pass over plain text: LaTeX specials escaped; the checker's few Unicode letters become math.
_TEX_CHAR = {"\\": r"\textbackslash{}", "%": r"\%", "&": r"\&", "#": r"\#", "_": r"\_", "{": r"\{",
             "}": r"\}", "^": r"\^{}", "~": r"\~{}", "$": r"\$", "Θ": r"$\Theta$", "θ": r"$\theta$", "φ": r"$\phi$", "β": r"$\beta$", "Σ": r"$\Sigma$",
             "∂": r"$\partial$", "²": r"$^2$", "≠": r"$\neq$", "→": r"$\to$", "−": "-", "∼": r"$\sim$",
             "…": "...", "·": r"$\cdot$"}


def _tex_text(text: str) -> str:
    """Plain text (with $...$ math kept as is and **bold**) as LaTeX."""
    out = []
    for p in re.split(r"(\$[^$]*\$)", text):
        if len(p) > 1 and p.startswith("$") and p.endswith("$"):
            out.append(p)
            continue
        bold = re.split(r"\*\*(.+?)\*\*", p)  # odd pieces were in **...**
        for k, piece in enumerate(bold):
            esc = "".join(_TEX_CHAR.get(ch, ch) for ch in piece)
            out.append(r"\textbf{" + esc + "}" if k % 2 else esc)
    return "".join(out)


def to_latex(docrep) -> str:
    tex = [r"\documentclass{article}", r"\usepackage{amsmath,amssymb}", r"\usepackage[margin=2cm]{geometry}",
           r"\begin{document}"]
    for kind, text in _lines(docrep, "tex"):
        if kind == "heading":
            tex.append(r"\section*{" + _tex_text(text) + "}")
        elif kind == "heading2":
            tex.append(r"\subsection*{" + _tex_text(text) + "}")
        elif kind == "math":
            tex += [r"\[", text, r"\]"]
        elif kind == "code":
            tex += [r"\begin{verbatim}", text, r"\end{verbatim}"]
        elif kind == "item":
            tex += [r"\begin{itemize}\item " + _tex_text(text) + r"\end{itemize}"]
        else:
            tex += ["", _tex_text(text), ""]
    tex.append(r"\end{document}")
    return "\n".join(tex) + "\n"


def to_html(docrep) -> str:
    """The companion as one self-contained web page: MathML, no script (derivation/show/html/page.py)."""
    from .html.page import document_page

    return document_page(docrep)
