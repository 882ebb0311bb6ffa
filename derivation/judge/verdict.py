"""One verdict from several readings of a step (the rule is stated in derivation/meaning/readings.py,
which gathers the readings; ../shared/DESIGN.md, "Reading what people write"). Nothing after this
module changes a verdict."""
from __future__ import annotations

from contextvars import ContextVar
from dataclasses import replace

from derivation.meaning.readings import readings_of

VALID = ("proved", "holds")
BUDGETS = ("time", "depth", "digits", "exponent", "size", "tower", "memory")   # the limits a reading runs out of


# Set while the main reading of a step with a reading the checker cannot judge is judged: refuted, the step is
# undecided anyway, so check.check_step skips the diagnosis of the main reading (half a step's budget).
NO_DIAGNOSIS: ContextVar = ContextVar("no_diagnosis", default=False)


def judge(step, rows, judge_one):
    """One verdict on `step` from all its readings; `judge_one(lhs, rhs, step)` judges one reading."""
    readings = readings_of(step, rows)
    token = NO_DIAGNOSIS.set(any(not r.judgeable for r in readings[1:]))
    try:
        first = judge_one(readings[0].lhs, readings[0].rhs, step)
    finally:
        NO_DIAGNOSIS.reset(token)
    judged = [(readings[0], first)]
    settled = first.verdict in VALID + ("invalid",) or first.limit == "definition"
    if not settled or len(readings) == 1:
        return first   # main undecided (or unreadable): undecided whatever the others say, so not judged
    # (refuted only against a definition of the document: undecided too, but the other readings say why)
    for r in readings[1:]:
        if not r.judgeable:
            judged.append((r, replace(first, verdict="undecided", counterexample=None, rules=(),
                                      explanation="Undecided: the checker cannot read the step so.")))
            continue
        try:
            judged.append((r, judge_one(r.lhs, r.rhs, step)))
        except Exception as e:  # noqa: BLE001 - a reading the checker cannot judge is undecided
            judged.append((r, replace(first, verdict="undecided", counterexample=None,
                                      explanation=f"Undecided: {type(e).__name__}: {str(e)[:120]}")))
    return combine(judged)


def combine(judged):
    """[(Reading, StepReport), ...], the main reading first -> one StepReport (the rule above)."""
    (main, first), others = judged[0], judged[1:]
    verdicts = [rep.verdict for _, rep in judged]
    if all(v == "invalid" for v in verdicts):
        if not others:
            return first
        names = "; ".join(r.assumes for r, _ in others)
        return replace(first, explanation=first.explanation + f" Every reading is refuted: also read {names}.")
    refuted = [r for r, rep in judged if rep.verdict == "invalid"]
    # another reading cut off by a budget might be refuted with more time: the main reading's proof does not stand
    # alone (hostile set 4, B15: under load the bare p's own reading ran out of time and the false row was proved)
    cut = [r for r, rep in others if r.judgeable and rep.verdict == "undecided" and rep.limit in BUDGETS]
    if first.verdict in VALID and not refuted and not cut:
        # rests on the main reading; another reading valid alone (the main one undecided, say over its
        # budget) proves nothing: the main reading might be refuted with more time, and they would disagree
        rest = "; ".join(f"read {o.assumes} it is {orep.verdict}" for o, orep in others)
        return replace(first, explanation=first.explanation + f" (Read {main.assumes}; {rest}.)")
    words = "; ".join(f"read {r.assumes} it is {rep.verdict}" for r, rep in judged)
    hints = "; ".join(dict.fromkeys(r.hint for r, _ in others if r.hint))
    return replace(first, verdict="undecided", limit="reading", counterexample=None, rules=(),
                   explanation=f"Undecided: the row has {len(judged)} plausible readings and they disagree: "
                               f"{words}." + (f" To say which is meant, {hints}." if hints else ""))
