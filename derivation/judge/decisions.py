"""A step's decision (check._decide: the proof, then the search for a counterexample), remembered for the process.

The same two sides are decided again and again: a chain of two rows is its own claim, the track compares rows
with the claim's start, readings of neighbouring steps share a side. A decision is a function of the two sides,
the cited rule, the number of instances, the seed and the budget's limits (the instances are drawn from the seed;
the document's own facts are added after it, by check_chain's `refine`), so a repeat is answered from here with
the step it is asked for. Only a decision that no deadline can have cut short is kept: one that took less time
than any deadline running when it began, and than the proof's share of the step (the inner deadline).
"""
from __future__ import annotations

import time
from dataclasses import fields, replace

from derivation.meaning import budget as _budget

_DONE: dict = {}
_MAX = 2_000   # decisions kept before the memo starts afresh


def decided(decide, lhs, rhs, justification, instances, seed, step, budget, proof_share):
    """decide(lhs, rhs, justification, instances, seed, step, budget), or the same decision made before, for `step`."""
    limits = tuple(getattr(budget, f.name) for f in fields(budget) if not f.name.endswith("seconds"))
    key = (lhs, rhs, justification, instances, seed, limits)
    got = _DONE.get(key)
    if got is not None:
        return _for(got, step)
    left, began = _budget.remaining(), time.monotonic()
    out = decide(lhs, rhs, justification, instances, seed, step, budget)
    spent = time.monotonic() - began
    if spent < min(budget.seconds * proof_share, left if left is not None else float("inf")):
        if len(_DONE) >= _MAX:
            _DONE.clear()
        _DONE[key] = out
    return out


def _for(out, step):
    """A remembered decision (a StepReport, or (StepReport, Proof) for an invalid one) about `step`."""
    if isinstance(out, tuple):
        return replace(out[0], step=step), out[1]
    return replace(out, step=step)
