"""The summary of a checked derivation, in words (split from check.py): how many steps are invalid or
undecided and why, which rows leave the claim's track, which invalid steps land back on it, and what went
wrong at each.

    chain_summary(chain, steps, claim, track) -> str
"""
from __future__ import annotations

from derivation.meaning.chain import Chain, Step
from .verdict import VALID


def _where(step: Step) -> str:
    """'lines 23->24 (rows 6->7)', or just the rows when the source lines are unknown."""
    rows = f"rows {step.from_row}->{step.to_row}"
    return f"lines {step.from_line}->{step.to_line} ({rows})" if step.from_line and step.to_line else rows


def _first_sentence(text: str) -> str:
    head, sep, _ = text.partition(". ")
    return head + "." if sep else text


def _runs(rows, word="row") -> str:
    """[24, 25, 26, 28] -> 'rows 24-26 and 28'."""
    runs, start = [], None
    for k, r in enumerate(rows):
        if start is None:
            start = r
        if k + 1 == len(rows) or rows[k + 1] != r + 1:
            runs.append(f"{start}" if start == r else f"{start}-{r}")
            start = None
    word = word if len(rows) == 1 else word + "s"
    return f"{word} " + (", ".join(runs[:-1]) + " and " + runs[-1] if len(runs) > 1 else runs[0])


# why a step is undecided, in words: only some limits are budgets
_OPEN = {"reading": "its readings disagree", "definition": "refuted only against a definition of the document",
         "condition": "not refuted inside the row's condition", "internal error": "an internal error of the checker",
         "proportionality": "the variable of a proportionality cannot be told", "relation": "a relation the "
         "checker does not judge", "inequality": "an inequality no instance violates (inequalities are not proved)",
         "declaration": "the document declares a state's space the checker does not read in the row"}


def _why_open(limit) -> str:
    return _OPEN.get(limit or "", f"over the checker's budget: {limit or 'budget'}")


def chain_summary(chain: Chain, steps, claim, track) -> str:
    """The summary line of a checked chain (ChainReport.summary)."""
    bad = [s for s in steps if s.verdict == "invalid"]
    unread = [s for s in steps if s.verdict == "unreadable"]
    if claim.verdict == "unreadable" or unread:
        return (f"{len(unread)} step(s) could not be read; the verdicts of the rest stand on their own.")
    if claim.verdict == "invalid":
        return ("The claim itself is false: the first and last rows differ (see the counterexample). "
                + _first_sentence(claim.explanation.removeprefix("Invalid. ")) + f" {len(bad)} step(s) are invalid.")
    claim_word = {"proved": "proved", "holds": "not refuted (holds)"}.get(
        claim.verdict, f"undecided ({_why_open(claim.limit)})")
    open_ = [s for s in steps if s.verdict == "undecided"]
    if open_:
        head = (f"{len(open_)} step(s) are undecided ("
                + "; ".join(sorted({_why_open(s.limit) for s in open_})) + "); ")
        if not bad:
            return head + f"no step is invalid, and the end-to-end claim is {claim_word}."
    if not bad:
        return f"Every step is valid, and the end-to-end claim is {claim_word}."
    off = [k + 1 for k, t in enumerate(track) if t is False]
    back = [s for s in bad if track[s.step.to_row - 1] is True and s.step.kind != "inequality"]
    text = head if open_ else ""
    if claim.verdict in VALID and any(s.step.kind != "inequality" for s in bad):
        text += (f"The end-to-end claim is {claim_word} although {len(bad)} step(s) are invalid: the errors "
                 f"compensate. ")
    else:
        text += f"{len(bad)} step(s) are invalid, and the end-to-end claim is {claim_word}. "
    if off:
        lines = [chain.rows[k - 1].line for k in off]
        where = f" (source {_runs(lines, 'line')})" if all(lines) else ""
        text += (f"Row by row, {_runs(off)}{where} are not equal to the left side of the claim: they "
                 f"compute something else. ")
    if back:
        text += ("The invalid step" + ("s at " if len(back) > 1 else " at ")
                 + ", ".join(_where(s.step) for s in back)
                 + " land" + ("" if len(back) > 1 else "s") + " back on the right value: "
                 "an error there undoes the earlier ones, so the last row is right, but the rows "
                 "before it do not prove it. ")
    text += "What went wrong: " + " ".join(
        f"[{_where(s.step)}] {_first_sentence(s.explanation.removeprefix('Invalid. '))}" for s in bad)
    return text
