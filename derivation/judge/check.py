"""The step checker: every step of a chain, and its end-to-end claim, gets an honest verdict.

    proved      the normal forms agree (derivation/judge/prove.py), for general N and K
    invalid     a finite instance where the two sides differ, confirmed exactly (instances.py)
    holds       no proof, and no counterexample in `tried` random instances that gave both sides a
                value; at least MIN_EVALUATED of them (or all asked for, when fewer)
    undecided   neither a proof nor a counterexample within the step's budget (derivation/meaning/budget.py):
                time, digits of a number, size of an expression, or too few instances where the sides
                have values; `limit` names which, the explanation says it in words. Never `holds`.
    unreadable  a row of the step could not be read (its Row.error says where and why)

An instance where one side has a value and the other has none (1/0, log of a non-positive number)
is a counterexample; points where neither has one compare nothing.

Entry points: `check_step(lhs, rhs)` for one equation, `check_chain(chain)` for a derivation; both
take `timeout` (seconds per step) or a whole `budget`. A step's time is bounded by about 1.5 times
its budget: the proof and the search share `budget.seconds`, the diagnosis of an invalid step gets
half as much again (past it the step stays invalid, without the diagnosis).
"""
from __future__ import annotations

import time
from dataclasses import dataclass, replace

import sympy
from sympy.core.parameters import global_parameters

from derivation.meaning import budget as _budget
from derivation.meaning.budget import Budget, OverBudget, make_budget  # noqa: F401 - make_budget re-exported for callers
from derivation.meaning.chain import Chain, Step
from .diagnose import describe_rules, diagnose
from .display import ChainDisplay, StepDisplay
from .chain_summary import chain_summary
from .decisions import decided
from .coverage import Gaps, bounded_gaps, out_of_reach, polynomial_gaps
from .inequality import decide as _inequality
from .instances import Counterexample, find_counterexample
from .prove import Proof, prove
from .proportional import judge as judge_proportional, subject
from .verdict import NO_DIAGNOSIS, judge as judge_readings
from .variation import not_varied

VERDICTS = ("proved", "holds", "invalid", "undecided", "unreadable")
VALID = ("proved", "holds")
DEFAULT_INSTANCES = 40
MIN_EVALUATED = 10   # `holds` needs this many compared instances (or every one asked for, if fewer)


@dataclass(frozen=True)
class StepReport(StepDisplay):
    """The verdict on one step: proved, holds, invalid (with its counterexample), undecided (with the
    limit reached) or unreadable; the rules of its proof and the explanation in words."""
    step: Step
    verdict: str
    rules: tuple[str, ...] = ()
    counterexample: Counterexample | None = None
    tried: int = 0                       # instances evaluated (0 when proved)
    explanation: str = ""                # in words: what the step does, or what went wrong
    justification_matches: bool | None = None   # whether the row's cited rule is among `rules`
    limit: str | None = None             # undecided: the budget reached (time, digits, size, instances, ...)


def _undecided(step, text, limit, tried=0, matches=None) -> StepReport:
    return StepReport(step, "undecided", (), None, tried, "Undecided: " + text, matches, limit)


