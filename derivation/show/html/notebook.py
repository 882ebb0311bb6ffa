"""Rich display in notebooks: a step, a derivation or a document report as the companion's HTML
(with a Markdown fallback for front ends that show no HTML).

Each output carries its own stylesheet, scoped under `.eq7`, so it renders the same in Jupyter,
VS Code or an exported notebook; MathML needs no script there either.
"""
from __future__ import annotations

from html import escape

from .blocks import badge, claim_html, derivation_html, finding_html
from .mathml import math_html
from .style import css


def _wrap(body: str) -> str:
    return f'<div class="eq7 eq7-output"><style>{css(page=False)}</style>{body}</div>'


def _equation(lhs, rhs, letter: str = "Θ") -> str:
    from derivation.show.letters import in_letters
    from derivation.meaning.notation import latex_of

    try:
        tex = f"{latex_of(lhs)} = {latex_of(rhs)}"
    except Exception:  # an expression the printer does not know: show SymPy's own spelling
        return f"<pre><code>{escape(str(lhs))} = {escape(str(rhs))}</code></pre>"
    return f'<div class="math-display">{math_html(in_letters(tex, letter))}</div>'


def step_html(rep, letter: str = "Θ") -> str:
    """A StepReport: the equation, its verdict badge, rules, explanation and counterexample."""
    st = rep.step
    head = f"step {st.number}: row {st.from_row} = row {st.to_row}" if st.number else "step"
    body = f'<div class="row v-{rep.verdict}" data-verdict="{escape(rep.verdict)}"><div class="row-head">'
    body += f'<b>{escape(head)}</b> {badge(rep.verdict)}</div>'
    if st.lhs is not None and st.rhs is not None:
        body += _equation(st.lhs, st.rhs, letter)
    return _wrap(body + finding_html(rep, letter=letter) + "</div>")


def chain_html(report) -> str:
    """A ChainReport: every row with its verdict, then the claim."""
    from derivation.show.report import headline

    title = report.chain.title or "Derivation"
    return _wrap(f'<p class="result">{escape(headline(report))}</p>' + derivation_html(1, report, title))


def document_html(docrep) -> str:
    """A DocumentReport: the one-line result, every derivation, the reading notes."""
    from .page import headings, notes_html, result_html

    parts = [result_html(docrep)]
    heads = headings(docrep)
    parts += [derivation_html(d, rep, heads[d - 1]) for d, rep in enumerate(docrep.reports, 1)]
    parts.append(f"<h3>Reading notes</h3>{notes_html(docrep)}")
    return _wrap("".join(parts))


def verdict_html(v) -> str:
    """A classroom StepVerdict (derivation.classroom.check_step): the same look as a StepReport."""
    from derivation.meaning.chain import Step
    from derivation.judge.check import StepReport

    ce = getattr(v, "refuted_on", None)   # the instance the step was refuted on, with all its tables
    if ce is None and v.counterexample and "weights" in v.counterexample:   # the post's columns only
        ce = _counterexample_from_dict(v.counterexample)
    rep = StepReport(Step(0, 0, 0, v.before, v.after, None, None), v.verdict, tuple(v.rules), ce,
                     explanation=v.explanation)
    return step_html(rep, getattr(v, "letter", "Θ"))


def _counterexample_from_dict(d):
    import sympy

    from derivation.judge.instances import Counterexample, Instance

    k = d["states"]
    inst = Instance(k, tuple(d.get("data", ())), tuple(d["weights"]), tuple(d.get("denergy", (0,) * k)),
                    tuple(d.get("d2energy", (0,) * k)), sympy.Rational(d.get("theta", "0")), d.get("scale", 1))
    # what the sides used, as the fields say (shown_counterexample.fields leaves the rest out)
    inst.tables["_post_used"] = {used for used, key in (("data", "data"), ("derivative", "denergy")) if key in d}
    return Counterexample(inst, sympy.sympify(d["lhs_exact"]), sympy.sympify(d["rhs_exact"]),
                          tuple(d.get("at", {}).items()))


def step_markdown(rep) -> str:
    from derivation.meaning.notation import latex_of

    st = rep.step
    text = f"**{rep.verdict}**"
    if st.lhs is not None and st.rhs is not None:
        text += f"\n\n$$ {latex_of(st.lhs)} = {latex_of(st.rhs)} $$"
    if rep.rules:
        text += "\n\nRules: " + "; ".join(rep.rules) + "."
    text += "\n\n" + rep.explanation
    if rep.counterexample is not None:   # the values the step was refuted on, as the companion tables them
        from derivation.show.markdown_display import counterexample_table
        from derivation.show.shown_counterexample import fields
        text += "\n\n" + counterexample_table(fields(rep.counterexample))
    return text


def chain_markdown(report) -> str:
    from derivation.show.report import headline, summary

    lines = [f"**{headline(report)}**", ""]
    for s in report.steps:
        st = s.step
        lines.append(f"- step {st.number} (row {st.from_row} → row {st.to_row}): **{s.verdict}**. "
                     + s.explanation.replace("\n", " "))
    lines += ["", f"Claim: **{report.claim.verdict}**. {summary(report)}"]
    return "\n".join(lines)


__all__ = ["step_html", "chain_html", "document_html", "verdict_html", "step_markdown", "chain_markdown",
           "claim_html"]
