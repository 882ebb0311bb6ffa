"""The checker's reports as Markdown for Jupyter (math in $...$, rendered by the notebook's MathJax).

A fallback beside the HTML companion: every report (one step, a chain, a whole document, a
`check_step` verdict) shows its rows as mathematics, each verdict with a text label (not a
colour alone), the rule found, and an invalid step's counterexample as a table a student can
recompute by hand: per state, how often the data visit it, e^{-E}, E, dE/dTheta and P.

    step_markdown(StepReport)      chain_markdown(ChainReport)
    document_markdown(DocumentReport)   verdict_markdown(classroom.StepVerdict)
    counterexample_table(dict)     the table, from shown_counterexample.fields
"""
from __future__ import annotations

import re
from fractions import Fraction

from derivation.meaning.notation import latex_of
from .shown_counterexample import fields as shown_fields

BADGE = {"proved": "✅ **proved**", "holds": "☑️ **holds**", "invalid": "❌ **invalid**",
         "undecided": "❓ **undecided**", "unreadable": "⚠️ **unreadable**"}
LEGEND = ("*proved*: shown symbolically for every data size N and state-space size K; "
          "*holds*: no proof, and no counterexample in the random finite instances tried; "
          "*invalid*: a finite counterexample, tabled so you can recompute both sides by hand; "
          "*unreadable*: the row could not be read.")
_SPECIAL = re.compile(r"([\\`*_~|<>\[\]#$])")


def badge(verdict: str) -> str:
    return BADGE.get(verdict, f"**{verdict}**")


def text(s: str) -> str:
    """Plain prose made inert in Markdown: `E_{x~P}` stays as written (no emphasis, no strike)."""
    return _SPECIAL.sub(r"\\\1", s or "")


def prose_with_math(s: str) -> str:
    """Prose whose $...$ pieces are mathematics (the corrections' descriptions): escape the rest."""
    parts = re.split(r"(\$[^$]+\$)", s or "")
    return "".join(p if len(p) > 1 and p.startswith("$") and p.endswith("$") else text(p) for p in parts)


def explanation(s: str, letter: str = "Θ") -> str:
    """The checker's words (they may hold $...$ math); the verdict is already in the badge."""
    from .letters import in_letters
    from .words import settle_plurals
    return prose_with_math(re.sub(r"^(Invalid|Valid)[.:]\s*", "", in_letters(settle_plurals(s or ""), letter)))


def display_math(latex: str) -> str:
    """A row as printed, as a display: alignment marks dropped, one line (Markdown keeps $$ blocks
    intact only when no blank line sits inside)."""
    return "$$" + " ".join(latex.replace("&", " ").split()) + "$$"


def _num(v) -> str:
    return f"{v:.6g}" if isinstance(v, float) else str(v)


def _symbol(name: str) -> str:
    """A parameter's name as LaTeX (theta -> \\theta)."""
    import sympy
    try:
        return sympy.latex(sympy.Symbol(name))
    except (TypeError, ValueError):  # pragma: no cover - a name SymPy cannot hold
        return text(name)


_DERIVATIVE = [(re.compile(r"^d/d(\w+)$"), lambda m: rf"$\partial/\partial {_symbol(m[1])}$"),
               (re.compile(r"^d2/d(\w+)2$"), lambda m: rf"$\partial^2/\partial {_symbol(m[1])}^2$"),
               (re.compile(r"^d2/d(\w+)d(\w+)$"),
                lambda m: rf"$\partial^2/\partial {_symbol(m[1])}\,\partial {_symbol(m[2])}$")]
_LETTER = {"energy": "E", "logit": r"\ell", "function": "f"}
# The value column of an entry, by the key the instance stores it under (older instances: "base").
_VALUE_KEYS = {"e^{-E}": r"$e^{-E}$ at the point", "e^{g}": r"$e^{g}$ at the point", "value": "value",
               "base": r"base ($e^{-E}$ for an energy)"}


def _column(key: str) -> str:
    for pattern, fmt in _DERIVATIVE:
        m = pattern.match(key)
        if m:
            return fmt(m)
    return _VALUE_KEYS.get(key, text(key))


