"""derivation/meaning/readings.py: several readings of a step, one verdict. The rule is tested on its own (fake
reports) and through documents: a valid identity proved, a slip refuted with its counterexample
recomputed here, rows whose readings disagree undecided, never invalid."""
import math

import pytest
import sympy

from derivation.meaning.chain import Row, Step, chain
from derivation.judge.check import StepReport, check_chain
from derivation.judge.verdict import combine, judge
from derivation.meaning.readings import MAIN, Reading, RowReading, readings_of

from ._verdicts import document_verdicts

STEP = Step(1, 1, 2, sympy.Symbol("a"), sympy.Symbol("b"), 1, 2)


def rep(verdict):
    return StepReport(STEP, verdict, explanation=verdict.capitalize() + ".")


def rd(name):
    return Reading(name, None, None, hint=f"say {name}")


@pytest.mark.parametrize("verdicts, expected", [
    (["invalid", "invalid"], "invalid"),
    (["invalid", "proved"], "undecided"),     # they disagree: never invalid, never proved
    (["proved", "invalid"], "undecided"),
    (["invalid", "undecided"], "undecided"),
    (["proved", "holds"], "proved"),          # rests on the main reading
    (["undecided", "holds"], "undecided"),    # the main reading might be refuted with more time
    (["holds", "undecided"], "holds"),        # rests on the main reading, and names the other
    (["undecided", "undecided"], "undecided"),
    (["holds"], "holds"),
    (["invalid"], "invalid"),
])
def test_the_combination_rule(verdicts, expected):
    judged = [(rd(MAIN if k == 0 else f"reading {k}"), rep(v)) for k, v in enumerate(verdicts)]
    out = combine(judged)
    assert out.verdict == expected
    if expected == "undecided" and len(verdicts) > 1:
        assert all(f"reading {k}" in out.explanation for k in range(1, len(verdicts)))
        assert out.counterexample is None
    if expected in ("proved", "holds") and len(verdicts) > 1:
        assert "reading 1" in out.explanation and MAIN in out.explanation


def test_every_reading_is_judged_even_when_the_main_one_is_proved():
    x = sympy.Symbol("x")
    rows = (Row(x + x), Row(2 * x, readings=(RowReading("x doubled once more", 4 * x),)))
    seen = []

    def one(lhs, rhs, step):
        seen.append((lhs, rhs))
        return rep("proved" if sympy.simplify(lhs - rhs) == 0 else "invalid")

    step = chain(*rows).steps()[0]
    assert len(readings_of(step, rows)) == 2
    assert judge(step, rows, one).verdict == "undecided" and len(seen) == 2


def test_a_row_reading_that_could_not_be_read_is_no_reading():
    x = sympy.Symbol("x")
    rows = (Row(x), Row(x, readings=(RowReading("unreadable so", None),)))
    step = chain(*rows).steps()[0]
    assert [r.assumes for r in readings_of(step, rows)] == [MAIN]


def test_check_chain_combines_the_readings_of_its_rows():
    two, three = sympy.Integer(2), sympy.Integer(3)
    got = check_chain(chain(Row(two), Row(two, readings=(RowReading("a slip", three),))))
    assert got.steps[0].verdict == "undecided" and "a slip" in got.steps[0].explanation
    assert got.claim.verdict == "undecided"
    got = check_chain(chain(Row(two), Row(two, readings=(RowReading("the same", 1 + sympy.Integer(1)),))))
    assert got.steps[0].verdict == "proved"
    got = check_chain(chain(Row(two), Row(three, readings=(RowReading("also wrong", 3 + three),))))
    assert got.steps[0].verdict == "invalid" and "also wrong" in got.steps[0].explanation


BETA_DOC = r"""
$$
p_\beta(x) = \frac{e^{-\beta E(x)}}{Z_\beta}
$$

$$
%s
$$
"""


def test_beta_readings_proved_when_beta_is_written():
    assert document_verdicts(BETA_DOC % r"\log p_\beta(x) = -\beta E(x) - \log Z_\beta") == ["proved", "proved"]


def test_beta_readings_disagree_undecided_never_invalid():
    got = document_verdicts(BETA_DOC % r"\log p(x) = -E(x) - \log Z")
    assert got == ["proved", "undecided"]
    rep_ = [s for r in __import__("derivation.run.checkdoc", fromlist=["x"]).check_text(
        BETA_DOC % r"\log p(x) = -E(x) - \log Z").reports for s in r.steps][1]
    assert "beta = 1" in rep_.explanation and rep_.counterexample is None


def test_beta_slip_refuted_in_every_reading_with_its_counterexample():
    from derivation.run.checkdoc import check_text
    doc = check_text(BETA_DOC % r"\log p(x) = -E(x) + \log Z")
    step = [s for r in doc.reports for s in r.steps][1]
    assert step.verdict == "invalid" and "Every reading is refuted" in step.explanation
    ce = step.counterexample.as_dict()
    # recompute from the instance's table: e^{-E(k)} per state and beta; p = e^{-beta E}/Z, Z = sum e^{-beta E}
    table, beta = ce["tables"], float(sympy.sympify(ce["tables"]["beta ="]))
    energy = [-math.log(float(sympy.sympify(table[f"E({k})"]["e^{-E}"]))) for k in range(1, ce["states"] + 1)]
    x = ce["at"]["x"]
    z = sum(math.exp(-beta * e) for e in energy)
    assert math.isclose(ce["lhs"], -beta * energy[x - 1] - math.log(z), abs_tol=1e-9)
    assert math.isclose(ce["rhs"], -energy[x - 1] + math.log(z), abs_tol=1e-9)
    assert not math.isclose(ce["lhs"], ce["rhs"], abs_tol=1e-6)


def test_the_readings_of_a_step_share_one_step_budget(monkeypatch):
    # Z_theta(theta^2 + 1): two readings (application, product); the second gets what the first left of the
    # step's budget, never a whole budget of its own (issue 18: a step answers within its budget)
    import time
    import derivation.judge.check as ck
    from derivation.run.checkdoc import check_text
    given, real = [], ck.check_step

    def spy(*args, budget=None, **kwargs):
        given.append(budget.seconds)
        time.sleep(0.3)
        return real(*args, budget=budget, **kwargs)
    monkeypatch.setattr(ck, "check_step", spy)
    check_text("$$\nZ_\\theta = Z_\\theta\\left(\\theta^2+1\\right) - \\theta^2 Z_\\theta\n$$\n", timeout=2.0)
    assert len(given) >= 2 and given[0] > 1.9 and 2.0 / 3 <= given[1] <= 2.0 - 0.3   # a third at least
