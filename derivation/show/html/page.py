"""A document's report as one self-contained HTML page: no script, no external file, no font to
fetch. Sections: the one-line result (linking to every invalid step), the legend, each derivation
row by row, the reading notes, then any sections a caller adds (`eq7 companion` adds eq. (7) in
numbers from toy_models; derivation/ never imports it).
"""
from __future__ import annotations

from dataclasses import dataclass
from html import escape

from .blocks import derivation_html, legend_html, row_id
from .mathml import available
from .prose_math import text_html
from .style import css


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    html: str           # the body, already HTML


def headings(docrep) -> list[str]:
    """Each derivation's heading: numbered among the derivations; a statement in the prose
    (prose_context.py) is headed as such and not numbered."""
    from derivation.read.prose_context import context_flags

    flags = context_flags(docrep)
    n = flags.count(False)
    out, k = [], 0
    for report, context in zip(docrep.reports, flags):
        rows = report.chain.rows
        lines = [r.line for r in rows if r.line]
        span = "" if not lines else (f" (line {lines[0]})" if min(lines) == max(lines)
                                     else f" (lines {min(lines)}–{max(lines)})")
        if context:
            out.append("In the prose, checked as context" + span)
            continue
        k += 1
        out.append((report.chain.title or "The derivation") + span if n == 1 else f"Derivation {k} of {n}{span}")
    return out


def _link(d: int, st, multi: bool) -> str:
    where = f"row {st.to_row}" + (f" (line {st.to_line})" if st.to_line else "")
    if multi:
        where = f"derivation {d}, {where}"
    return f'<a href="#{row_id(d, st.to_row)}">{escape(where)}</a>'


def result_html(docrep, extra: str = "") -> str:
    """One line: verdict counts over every step, a link to each invalid step, the claim(s)."""
    from derivation.read.prose_context import context_flags
    flags = context_flags(docrep)   # statements in the prose: context, counted apart
    steps = [(d, s) for d, rep in enumerate(docrep.reports, 1) for s in rep.steps if not flags[d - 1]]
    prose = [s for d, rep in enumerate(docrep.reports, 1) for s in rep.steps if flags[d - 1]]
    order = ("proved", "holds", "invalid", "undecided", "unreadable")
    counts: dict[str, int] = {}
    for _, s in steps:
        counts[s.verdict] = counts.get(s.verdict, 0) + 1
    names = sorted(counts, key=lambda v: (order.index(v) if v in order else len(order), v))
    multi = len(docrep.reports) > 1
    derivations = flags.count(False)
    text = f"Result: {len(steps)} step{'s' if len(steps) != 1 else ''}"
    text += f" in {derivations} derivations" if derivations > 1 else ""
    text += ": " + (", ".join(f"{counts[v]} {escape(v)}" for v in names) or "none")
    if prose:
        bad = sum(s.verdict not in ("proved", "holds") for s in prose)
        text += (f" (and {len(prose)} statement{'s' if len(prose) != 1 else ''} in the prose, checked as context"
                 + (f", {bad} not valid" if bad else "") + ")")
    for verdict in [v for v in names if v not in ("proved", "holds")]:
        links = ", ".join(_link(d, s.step, multi) for d, s in steps if s.verdict == verdict)
        text += f'; <span class="to-{escape(verdict)}">{escape(verdict)} at {links}</span>'
    claims = [(d, rep.claim.verdict) for d, rep in enumerate(docrep.reports, 1) if not flags[d - 1]]
    if len(claims) > 1:
        text += "; end-to-end claims: " + ", ".join(
            f'<a href="#d{d}-claim">{d}</a> {escape(v)}' for d, v in claims)
    elif claims:
        text += f'; <a href="#d{claims[0][0]}-claim">end-to-end claim</a> {escape(claims[0][1])}'
    if docrep.doc.errors and not any(s.verdict == "unreadable" for _, s in steps):
        n = len(docrep.doc.errors)
        text += f"; {n} unreadable row{'s' if n != 1 else ''}"
    return f'<p class="result" id="result">{text}.{extra}</p>'


