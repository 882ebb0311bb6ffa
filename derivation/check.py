"""The step checker: every step of a chain, and its end-to-end claim, gets an honest verdict.

    proved      the normal forms agree (derivation/prove.py), for general N and K
    invalid     a finite instance where the two sides differ, confirmed exactly (instances.py)
    holds       neither: no proof, and no counterexample in `tried` random instances
    unreadable  a row of the step could not be read (its Row.error says where and why)

Entry points: `check_step(lhs, rhs)` for one equation, `check_chain(chain)` for a derivation.
"""
from __future__ import annotations

from dataclasses import dataclass

import sympy

from .chain import Chain, Step
from .diagnose import describe_rules, diagnose
from .display import ChainDisplay, StepDisplay
from .instances import Counterexample, find_counterexample
from .prove import prove

VERDICTS = ("proved", "holds", "invalid", "unreadable")
DEFAULT_INSTANCES = 40


@dataclass(frozen=True)
class StepReport(StepDisplay):
    step: Step
    verdict: str
    rules: tuple[str, ...] = ()
    counterexample: Counterexample | None = None
    tried: int = 0                       # instances evaluated (0 when proved)
    explanation: str = ""                # in words: what the step does, or what went wrong
    justification_matches: bool | None = None   # whether the row's cited rule is among `rules`


def check_step(lhs, rhs, justification: str | None = None, instances: int = DEFAULT_INSTANCES,
               seed: int = 20160610, step: Step | None = None) -> StepReport:
    """Verdict on lhs = rhs (SymPy expressions in the notation of derivation/notation.py)."""
    if not isinstance(instances, int) or instances < 1:
        raise ValueError(f"check_step: instances must be a positive int, got {instances!r}")
    step = step or Step(0, 0, 0, lhs, rhs, None, None, justification)
    if lhs is None or rhs is None:
        return StepReport(step, "unreadable", explanation="A row of this step could not be read.")
    for name, value in (("lhs", lhs), ("rhs", rhs)):
        if not isinstance(value, sympy.Basic):
            raise TypeError(f"check_step: {name} must be a SymPy expression, got {type(value).__name__}")
    proof = prove(lhs, rhs)
    matches = None
    if justification:
        j = justification.strip().lower()
        matches = any(j in r.lower() or r.lower() in j for r in proof.rules)
    if proof.proved:
        return StepReport(step, "proved", proof.rules, explanation="Valid: " + describe_rules(proof.rules),
                          justification_matches=matches)
    search = find_counterexample(lhs, rhs, count=instances, seed=seed)
    if search.counterexample is not None:
        why = diagnose(lhs, rhs, proof.lhs_normal, proof.rhs_normal)
        return StepReport(step, "invalid", (), search.counterexample, search.tried, "Invalid. " + why, matches)
    note = (f"Not proved symbolically, and no counterexample in {search.tried} random finite instances"
            + (f" (instances could not evaluate it: {search.skipped})" if search.skipped else "")
            + (" (no instance gave both sides a finite real value)" if not search.tried and not search.skipped
               else "") + ".")
    if proof.error:
        note += f" No symbolic proof because {proof.error}."
    return StepReport(step, "holds", (), None, search.tried, note, matches)


@dataclass(frozen=True)
class ChainReport(ChainDisplay):
    chain: Chain
    steps: tuple[StepReport, ...]
    claim: StepReport
    on_track: tuple[bool | None, ...]   # per row: equal to the claim's left side? (None: not in it)
    summary: str

    @property
    def all_valid(self) -> bool:
        return all(s.verdict in ("proved", "holds") for s in self.steps)


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


def _track(chain: Chain, steps, instances: int, seed: int):
    """Which rows of the claim's equation equal its left side; proved/holds steps carry it over."""
    start = chain.claim_start()
    track: list[bool | None] = [None] * len(chain.rows)
    by_to = {s.step.to_row: s for s in steps}
    first = chain.rows[start]
    origin = first.lhs if first.lhs is not None else first.expr
    for k in range(start, len(chain.rows)):
        row, rep = chain.rows[k], by_to.get(k + 1)
        if not row.readable:
            continue
        prev = track[k - 1] if k > start else True
        if k == start and first.lhs is None:
            track[k] = True
        elif rep is not None and rep.verdict in ("proved", "holds") and prev is not None:
            track[k] = prev
        elif rep is not None and rep.verdict == "invalid" and prev is True:
            track[k] = False
        else:  # after a wrong row an invalid step may land back on track: check against the start
            track[k] = check_step(origin, row.expr, instances=instances, seed=seed).verdict in ("proved", "holds")
    return tuple(track)


def _summary(chain: Chain, steps, claim: StepReport, track) -> str:
    bad = [s for s in steps if s.verdict == "invalid"]
    unread = [s for s in steps if s.verdict == "unreadable"]
    if claim.verdict == "unreadable" or unread:
        return (f"{len(unread)} step(s) could not be read; the verdicts of the rest stand on their own.")
    if claim.verdict == "invalid":
        return ("The claim itself is false: the first and last rows differ (see the counterexample). "
                + _first_sentence(claim.explanation.removeprefix("Invalid. ")) + f" {len(bad)} step(s) are invalid.")
    claim_word = "proved" if claim.verdict == "proved" else "not refuted (holds)"
    if not bad:
        return f"Every step is valid, and the end-to-end claim is {claim_word}."
    off = [k + 1 for k, t in enumerate(track) if t is False]
    back = [s for s in bad if track[s.step.to_row - 1] is True]
    text = (f"The end-to-end claim is {claim_word} although {len(bad)} step(s) are invalid: the errors "
            f"compensate. ")
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


def check_chain(chain: Chain, instances: int = DEFAULT_INSTANCES, seed: int = 20160610) -> ChainReport:
    """Verdicts on every step of `chain` and on its claim (first row of the last equation = last row)."""
    if not isinstance(chain, Chain):
        raise TypeError(f"check_chain: chain must be a derivation.chain.Chain, got {type(chain).__name__}")
    steps = []
    for st in chain.steps():
        rows = [chain.rows[st.from_row - 1], chain.rows[st.to_row - 1]]
        if not all(r.readable for r in rows):
            err = "; ".join(f"row {st.from_row if r is rows[0] else st.to_row}: {r.error}"
                            for r in rows if not r.readable)
            steps.append(StepReport(st, "unreadable", explanation=f"Unreadable: {err}"))
            continue
        steps.append(check_step(st.lhs, st.rhs, st.justification, instances, seed, step=st))
    c = chain.claim()
    first, last = chain.rows[c.from_row - 1], chain.rows[-1]
    if first.readable and last.readable:
        claim = check_step(c.lhs, c.rhs, None, instances, seed, step=c)
    else:
        claim = StepReport(c, "unreadable", explanation="The first or the last row could not be read.")
    track = _track(chain, steps, instances, seed)
    return ChainReport(chain, tuple(steps), claim, track, _summary(chain, steps, claim, track))