def _flat(args) -> list[str]:
    out = []
    for a in args if isinstance(args, tuple) else (args,):
        if isinstance(a, tuple):
            out += _flat(a)
        else:
            out.append(str(a).strip("()").replace(" ", ""))
    return out


def _entry(name: str) -> str:
    """"E('(1, 2)',)" or 'energy((1, 2),)' -> $E(1,2)$; anything unexpected stays as written."""
    import ast
    m = re.match(r"^([A-Za-z_]\w*)(\(.*\))$", name)
    try:
        args = ast.literal_eval(m[2]) if m else None
    except (ValueError, SyntaxError):
        args = None
    if args is None:
        return text(name)
    letter = _LETTER.get(m[1], m[1] if len(m[1]) == 1 else None)
    if letter is None:
        return text(name)
    return f"${letter}({', '.join(_flat(args))})$"


def general_tables(c: dict) -> str:
    """A counterexample of the general vocabulary: every table entry it used (energies, logits,
    functions, masses, the points where parameters are evaluated), as Markdown; the sizes only
    when the two sides used them (shown_counterexample.fields leaves the others out)."""
    tables = {k: v for k, v in c["tables"].items() if not str(k).startswith("_")}
    points = {k[:-2].strip(): v for k, v in tables.items() if k.endswith(" =")}
    scalars = {k: v for k, v in tables.items() if not isinstance(v, dict) and not k.endswith(" =")}
    entries = {k: v for k, v in tables.items() if isinstance(v, dict)}
    keys = {key for e in entries.values() for key in e}
    values = [k for k in _VALUE_KEYS if k in keys]
    cols = values + sorted(keys - set(values))
    at = c.get("at") or {}
    sizes = []
    if "states" in c:
        sizes.append(f"$K = {c['states']}$ state{'s' if c['states'] > 1 else ''}")
    if "hidden_states" in c:
        m = c["hidden_states"]
        sizes.append(f"$M = {m}$ latent state{'s' if m > 1 else ''}")
    if "data" in c:
        sizes.append("data $x^{(1)}, \\dots, x^{(N)}$ = " + ", ".join(map(str, c["data"])))
    if "components" in c:
        sizes.append(f"vector parameters with {c['components']} component{'s' if c['components'] > 1 else ''}")
    out = ["Counterexample: " + ", ".join(sizes or ["no state space or data enter the two sides"])
           + ("; evaluated at " + ", ".join(f"${_symbol(p)} = {v}$" for p, v in points.items()) if points else "")
           + ("; with " + ", ".join(f"${text(k)} = {v}$" for k, v in at.items()) if at else "")
           + ("; " + ", ".join(f"{text(k)} = {v}" for k, v in scalars.items()) if scalars else "") + "."]
    from .shown_counterexample import reading_notes
    sizes_used = {k for k, key in (("hidden", "hidden_states"), ("states", "states")) if key in c}
    notes = reading_notes(tables, sizes_used, c.get("shifted") or {}, c.get("temperature") or ())
    out += ["", " ".join(map(text, notes))] if notes else []
    if entries:
        out += ["", "| entry | " + " | ".join(map(_column, cols)) + " |", "|" + "---|" * (len(cols) + 1)]
        out += [f"| {_entry(name)} | " + " | ".join(str(e.get(x, "")) for x in cols) + " |"
                for name, e in entries.items()]
    return "\n".join(out)


