"""The checker's findings, for a reader (plain text) and for a program (JSON).

JSON, per the issue: {"steps": [{"from": row, "to": row, "from_line": n, "to_line": n,
"verdict": ..., "rules": [...], "counterexample": {"states": K, "data": [...], "energy": [...],
"denergy": [...], "lhs": v, "rhs": v} or null}], "claim": {...}}. Rows are numbered from 1 in
the chain; lines are 1-based lines of the source document. Extra keys (latex, explanation,
instances tried, exact values, weights w_k = e^{-E_k}) only add to that shape.
"""
from __future__ import annotations

import json
import textwrap

from derivation.judge.check import ChainReport, StepReport
from .letters import chain_letter, in_letters
from .plain_math import plain_math   # $...$ in an explanation, as the terminal can show it
from .read_messages import plain
from .shown_counterexample import fields as shown_fields
from .words import count, settle_plurals

LEGEND = ("Verdicts: PROVED = shown symbolically for every data size N and state-space size K; "
          "HOLDS = not proved, and no counterexample in the number of random finite instances shown; "
          "INVALID = a finite counterexample, printed so you can recompute it by hand; "
          "UNDECIDED = neither within the checker's budget (the limit reached is named); "
          "UNREADABLE = the row could not be read. Rows joined by an approximation or the definition of a new "
          "symbol are shown, not judged; an inequality is INVALID where an instance breaks it, else UNDECIDED.")


UNJUDGED = "unjudged"   # the verdict field of a link that is shown, not judged (approx, inequality, ...)
KIND_WORDS = {"approx": "an approximation", "inequality": "an inequality", "definition": "a definition of a new symbol",
              "not-equal": "a 'not equal'", "proportional": "a proportionality",
              "condition": "a condition the document imposes (=!), not an identity",
              "premise": "a premise the prose states (an inequality in a sentence), not a claim",
              "equivalence": "one side of an equivalence between equations (\\iff), not an identity"}


def step_dict(rep: StepReport, letter: str = "Θ") -> dict:
    st = rep.step
    return {
        "from": st.from_row, "to": st.to_row, "from_line": st.from_line, "to_line": st.to_line,
        "kind": getattr(st, "kind", "equality"),
        "verdict": rep.verdict, "rules": list(rep.rules),
        "counterexample": shown_fields(rep.counterexample) if rep.counterexample else None,
        "instances": rep.tried, "explanation": in_letters(settle_plurals(rep.explanation), letter),
        "justification": st.justification, "justification_matches": rep.justification_matches,
        "limit": rep.limit,
    }


def link_dict(st) -> dict:
    """A link that is shown, not judged (an approximation, an inequality, a new symbol's definition)."""
    return {"from": st.from_row, "to": st.to_row, "from_line": st.from_line, "to_line": st.to_line,
            "kind": st.kind, "verdict": UNJUDGED, "sign": st.sign, "rules": [], "counterexample": None,
            "instances": 0, "explanation": f"{KIND_WORDS.get(st.kind, st.kind).capitalize()} ({st.sign}): shown, "
            "not judged as an equality; the chain does not claim across it.",
            "justification": st.justification, "justification_matches": None}


def all_steps(report: ChainReport, letter: str = "Θ") -> list[dict]:
    """Judged steps and shown links, in the chain's order."""
    judged = {(s.step.from_row, s.step.to_row): s for s in report.steps}
    links = report.chain.links() if hasattr(report.chain, "links") else [s.step for s in report.steps]
    out = []
    for st in links:
        rep = judged.pop((st.from_row, st.to_row), None)
        out.append(step_dict(rep, letter) if rep is not None else link_dict(st))
    out += [step_dict(r, letter) for r in judged.values()]  # (none: every judged step is a link)
    return out


def to_dict(report: ChainReport) -> dict:
    chain = report.chain
    return {
        "source": chain.source, "title": chain.title,
        "rows": [{"row": k + 1, "line": r.line, "latex": r.latex, "rendered": in_letters(r.rendered, chain_letter(chain)),
                  "justification": r.justification, "notes": list(r.notes), "error": plain(r.error, r.latex)}
                 for k, r in enumerate(chain.rows)],
        "steps": all_steps(report, chain_letter(chain)),
        "claim": step_dict(report.claim, chain_letter(chain)),
        "on_track": list(report.on_track),
        "summary": summary(report),
    }


def to_json(report: ChainReport, indent: int | None = 2) -> str:
    return json.dumps(to_dict(report), indent=indent, ensure_ascii=False)


def text_width() -> int:
    """100 columns, or the terminal's width when printing to a narrower terminal (never under 60)."""
    import shutil
    import sys

    if not getattr(sys.stdout, "isatty", lambda: False)():
        return 100   # a file, a pipe, a test's capture: the same text every time
    return max(60, min(100, shutil.get_terminal_size((100, 24)).columns - 1))


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, width=text_width(), initial_indent=indent, subsequent_indent=indent,
                         break_long_words=False, break_on_hyphens=False)


