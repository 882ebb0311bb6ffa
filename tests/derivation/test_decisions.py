"""A step's decision is made once per process (judge/decisions.py): a repeat gets the same verdict for its own
step, and a decision a deadline may have cut short is made again."""
import time

from sympy import exp, log

import derivation.judge.check as check
from derivation.judge import decisions
from derivation.meaning.budget import Budget
from derivation.meaning.chain import Step
from derivation.meaning.notation import E, Z, d, expect, x


def _counting(monkeypatch):
    calls = []
    real = check._decide

    def counted(*args):
        calls.append(args[:2])
        return real(*args)
    monkeypatch.setattr(check, "_decide", counted)
    monkeypatch.setattr(decisions, "_DONE", {})
    return calls


def test_a_repeated_step_is_decided_once_and_reported_for_its_own_step(monkeypatch):
    calls = _counting(monkeypatch)
    lhs, rhs = d(log(Z())), -expect(d(E(x)))
    first, second = (Step(k, 1, 2, lhs, rhs, k, k + 1) for k in (1, 5))
    a = check.check_step(lhs, rhs, step=first, timeout=30)
    b = check.check_step(lhs, rhs, step=second, timeout=30)
    assert len(calls) == 1
    assert (a.verdict, a.rules, a.explanation) == (b.verdict, b.rules, b.explanation) == (a.verdict, a.rules,
                                                                                            a.explanation)
    assert a.verdict == "proved" and a.step is first and b.step is second


def test_an_invalid_repeat_keeps_its_counterexample(monkeypatch):
    calls = _counting(monkeypatch)
    lhs, rhs = d(log(Z())), expect(d(E(x)))   # the sign of the negative phase flipped
    a, b = (check.check_step(lhs, rhs, timeout=30) for _ in range(2))
    assert len(calls) == 1 and a.verdict == b.verdict == "invalid"
    assert a.counterexample == b.counterexample


def test_a_decision_a_deadline_may_have_cut_is_made_again(monkeypatch):
    monkeypatch.setattr(decisions, "_DONE", {})
    calls = []

    def slow(lhs, rhs, *rest):
        calls.append(lhs)
        time.sleep(0.06)   # past the proof's share (half) of a 0.1 s step: its deadline may have fired
        return "decided"
    step = Step(1, 1, 2, exp(x), exp(x), 1, 2)
    for _ in range(2):
        decisions.decided(slow, exp(x), exp(x), None, 40, 1, step, Budget(seconds=0.1), 0.5)
    assert len(calls) == 2