def counterexample_table(c: dict, letter: str = "Θ") -> str:
    """Markdown table of a counterexample (the dict of shown_counterexample.fields / StepVerdict);
    `letter`: the parameter as the document writes it (θ or Θ)."""
    if c.get("instance") == "rbm":   # units and weights, in the same words as the text report
        from .shown_counterexample import rbm_lines
        return (" ".join(map(text, rbm_lines(c, with_at=True))) + f"\n\nLeft side = {exact_math(c.get('lhs_exact'), c['lhs'])}; "
                f"right side = {exact_math(c.get('rhs_exact'), c['rhs'])}.")
    if c.get("tables"):  # the general vocabulary's instance: its own tables are what was used
        sides = (f"Left side = {exact_math(c.get('lhs_exact'), c['lhs'])}; "
                 f"right side = {exact_math(c.get('rhs_exact'), c['rhs'])}.")
        return general_tables(c) + "\n\n" + sides
    t = r"\theta" if letter == "θ" else r"\Theta"
    k = c["states"]
    weights = c.get("weights") or [None] * k
    scale = c.get("scale", 1)   # e^{-E_k} = weights[k] / scale
    z = Fraction(sum(weights), scale) if None not in weights else None
    data_used = "data" in c   # shown_counterexample.fields leaves the data out when the sides do not use it
    counts = [list(c.get("data", ())).count(s) for s in range(1, k + 1)]
    second = c.get("d2energy")
    slopes = "denergy" in c   # left out by fields() when the sides take no derivative
    head = ["state $k$"] + (["times in the data"] if data_used else []) + [f"$e^{{-E_{t}(k)}}$", f"$E_{t}(k)$"] + (
        [f"$\\partial E_{t}(k)/\\partial {t}$"] if slopes else [])
    if second:
        head.append(f"$\\partial^2 E_{t}(k)/\\partial {t}^2$")
    head.append(f"$P_{t}(k) = e^{{-E_{t}(k)}}/Z_{t}$")
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for s in range(k):
        boltzmann = Fraction(weights[s], scale) if weights[s] is not None else None
        cells = [str(s + 1)] + ([str(counts[s])] if data_used else []) + [_num(boltzmann), _num(c["energy"][s])] + (
            [_num(c["denergy"][s])] if slopes else [])
        if second:
            cells.append(_num(second[s]))
        cells.append(str(Fraction(weights[s], sum(weights))) if z else "")
        lines.append("| " + " | ".join(cells) + " |")
    n = len(c.get("data", ()))
    data = (f", $N = {n}$ data point{'s' if n > 1 else ''} $x^{{(1)}}, \\dots, x^{{(N)}}$ = "
            + ", ".join(str(s) for s in c["data"])) if data_used else ""
    where = f"at ${t} = {c.get('theta', 0)}$"
    at = c.get("at")
    given = ("; with " + ", ".join(f"${name} = {value}$" for name, value in at.items())) if at else ""
    lhs, rhs = exact_math(c.get("lhs_exact"), c["lhs"]), exact_math(c.get("rhs_exact"), c["rhs"])
    return "\n".join([
        f"Counterexample ({where}): $K = {k}$ state{'s' if k > 1 else ''}{data}"
        + (f"; $Z_{t} = {z}$" if z else "") + given + ".",
        "", *lines, "",
        f"Left side = {lhs}; right side = {rhs}.",
    ])


def exact_math(exact, value) -> str:
    """An exact value (SymPy's string) as inline math, with its decimal when they differ: $\\log 3$ (1.09861)."""
    approx = _num(float(value))
    if exact is None:
        return approx
    try:
        import sympy
        tex = sympy.latex(sympy.sympify(exact))
    except (sympy.SympifyError, TypeError, ValueError):
        return f"{text(str(exact))} ({approx})"
    return f"${tex}$" + ("" if str(exact) == approx else f" ({approx})")


def _step_body(rep, correction=None, letter: str = "Θ") -> list[str]:
    out = [badge(rep.verdict) + (" · rules: " + text("; ".join(rep.rules)) if rep.rules else "")]
    if rep.step.justification:
        said = "matches the proof" if rep.justification_matches else "is not among the rules the proof needed"
        out.append(f"The row cites *{text(rep.step.justification)}*, which {said}.")
    if rep.verdict != "proved":
        out += ["", explanation(rep.explanation, letter)]
    if rep.counterexample is not None:
        out += ["", counterexample_table(shown_fields(rep.counterexample), letter)]
    if correction is not None:
        from .letters import in_letters
        out += ["", f"Corrected row ({prose_with_math(in_letters(correction.how, letter))}):", "",
                display_math("= " + in_letters(correction.latex, letter))]
    return out