def _num(v: float) -> str:
    return f"{v:.10g}"


def _value(v) -> str:
    from derivation.judge.instances import value_text
    return value_text(v)  # '3/4 = 0.75', or 'undefined (a division by zero or log 0)'



def counterexample_text(rep: StepReport, indent: str, letter: str = "Θ") -> list[str]:
    """The instance, with everything needed to recompute both sides by hand and nothing else
    (shown_counterexample.py); `letter`: the parameter as the document writes it (θ or Θ)."""
    from .shown_counterexample import lines
    return [_wrap(in_letters(settle_plurals(s), letter), indent) for s in lines(rep.counterexample, letter)]


def step_pretty(rep: StepReport) -> str:
    """One step as IPython's plain text shows it (display.py): the verdict, then its counterexample."""
    return "\n".join([f"{rep.verdict.upper()}: {rep.explanation}"]
                     + (counterexample_text(rep, "  ") if rep.counterexample else []))


def _step_title(rep: StepReport, chain) -> str:
    st = rep.step
    if st.from_row == st.to_row:
        return f"step {st.number}: row {st.from_row}'s left side = its right side"
    return f"step {st.number}: row {st.from_row} = row {st.to_row}"


def claim_span(st) -> str:
    """'row 1 (line 5) = row 4 (line 9)', or for a one-row derivation "row 1's own two sides (line 11)"."""
    if st.from_row == st.to_row:
        return f"row {st.from_row}'s own two sides (line {st.from_line})"
    return f"row {st.from_row} (line {st.from_line}) = row {st.to_row} (line {st.to_line})"


def step_words(rep: StepReport, chain) -> str:
    """A step's explanation; an unreadable one with the reader's message made plain (read_messages.py)."""
    if rep.verdict != "unreadable":
        return rep.explanation
    bad = [chain.rows[k - 1] for k in (rep.step.from_row, rep.step.to_row)
           if 0 < k <= len(chain.rows) and chain.rows[k - 1].error]
    return plain(rep.explanation, bad[0].latex) if bad else rep.explanation


def unread_rows(report: ChainReport) -> list[tuple[int, int | None]]:
    """(row, line) of every row that could not be read and that no judged step reaches: such a row
    is in no verdict, so the headline and the summary must name it."""
    touched = {r for s in report.steps if s.verdict == "unreadable" for r in (s.step.from_row, s.step.to_row)}
    return [(k + 1, row.line) for k, row in enumerate(report.chain.rows) if row.error and k + 1 not in touched]


def _rows_text(rows: list[tuple[int, int | None]]) -> str:
    names = [f"row {k}" + (f" (line {line})" if line else "") for k, line in rows]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _at(st) -> str:
    """Where a step is: 'lines 23->24', 'line 13' (a row's own two sides), or rows when lines are unknown."""
    if not st.from_line:
        return f"rows {st.from_row}->{st.to_row}"
    return f"line {st.from_line}" if st.from_line == st.to_line else f"lines {st.from_line}->{st.to_line}"


def headline(report: ChainReport) -> str:
    """One line: how many steps got which verdict, where the invalid ones are, which rows were not
    read, and the claim. "3 of 5 steps proved; row 4 could not be read" -- never a clean bill when
    a row was not read."""
    counts: dict[str, int] = {}
    for s in report.steps:  # any verdict the checker gives (proved, holds, invalid, undecided, unreadable, ...)
        counts[s.verdict] = counts.get(s.verdict, 0) + 1
    unread = unread_rows(report)
    total = len(report.steps) + len(unread)   # an unread row stands for the step that would reach it
    proved = counts.pop("proved", 0)
    if proved == total:
        parts = [f"all {count(total, 'step')} proved" if total > 1 else f"{count(total, 'step')} proved"]
    else:
        parts = [f"{proved} of {count(total, 'step')} proved"]
    bad = [s.step for s in report.steps if s.verdict == "invalid"]
    for v, n in counts.items():
        where = (" (at " + ", ".join(_at(st) for st in bad) + ")") if v == "invalid" else ""
        parts.append(f"{n} {v}{where}")
    shown = [st for st in getattr(report.chain, "links", lambda: [])() if not st.judged]
    if shown:
        parts.append(f"{len(shown)} shown, not judged ({', '.join(sorted({st.kind for st in shown}))})")
    text = "Result: " + ", ".join(parts)
    if unread:
        text += f"; {_rows_text(unread)} could not be read"
    c = report.claim
    span = ("" if not unread else f" (row {c.step.from_row}'s own two sides)" if c.step.from_row == c.step.to_row
            else f" (row {c.step.from_row} = row {c.step.to_row})")
    return text + f"; end-to-end claim{span} {c.verdict}."