def _row_at_line(docrep, line: int) -> str | None:
    for d, rep in enumerate(docrep.reports, 1):
        for k, row in enumerate(rep.chain.rows, 1):
            if row.line == line:
                return row_id(d, k)
    return None


def notes_html(docrep) -> str:
    items = []
    for n in docrep.doc.notes:
        rid = _row_at_line(docrep, n.line)
        where = f"line {n.line}, column {n.column}"
        where = f'<a href="#{rid}">{where}</a>' if rid else where
        items.append(f"<li>{where}: {text_html(n.message)}. A typographic slip of the document, read as it "
                     "means; it does not change the mathematics and is not a failure.</li>")
    for e in docrep.doc.errors:
        rid = _row_at_line(docrep, e.line)
        where = f"line {e.line}, column {e.column}"
        where = f'<a href="#{rid}">{where}</a>' if rid else where
        tail = f" (expected {escape(e.expected)})" if e.expected else ""
        items.append(f'<li class="unreadable">{where}: could not be read: {escape(e.message)}{tail}.</li>')
    if not items:
        return "<p>The reader needed no lenient reading: no slips to note.</p>"
    return '<ul class="notes">' + "".join(items) + "</ul>"


def document_page(docrep, title: str | None = None, sections=(), result_extra: str = "",
                  generator: str = "eq7 check --html") -> str:
    """The whole page as a string (UTF-8 HTML5)."""
    name = docrep.doc.source.name
    if title is None:
        main_title = docrep.main.chain.title if docrep.reports else ""
        title = f"Reading companion: {main_title or name.replace(chr(92), '/').rsplit('/', 1)[-1]}"
    body = [f'<header class="eq7"><h1>{escape(title)}</h1>',
            f'<p class="where">Checked document: <code>{escape(name)}</code>. Eq. (7) of Kim &amp; Bengio (2016), '
            '<a href="https://arxiv.org/abs/1606.03439">arXiv:1606.03439</a>: the gradient of an energy-based '
            "model's negative log-likelihood.</p>",
            result_html(docrep, result_extra)]
    heads = headings(docrep)
    toc = [f'<li><a href="#d{d}">{escape(heads[d - 1])}</a></li>' for d in range(1, len(heads) + 1)]
    toc.append('<li><a href="#notes">Reading notes</a></li>')
    toc += [f'<li><a href="#{escape(s.id)}">{escape(s.title)}</a></li>' for s in sections]
    body.append(f'<nav aria-label="Contents"><ul>{"".join(toc)}</ul></nav>')
    body.append('<details open class="legend-box"><summary>What the verdicts mean</summary>'
                f"{legend_html()}<p>The meaning of every symbol is fixed, not taken from the document: "
                "Z sums over the whole state space, a sum over i = 1..N over the data, and "
                "E<sub>x∼P</sub>[f] = Σ<sub>x</sub> P(x) f(x).</p></details></header>")
    main = []
    if not available():
        main.append('<p class="note">math-core is not installed, so formulas are shown as TeX '
                    "(python -m pip install math-core renders them).</p>")
    main += [derivation_html(d, rep, heads[d - 1]) for d, rep in enumerate(docrep.reports, 1)]
    main.append(f'<section id="notes"><h2>Reading notes</h2>{notes_html(docrep)}</section>')
    main += [f'<section id="{escape(s.id)}"><h2>{escape(s.title)}</h2>{s.html}</section>' for s in sections]
    foot = (f'<footer class="eq7"><p>Written by <code>{escape(generator)}</code>. Every verdict, counterexample '
            "and correction on this page was computed by the checker; the page needs no network and no "
            "script.</p></footer>")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)}</title><style>{css(page=True)}</style></head><body>"
            + "".join(body) + '<main class="eq7">' + "".join(main) + "</main>" + foot + "</body></html>\n")