def step_markdown(rep) -> str:
    """One StepReport: the equation it checks, then the verdict, rules or counterexample."""
    st = rep.step
    math = display_math(f"{latex_of(st.lhs)} = {latex_of(st.rhs)}") if st.lhs is not None and st.rhs is not None \
        else ""
    return "\n\n".join([math, *_step_body(rep)]).strip()


def _row_math(row) -> str:
    if row.error:
        from .read_messages import plain
        return f"could not be read: {text(plain(row.error, row.latex))}\n\n```latex\n{row.latex}\n```"
    return display_math(row.latex or row.rendered)


def _headline(report) -> str:
    from .report import headline
    return text(headline(report))


def chain_markdown(report, title: str | None = None, corrected: bool = True, legend: bool = True) -> str:
    """A ChainReport row by row; invalid steps with their counterexample table and, when the
    checker finds one, a corrected row (derivation.judge.corrections: computed, never looked up)."""
    fixes = {}
    if corrected and any(s.verdict == "invalid" for s in report.steps):
        from derivation.judge.corrections import corrections
        fixes = corrections(report)
    chain = report.chain
    from .letters import in_letters
    from .report import chain_letter
    letter = chain_letter(chain)
    out = [f"#### {text(title or chain.title or 'Derivation')}", "", "**" + _headline(report) + "**", ""]
    out += [f"*Note:* {text(n)}" for n in chain.notes]
    by_to = {}
    for s in report.steps:
        by_to.setdefault(s.step.to_row, []).append(s)
    for k, row in enumerate(chain.rows):
        where = f"**Row {k + 1}**" + (f" (line {row.line})" if row.line else "")
        same = k > 0 and row.latex and row.latex == chain.rows[k - 1].latex
        out += ["", where, ""]
        if same:
            out.append("(the same source row as above: it holds two equations)")
        else:
            out.append(_row_math(row))
            out += [f"\n*Note:* {text(n)}" for n in row.notes]
        for rep in by_to.get(k + 1, []):
            out += [""] + _step_body(rep, fixes.get(rep.step.number), letter)
    c = report.claim
    out += ["", f"**Claim** (row {c.step.from_row} = row {c.step.to_row}, end to end): {badge(c.verdict)}"]
    if c.counterexample is not None:
        out += ["", counterexample_table(shown_fields(c.counterexample), letter)]
    from .report import summary  # the honest summary: unread rows named
    out += ["", "*Summary:* " + prose_with_math(in_letters(summary(report), letter))]
    if legend:
        out += ["", f"<small>{LEGEND}</small>"]
    return "\n".join(out)


def document_markdown(docrep) -> str:
    """Every derivation of a checked document, its reading notes, and the exit status in words."""
    out = []
    for n in docrep.doc.notes:
        out.append(f"*Reading note* (line {n.line}, column {n.column}): {text(n.message)}; a slip of the "
                   "document, read as it means, not a failure.")
    for e in docrep.doc.errors:
        out.append(f"⚠️ **unreadable** line {e.line}, column {e.column}: {text(e.message)}"
                   + (f" (expected {text(e.expected)})" if e.expected else ""))
    from .html.page import headings   # numbered among the derivations; statements in the prose apart
    for rep, title in zip(docrep.reports, headings(docrep)):
        out += ["", chain_markdown(rep, title, legend=False)]
    out += ["", f"<small>{LEGEND}</small>"]   # once for the document
    word = {0: "every step is valid", 1: "some step is invalid", 2: "something could not be read"}
    out += ["", f"**Status {docrep.status}**: {word[docrep.status]}."]
    return "\n".join(out).strip()


def verdict_markdown(v) -> str:
    """A classroom StepVerdict (check_step on two LaTeX strings)."""
    out = []
    if v.before is not None and v.after is not None:
        out.append(display_math(f"{latex_of(v.before)} = {latex_of(v.after)}"))
    out.append(badge(v.verdict) + (" · rules: " + text("; ".join(v.rules)) if v.rules else ""))
    if v.verdict != "proved":
        out.append(explanation(v.explanation))
    if v.counterexample:
        out.append(counterexample_table(v.counterexample))
    return "\n\n".join(out)