def summary(report: ChainReport) -> str:
    """The checker's summary, told honestly: a row that could not be read is named first (the
    checker's own summary speaks only of the steps it judged), and counts are in plain words."""
    text = in_letters(settle_plurals(report.summary), chain_letter(report.chain))
    unread = unread_rows(report)
    if not unread:
        return text
    rows = _rows_text(unread)
    verb = "was" if len(unread) == 1 else "were"
    text = text.replace("Every step is valid, and", "Every step that was read is valid, and")
    return (f"{rows[0].upper() + rows[1:]} could not be read, so the derivation {verb} not checked there "
            f"(see the reading notes). {text}")


def _track_note(report: ChainReport, k: int) -> list[str]:
    """Where a row stands against the claim's left side, when that changes (computed by the checker)."""
    track = report.on_track
    here, before = track[k], (track[k - 1] if k > 0 else None)
    if here is False and before is not False:
        return ["    >> From this row on the chain no longer equals the claim's left side."]
    if here is True and before is False:
        return ["    >> This row equals the claim's left side again: the errors above cancel here."]
    return []


def to_text(report: ChainReport, legend: bool = True) -> str:
    """Every row of one derivation with its verdict (`eq7 check --verbose`); `legend=False` when the
    caller prints the verdict legend once for a whole document (short_report.py)."""
    chain = report.chain
    out = [f"eq7 check: {chain.title or 'derivation'}" + (f"  [{chain.source}]" if chain.source else ""),
           headline(report)] + ([_wrap(LEGEND, "")] if legend else []) + [""]
    out += [_wrap(f"Note: {n}", "") for n in chain.notes]
    by_to = {s.step.to_row: s for s in report.steps}
    shown = {st.to_row: st for st in getattr(chain, "links", lambda: [])() if not st.judged}
    for k, row in enumerate(chain.rows):
        where = f"row {k + 1}" + (f", line {row.line}" if row.line else "")
        same = k > 0 and row.latex and row.latex == chain.rows[k - 1].latex
        out.append("")
        # the row as written, wrapped at its spaces like every other line (a long LaTeX row ran to 300 columns)
        out.append(textwrap.fill(f"{where}:  " + ("(the same source row as above)" if same else " ".join(row.latex.split())),
                                 width=text_width(), subsequent_indent="    ", break_long_words=False,
                                 break_on_hyphens=False))
        if not same:
            out += [_wrap(f"note: {n}", "    ") for n in row.notes]
        if row.error:
            out.append(_wrap(f"could not be read: {plain(row.error, row.latex)}", "    "))
        else:
            out.append(_wrap("read as: " + in_letters(row.rendered, chain_letter(chain)), "    "))   # the source row above stays verbatim
        rep = by_to.get(k + 1)
        if rep is None and k + 1 in shown:
            st = shown[k + 1]
            out.append(_wrap(f"{st.kind.upper()} ({st.sign}), shown, not judged -- {KIND_WORDS.get(st.kind, st.kind)} "
                             f"from row {st.from_row}: the chain does not claim across it", "    "))
        if rep is None:
            continue
        extra = (f" (no counterexample in {count(rep.tried, 'instance')})" if rep.verdict == "holds" else
                 f" (limit reached: {getattr(rep, 'limit', '') or 'see below'})" if rep.verdict == "undecided" else "")
        out.append(f"    {rep.verdict.upper()}{extra}  -- {_step_title(rep, chain)}")
        if rep.rules:
            out.append(_wrap("rules: " + "; ".join(rep.rules), "    "))
        if rep.step.justification:
            said = "matches the proof" if rep.justification_matches else "is not among the rules the proof needed"
            out.append(_wrap(f"the row cites '{rep.step.justification}', which {said}", "    "))
        out.append(_wrap(plain_math(in_letters(settle_plurals(step_words(rep, chain)), chain_letter(chain))), "    "))
        if rep.counterexample:
            out += counterexample_text(rep, "    ", chain_letter(chain))
        out += _track_note(report, k)
    c = report.claim
    out += ["", f"Claim: {claim_span(c.step)}, end to end:  {c.verdict.upper()}"]
    if c.rules:
        out.append(_wrap("rules: " + "; ".join(c.rules), "    "))
    if c.counterexample:
        out += counterexample_text(c, "    ", chain_letter(chain))
    elif c.verdict != "proved":
        out.append(_wrap(plain_math(in_letters(settle_plurals(c.explanation), chain_letter(chain))), "    "))
    out += ["", _wrap("Summary: " + plain_math(summary(report)), "")]
    return "\n".join(out)