def check_step(lhs, rhs, justification: str | None = None, instances: int = DEFAULT_INSTANCES,
               seed: int = 20160610, step: Step | None = None, timeout: float | None = None,
               budget: Budget | None = None) -> StepReport:
    """Verdict on lhs = rhs (SymPy expressions in the notation of derivation/meaning/notation.py), within
    `budget` (default derivation.meaning.budget.DEFAULT; `timeout` overrides its seconds)."""
    if isinstance(instances, bool) or not isinstance(instances, int) or instances < 1:
        raise ValueError(f"check_step: instances must be a positive int, got {instances!r}")
    budget = make_budget(timeout, budget)
    step = step or Step(0, 0, 0, lhs, rhs, None, None, justification)
    if lhs is None or rhs is None:
        return StepReport(step, "unreadable", explanation="A row of this step could not be read.")
    for name, value in (("lhs", lhs), ("rhs", rhs)):
        if not isinstance(value, sympy.Basic):
            raise TypeError(f"check_step: {name} must be a SymPy expression, got {type(value).__name__}")
    try:  # refuse before any work what would blow the budget (SymPy cannot be interrupted in 9^(9^9))
        _budget.scan(lhs, budget, "the left side")
        _budget.scan(rhs, budget, "the right side")
    except OverBudget as e:
        return _undecided(step, f"{e.detail}; the checker refuses it before any work.", e.limit)
    except RecursionError:
        return _undecided(step, "an expression nests too deeply for the checker.", "depth")
    evaluating = global_parameters.evaluate   # an alarm inside `with evaluate(False)` must not leak
    try:
        if step.kind == "inequality":   # judged as what it is (inequality.py), never as an equality
            with _budget.deadline(budget.seconds):
                v, rules, ce, tried, text, limit = _inequality(lhs, rhs, step.sign, instances, seed, budget,
                                                               PROOF_SHARE)
                return StepReport(step, v, rules, ce, tried, text, None, limit)
        with _budget.deadline(budget.seconds):
            found = decided(_decide, lhs, rhs, justification, instances, seed, step, budget, PROOF_SHARE)
        if isinstance(found, StepReport):
            return found
        report, proof = found   # invalid: say why, within a budget of its own (half a step's)
        if NO_DIAGNOSIS.get():    # the step is undecided whatever this reading says (verdict.judge)
            return replace(report, explanation="Invalid. (Not diagnosed: another reading of the row "
                                               "leaves the step undecided.)")
        from .undefined_side import explain as _undefined   # one side 0/0 there: say so first (README, policy)
        if undefined := _undefined(report.counterexample, lhs, rhs):
            return replace(report, explanation="Invalid. " + undefined)
        try:
            with _budget.deadline(max(budget.seconds / 2, 0.5)):
                why = diagnose(lhs, rhs, proof.lhs_normal, proof.rhs_normal)
        except (OverBudget, RecursionError, ValueError, TypeError, AttributeError, NotImplementedError):
            why = "(No diagnosis within the budget: the counterexample shows the two sides differ.)"
        return replace(report, explanation="Invalid. " + why)
    except OverBudget as e:
        text = (f"no proof and no counterexample within the {budget.seconds:g} s a step may take "
                "(--step-timeout raises it)." if e.limit == "time" else f"{e.detail}.")
        return _undecided(step, text, e.limit)
    except RecursionError:
        return _undecided(step, "an expression nests too deeply for the checker.", "depth")
    except MemoryError:
        return _undecided(step, "the step needs more memory than the checker may take.", "memory")
    except Exception as e:  # noqa: BLE001 - a bug of the checker (or of SymPy inside it): named, never a quiet undecided
        return internal_error(step, e)
    finally:
        global_parameters.evaluate = evaluating


INTERNAL = "internal error"   # the limit of a step on which the checker itself failed: a bug to fix


def internal_error(step, e: BaseException) -> StepReport:
    """The step is undecided because the checker raised: its own limit, naming the exception."""
    return _undecided(step, f"an internal error of the checker ({type(e).__name__}: {str(e)[:200]}); this is a "
                            "bug of the checker, not a property of the step.", INTERNAL)


_BUGS = ("AttributeError", "KeyError", "IndexError", "TypeError")
PROOF_SHARE = 0.5   # of a step's seconds for the proof; the search for a counterexample gets the rest


def _gaps(lhs, rhs, proof, budget) -> Gaps:
    """What the instances cannot refute (coverage.py): from the normal forms, within the proof's share."""
    try:
        with _budget.deadline(budget.seconds * PROOF_SHARE):
            return polynomial_gaps(proof)
    except OverBudget as e:
        if e.limit != "time":
            raise
        return bounded_gaps(lhs, rhs)


