"""The checker's steps as units of the worker (derivation/run/worker.py): each check_step call announced
with its budget, stopped past it whatever SymPy does, remembered once done, and answered at once past
the document's budget.

    watch_steps()   in a worker: replaces derivation.judge.check.check_step by the watched one
"""
from __future__ import annotations

import inspect

from . import worker
from .worker import DOCUMENT_SECONDS, key_of, remaining, watched

STEP_SHARE = 1.5   # a step takes up to 1.5 times its seconds (check.py: proof + search, then diagnosis)


def watch_steps() -> None:
    """In a child: every derivation.judge.check.check_step call is a unit (its callers import it at call
    time, so replacing the module's attribute reaches them all), and within the call's budget."""
    from derivation.judge import check

    original = getattr(check.check_step, "__wrapped_by_worker__", check.check_step)

    def check_step(lhs, rhs, justification=None, *args, **kwargs):
        from derivation.meaning import budget as _budget
        from derivation.meaning.chain import Step

        try:
            bound = inspect.signature(original).bind(lhs, rhs, justification, *args, **kwargs).arguments
        except TypeError:
            return original(lhs, rhs, justification, *args, **kwargs)   # its own message
        step = bound.get("step") or Step(0, 0, 0, lhs, rhs, None, None, justification)
        left = remaining()
        if left is not None and left <= 0:
            return _undecided_report(step, f"the document used up its budget of {_document_seconds():g} s "
                                           "before this step was reached (--document-timeout raises it).")
        try:
            own = check.make_budget(bound.get("timeout"), bound.get("budget")).seconds
        except (TypeError, ValueError):
            return original(lhs, rhs, justification, *args, **kwargs)   # its own message
        key = key_of("step", str(lhs), str(rhs), justification, own, bound.get("instances"), bound.get("seed"),
                     tuple(getattr(step, f, None) for f in ("number", "from_row", "to_row", "from_line", "to_line",
                                                             "kind", "sign")))

        def work():
            if left is None:
                return original(lhs, rhs, justification, *args, **kwargs)
            with _budget.deadline(max(left, 0.01)):   # the earlier of the step's and the document's
                return original(lhs, rhs, justification, *args, **kwargs)

        return watched(key, own * STEP_SHARE + 1.0, work, remember=True, skipped=lambda: _undecided_report(
            step, f"the step ran past its budget of {own:g} s inside SymPy, where no signal can stop it; "
                  "its worker process was stopped (--step-timeout raises the budget)."))

    check_step.__wrapped_by_worker__ = original
    check.check_step = check_step


def _document_seconds() -> float:
    return getattr(worker._child, "seconds", DOCUMENT_SECONDS)


def _undecided_report(step, text: str):
    from derivation.judge.check import StepReport

    return StepReport(step, "undecided", explanation="Undecided: " + text, limit="time")
