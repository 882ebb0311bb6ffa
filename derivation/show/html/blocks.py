"""The pieces of the page, one report object each: a verdict badge, a counterexample as tables,
a corrected row, a row of a derivation with its step, the claim of a derivation.

Every piece is computed from the checker's report; nothing here decides a verdict.
"""
from __future__ import annotations

import re
from collections import Counter
from fractions import Fraction
from html import escape

import sympy

from derivation.show.letters import in_letters
from derivation.show.read_messages import plain
from derivation.show.words import settle_plurals
from .mathml import math_html
from .prose_math import text_html
from .style import NEUTRAL, VERDICT_STYLE

LEGEND = (
    ("proved", "shown symbolically for every data size N and state-space size K, with the rules used."),
    ("holds", "not proved, and no counterexample in the (stated) number of random finite instances."),
    ("invalid", "a finite counterexample, confirmed exactly, small enough to recompute by hand."),
    ("undecided", "neither a proof nor a counterexample within the checker's budget; the limit "
                  "reached is named."),
    ("unreadable", "the row could not be read; where and why is said."),
)


def slug(verdict: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", str(verdict).lower()).strip("-") or "none"


def badge(verdict: str) -> str:
    """Colour, symbol and the verdict's name: never colour alone. Any verdict string works."""
    symbol = VERDICT_STYLE.get(verdict, NEUTRAL)[0]
    return (f'<span class="badge v-{slug(verdict)}" data-verdict="{escape(verdict)}">'
            f'<span aria-hidden="true">{symbol}</span> {escape(verdict)}</span>')


def legend_html() -> str:
    items = "".join(f"<li>{badge(v)} {escape(text)}</li>" for v, text in LEGEND)
    return f'<ul class="legend">{items}</ul>'


def _num(v: float) -> str:
    text = f"{v:.6g}"
    return "0" if text == "-0" else text.replace("-", "−")


def _value_cell(v) -> str:
    """An exact value (SymPy) as math, and its decimal when they differ."""
    exact = math_html(sympy.latex(v), display=False)
    try:
        approx = _num(float(v))
    except (TypeError, ValueError):
        return exact
    return exact if str(v) == f"{float(v):.6g}" else f"{exact} ≈ {approx}"


def _row(label_tex: str, cells, scope_note: str = "") -> str:
    head = math_html(label_tex, display=False) + (f" {escape(scope_note)}" if scope_note else "")
    return f'<tr><th scope="row">{head}</th>' + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


def counterexample_html(ce, step=None, caption: str = "Counterexample", letter: str = "Θ") -> str:
    """The instance as a table (one column per state), then both sides' values; `letter`: the
    parameter as the document writes it (θ or Θ)."""
    inst = ce.instance
    k = inst.states
    z = Fraction(sum(inst.weights), inst.scale)
    counts = Counter(inst.data)
    data = ", ".join(str(s) for s in inst.data)
    n = len(inst.data)
    at = "".join(f", {escape(str(name))} = {value}" for name, value in ce.at)
    t = r"\theta" if letter == "θ" else r"\Theta"
    from derivation.show.shown_counterexample import post_data_used, post_derivative_used
    used = post_data_used(inst)   # no data line, no data row, when the sides do not use the data
    slopes = post_derivative_used(inst)   # no ∂E row when the sides take no derivative
    data_words = (f"N = {n} data point{'s' if n > 1 else ''} x<sup>(1..N)</sup> = ({data}), " if used else "")
    head = (f"<b>{escape(caption)}:</b> K = {k} state{'s' if k > 1 else ''}, {data_words}"
            f"at {escape(letter)} = {escape(str(inst.theta))}{at}. "
            f"Then Z = {z}; recompute both sides from this table.")
    rows = [
        '<tr><th scope="col">state k</th>' + "".join(f'<th scope="col">{s}</th>' for s in range(1, k + 1)) + "</tr>",
        _row(r"e^{-E_k}", [str(inst.boltzmann(s)) for s in range(1, k + 1)]),
        _row(r"E_k", [_num(e) for e in inst.energy]),
    ] + ([_row(rf"\partial E_k / \partial {t}", [_num(d) for d in inst.denergy])] if slopes else [])
    if any(inst.d2energy) and slopes:
        rows.append(_row(rf"\partial^2 E_k / \partial {t}^2", [_num(d) for d in inst.d2energy]))
    rows.append(_row(rf"P_{{{t}}}(k)", [str(Fraction(w, sum(inst.weights))) for w in inst.weights]))
    if used:
        rows.append('<tr><th scope="row">times in the data</th>'
                    + "".join(f"<td>{counts.get(s, 0)}</td>" for s in range(1, k + 1)) + "</tr>")
    left, right = "left side", "right side"
    if step is not None and step.from_row != step.to_row:
        left, right = f"row {step.from_row}", f"row {step.to_row}"
    elif step is not None:
        left, right = f"row {step.from_row}, left side", f"row {step.from_row}, right side"
    sides = (f'<table class="sides"><tr><th scope="col">{left}</th><th scope="col">{right}</th></tr>'
             f"<tr><td>{_value_cell(ce.lhs)}</td><td>{_value_cell(ce.rhs)}</td></tr></table>")
    from derivation.show.shown_counterexample import instance_kind
    if instance_kind(inst) == "rbm":   # units and weights, in the same words as the text report
        from derivation.show.shown_counterexample import fields, rbm_lines
        head = f"<b>{escape(caption)}:</b> " + escape(" ".join(rbm_lines(fields(ce), with_at=True))).replace("Counterexample: ", "", 1)
        return (f'<figure class="counterexample" data-instance="rbm"><figcaption>{head}</figcaption>'
                f'<div class="scroll">{sides}</div></figure>')
    if instance_kind(inst) != "post":  # the general vocabulary: the sides were computed on these tables
        from .general_tables import general_counterexample_html
        return general_counterexample_html(ce, sides, caption)
    return (f'<figure class="counterexample"><figcaption>{head}</figcaption>'
            f'<div class="scroll"><table class="instance">{"".join(rows)}</table></div>'
            f'<div class="scroll">{sides}</div></figure>')


def correction_html(fix, letter: str = "Θ") -> str:
    if fix is None:
        return ('<div class="correction" data-corrected="none"><p><b>Corrected row:</b> none found. None of the '
                "rewrites tried (a data sum taken over the states, a sign, a factor N, derivative and "
                "expectation, log and sum) makes the step valid.</p></div>")
    if getattr(fix, "unchanged", False):
        return (f'<div class="correction" data-corrected="unchanged"><p><b>Corrected row:</b> '
                f"{text_html(fix.how)}.</p></div>")
    return (f'<div class="correction" data-corrected="yes"><p><b>Corrected row</b> ({text_html(in_letters(fix.how, letter))}):</p>'
            f'<div class="math-display">{math_html("= " + in_letters(fix.latex, letter))}</div></div>')


def row_id(d: int, k: int) -> str:
    return f"d{d}-row{k}"


def _step_title(st) -> str:
    if st.from_row == st.to_row:
        return f"step {st.number}: the row's left side = its right side"
    return f"step {st.number}: row {st.from_row} = row {st.to_row}"


def finding_html(rep, fix=None, with_fix: bool = False, letter: str = "Θ") -> str:
    """What the checker found for one step: rules, explanation, counterexample, correction."""
    out = []
    if rep.rules:
        out.append(f'<p class="rules"><b>Rules:</b> {escape("; ".join(rep.rules))}.</p>')
    if rep.verdict == "holds" and rep.tried:
        out.append(f'<p class="rules">No counterexample in {rep.tried} random finite instances.</p>')
    if rep.explanation:
        out.append(f'<p class="explanation">{text_html(in_letters(settle_plurals(rep.explanation), letter))}</p>')
    just = rep.step.justification
    if just:
        said = "matches the proof" if rep.justification_matches else "is not among the rules the proof needed"
        out.append(f'<p class="rules">The row cites “{escape(just)}”, which {said}.</p>')
    if rep.counterexample is not None:
        out.append(counterexample_html(rep.counterexample, rep.step if rep.step.number else None, letter=letter))
    if with_fix:
        out.append(correction_html(fix, letter))
    return '<div class="finding">' + "".join(out) + "</div>"


def _letter(report) -> str:
    """The document's letter for the post's parameter (θ or Θ); Θ without a report."""
    from derivation.show.report import chain_letter
    return chain_letter(report.chain) if report is not None else "Θ"


def _track_note(on_track, k: int) -> str:
    here, before = on_track[k], (on_track[k - 1] if k > 0 else None)
    if here is False and before is not False:
        return '<p class="track">From this row on, the chain no longer equals the claim’s left side.</p>'
    if here is True and before is False:
        return '<p class="track">This row equals the claim’s left side again: the errors above cancel here.</p>'
    return ""


def row_html(d: int, k: int, row, reps, report, fixes, same_as_above: bool = False) -> str:
    """Row k (1-based) of derivation d: math, TeX, the verdict of the step ending here."""
    rep = reps[0] if reps else None
    verdict = rep.verdict if rep is not None else ("unreadable" if row.error else "start")
    rid = row_id(d, k)
    where = f"line {row.line}" if row.line else ""
    head = [f'<a class="row-link" href="#{rid}">Row {k}</a>',
            f'<span class="where">{where}</span>' if where else "",
            badge(verdict) if rep is not None or row.error else '<span class="badge v-start" data-verdict="start">start</span>']
    if rep is not None:
        head.append(f'<span class="step-title">{escape(_step_title(rep.step))}</span>')
    parts = [f'<div class="row-head">{"".join(head)}</div>']
    if same_as_above:
        parts.append('<p class="note">The same source row as above.</p>')
    parts.append(f'<div class="math-display">{math_html(row.latex)}</div>')
    if not same_as_above:
        parts += [f'<p class="note">Note: {text_html(n)}</p>' for n in row.notes]
    tex = f'<pre><code>{escape(row.latex)}</code></pre>'
    if row.error:
        parts.append(f'<p class="explanation"><b>Could not be read:</b> {escape(plain(row.error, row.latex))}</p>')
    else:
        tex += f'<div class="read-as">read as: {math_html(in_letters(row.rendered, _letter(report)))}</div>'
    parts.append(f'<details class="tex"><summary>TeX of the row, and how the checker read it</summary>{tex}</details>')
    for r in reps:
        parts.append(finding_html(r, fixes.get(r.step.number), with_fix=r.verdict == "invalid",
                                  letter=_letter(report)))
    if report is not None and k - 1 < len(report.on_track):
        parts.append(_track_note(report.on_track, k - 1))
    return (f'<li class="row v-{slug(verdict)}" id="{rid}" data-row="{k}" data-verdict="{escape(verdict)}">'
            + "".join(parts) + "</li>")


def claim_html(d: int, report) -> str:
    c = report.claim
    st = c.step
    lines = f" (line {st.from_line} = line {st.to_line})" if st.from_line and st.to_line else ""
    body = [f'<p><b>Claim, end to end:</b> <a href="#{row_id(d, st.from_row)}">row {st.from_row}</a> = '
            f'<a href="#{row_id(d, st.to_row)}">row {st.to_row}</a>{lines} {badge(c.verdict)}</p>']
    body.append(finding_html(c, letter=_letter(report)))
    from derivation.show.report import summary  # the honest summary: unread rows named
    body.append(f'<p class="summary"><b>Summary:</b> {text_html(summary(report))}</p>')
    return f'<div class="claim" id="d{d}-claim" data-verdict="{escape(c.verdict)}">' + "".join(body) + "</div>"


def derivation_html(d: int, report, heading: str = "") -> str:
    """Derivation d (1-based) of a document: every row, then its claim."""
    from derivation.judge.corrections import corrections

    fixes = corrections(report)
    by_to: dict[int, list] = {}
    for s in report.steps:
        by_to.setdefault(s.step.to_row, []).append(s)
    rows = report.chain.rows
    items = []
    for k, row in enumerate(rows, start=1):
        same = k > 1 and bool(row.latex) and row.latex == rows[k - 2].latex
        items.append(row_html(d, k, row, by_to.get(k, []), report, fixes, same))
    title = f"<h2>{escape(heading)}</h2>" if heading else ""
    return (f'<section class="derivation" id="d{d}" data-rows="{len(rows)}">{title}'
            f'<ol class="rows">{"".join(items)}</ol>{claim_html(d, report)}</section>')