def _decide(lhs, rhs, justification, instances, seed, step, budget) -> StepReport:
    gaps = None
    try:  # the proof may not eat the whole budget: a counterexample is often quick to find
        with _budget.deadline(budget.seconds * PROOF_SHARE):
            proof = prove(lhs, rhs)
    except OverBudget as e:
        if e.limit != "time":
            raise
        proof = Proof(False, (), None, None, error=f"the symbolic proof took longer than its share of "
                                                   f"the budget ({budget.seconds * PROOF_SHARE:g} s)")
        gaps = bounded_gaps(lhs, rhs)   # no normal forms to read the degrees from: bound them
    matches = None
    if justification:
        j = justification.strip().lower()
        matches = any(j in r.lower() or r.lower() in j for r in proof.rules)
    if proof.proved:
        return StepReport(step, "proved", proof.rules, explanation="Valid: " + describe_rules(proof.rules),
                          justification_matches=matches)
    search = find_counterexample(lhs, rhs, count=instances, seed=seed, budget=budget)
    if search.counterexample is None and not search.skipped:
        gaps = gaps or _gaps(lhs, rhs, proof, budget)
        if gaps.reach:  # a polynomial of high degree in K or N: the sizes it asks for, too
            more = find_counterexample(lhs, rhs, count=instances, seed=seed, budget=budget, reach=gaps.reach,
                                       skip=instances)
            varied = {p: search.varied.get(p, set()) | more.varied.get(p, set())
                      for p in {*search.varied, *more.varied}}
            search = replace(more, tried=more.tried + search.tried, undefined=more.undefined + search.undefined,
                             inconclusive=more.inconclusive + search.inconclusive, varied=varied)
    if search.counterexample is not None:  # diagnosed by check_step, outside this step's deadline
        return StepReport(step, "invalid", (), search.counterexample, search.tried, "Invalid.", matches), proof
    no_proof = f" No symbolic proof because {proof.error}." if proof.error else ""
    crashed = (proof.error or "").startswith(_BUGS)   # the proof raised one of these: not a limit, a bug
    needed = min(instances, MIN_EVALUATED)
    holes = ((f" At {search.undefined} point(s) neither side has a value." if search.undefined else "")
            + (f" At {search.inconclusive} point(s) the float and exact values disagreed on whether a side "
               "has one." if search.inconclusive else ""))
    if search.skipped:
        return _undecided(step, f"the instances cannot evaluate it: {search.skipped}.{no_proof}",
                          INTERNAL if crashed else "instances", search.tried, matches)
    if search.tried < needed:
        return _undecided(step, f"only {search.tried} random finite instance(s) gave both sides a value; "
                          f"`holds` needs {needed}.{holes}{no_proof}", INTERNAL if crashed else "instances",
                          search.tried, matches)
    if search.inconclusive:
        # floats found no value where SymPy's exact arithmetic found one (exp(log u) is u even for u < 0):
        # the row may leave its domain there, so it cannot be said to hold
        return _undecided(step, f"at {search.inconclusive} point(s) a side may leave its domain (a log of "
                          f"something not positive, a division by zero), which the exact values cannot "
                          f"settle.{no_proof}", "evaluation", search.tried, matches)
    beyond = out_of_reach(lhs, rhs, gaps or Gaps(), search) or not_varied(lhs, rhs, search.varied)
    if beyond:
        return _undecided(step, f"no counterexample in {search.tried} instances, but {beyond}.{no_proof}",
                          "instances", search.tried, matches)
    note = f"Not proved symbolically, and no counterexample in {search.tried} random finite instances.{holes}"
    return StepReport(step, "holds", (), None, search.tried, note + no_proof, matches)


@dataclass(frozen=True)
class ChainReport(ChainDisplay):
    """The verdicts on every step of a derivation and on its end-to-end claim, with its summary."""
    chain: Chain
    steps: tuple[StepReport, ...]
    claim: StepReport
    on_track: tuple[bool | None, ...]   # per row: equal to the claim's left side? (None: not in it)
    summary: str

    @property
    def all_valid(self) -> bool:
        return all(s.verdict in VALID for s in self.steps)


def _track(chain: Chain, steps, verdict_of):
    """Which rows of the claim's equation equal its left side; proved/holds steps carry it over."""
    start = chain.claim_start()
    track: list[bool | None] = [None] * len(chain.rows)
    by_to = {s.step.to_row: s for s in steps if s.step.kind != "inequality"}   # the claim never spans one
    first = chain.rows[start]
    origin = first.lhs if first.lhs is not None else first.expr
    for k in range(start, len(chain.rows)):
        row, rep = chain.rows[k], by_to.get(k + 1)
        if not row.readable:
            continue
        prev = track[k - 1] if k > start else True
        if k == start and first.lhs is None:
            track[k] = True
        elif rep is not None and rep.verdict in VALID and prev is not None:
            track[k] = prev
        elif rep is not None and rep.verdict == "invalid" and prev is True:
            track[k] = False
        else:  # after a wrong row an invalid step may land back on track: check against the start
            # (a start the meaning left without a value, p(y = k) \propto e^{z_k} in the prose: no track, never an
            # internal error; hostile set 9, F19, F20)
            verdict = verdict_of(origin, row.expr) if origin is not None else None
            track[k] = True if verdict in VALID else False if verdict == "invalid" else None
    return tuple(track)


def _open(step, explanation, limit) -> StepReport:
    return StepReport(step, "undecided", explanation=explanation, limit=limit)


def check_proportional(lhs, rhs, justification=None, subject=None, **kwargs):
    """The verdict on `lhs ∝ rhs` alone (proportional.py; check_step judges each cross-multiplied equation,
    with the same keyword arguments: instances, seed, timeout, budget)."""
    step = kwargs.pop("step", None) or Step(0, 0, 0, lhs, rhs, None, None, justification, "proportional")
    if lhs is None or rhs is None:
        return check_step(lhs, rhs, justification, step=step, **kwargs)
    return judge_proportional(lhs, rhs, step, lambda a, b: check_step(a, b, justification, step=step, **kwargs),
                              subject, _open)


def check_chain(chain: Chain, instances: int = DEFAULT_INSTANCES, seed: int = 20160610,
                timeout: float | None = None, budget: Budget | None = None, refine=None) -> ChainReport:
    """Verdicts on every step of `chain` and on its claim (first row of the last equation = last row);
    each step within `budget` (`timeout`: its seconds).

    `refine(report, lhs, rhs, step, claim)`: what the document adds to the verdict on one reading (a row's
    condition, its definitions, derivation/run/checkdoc.py); applied to every reading before the readings
    are combined, so that nothing after the judge changes a verdict."""
    if not isinstance(chain, Chain):
        raise TypeError(f"check_chain: chain must be a derivation.meaning.chain.Chain, got {type(chain).__name__}")
    budget = make_budget(timeout, budget)
    start = time.monotonic()
    refined = refine or (lambda rep, lhs, rhs, step, claim: rep)

    began = [start]   # when the step being judged began: its readings share one step budget

    def within(lhs, rhs, justification, step):  # every step within its budget and the chain's
        left = budget.chain_seconds - (time.monotonic() - start)
        if left <= 0.05:
            return _undecided(step, f"the derivation used up its budget of {budget.chain_seconds:g} s "
                                    "before this step was reached.", "time")
        # a reading gets what the earlier ones left of the step's budget, and never less than a third of it
        mine = max(budget.seconds - (time.monotonic() - began[0]), budget.seconds / 3)
        own = budget if min(left, mine) >= budget.seconds else replace(budget, seconds=min(left, mine))
        return check_step(lhs, rhs, justification, instances, seed, step=step, budget=own)

    def judged(st, claim):   # a step across ∝ is a proportionality (proportional.py), never an equality
        began[0] = time.monotonic()

        def one(a, b, s):
            if s.kind == "proportional":
                return judge_proportional(a, b, s, lambda l, r: refined(
                    within(l, r, None if claim else s.justification, s), l, r, s, claim),
                    subject(chain.rows, s.from_row), _open)
            return refined(within(a, b, None if claim else s.justification, s), a, b, s, claim)
        return judge_readings(st, chain.rows, one)

    steps = []
    for st in chain.steps():
        rows = [chain.rows[st.from_row - 1], chain.rows[st.to_row - 1]]
        if not all(r.readable for r in rows):
            err = "; ".join(f"row {st.from_row if r is rows[0] else st.to_row}: {r.error}"
                            for r in rows if not r.readable)
            steps.append(StepReport(st, "unreadable", explanation=f"Unreadable: {err}"))
            continue
        steps.append(judged(st, False))
    c = chain.claim()
    if any(r.relation == "proportional" and (k or r.lhs is not None)
           for k, r in enumerate(chain.rows[c.from_row - 1:c.to_row])):
        c = replace(c, kind="proportional")   # a = b ∝ c: the claim is a ∝ c
    first, last = chain.rows[c.from_row - 1], chain.rows[c.to_row - 1]
    if first.readable and last.readable:
        claim = judged(c, True)
    else:
        claim = StepReport(c, "unreadable", explanation="The first or the last row could not be read.")
    def anew(a, b):   # a row compared with the claim's start: a comparison of its own, with its own budget
        began[0] = time.monotonic()
        token = NO_DIAGNOSIS.set(True)   # the track reads the verdict alone: no diagnosis of why it differs
        try:
            return within(a, b, None, None)
        finally:
            NO_DIAGNOSIS.reset(token)
    track = _track(chain, steps, lambda a, b: (judge_proportional(a, b, c, anew, undecided=_open)
                                               if c.kind == "proportional" else anew(a, b)).verdict)
    summary = chain_summary(chain, steps, claim, track)
    if c.kind == "proportional":   # the same summary, in the words of a proportionality
        summary = summary.replace("the first and last rows differ", "the first and last rows are not proportional")
        summary = summary.replace("are not equal to the left side", "are not proportional to the left side")
        summary += " The end-to-end claim is a proportionality (the first row \u221d the last), not an equality."
    return ChainReport(chain, tuple(steps), claim, track, summary)
