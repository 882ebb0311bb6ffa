"""Inequalities are judged as inequalities (derivation/judge/inequality.py): `invalid` only with an exact instance
that violates them, `undecided` otherwise (instances prove no inequality), never left unjudged at exit 0;
and a 0/0 on one side at one instance refutes nothing when that side has values elsewhere."""
import pytest
import sympy

from derivation.meaning import notation as nt
from derivation.meaning.chain import Step
from derivation.judge.check import check_step
from derivation.judge.exact_values import compare_order
from derivation.judge.instances import find_counterexample
from derivation.run.checkdoc import check_text
from derivation.meaning.vocabulary import Param

t = Param("theta")


def _ineq(lhs, rhs, sign):
    return check_step(lhs, rhs, step=Step(0, 0, 0, lhs, rhs, None, None, None, "inequality", True, sign))


def test_a_false_inequality_is_invalid_with_a_violating_instance():
    rep = _ineq(t ** 2, t, r"\le")            # theta^2 <= theta fails at theta = 2
    assert rep.verdict == "invalid"
    ce = rep.counterexample
    assert sympy.sympify(ce.lhs) > sympy.sympify(ce.rhs)   # recomputed: the left side exceeds the right


def test_a_true_inequality_is_undecided_never_holds():
    rep = _ineq(t ** 2 + 1, 2 * t, r"\ge")     # (theta - 1)^2 >= 0: true, but instances prove nothing
    assert rep.verdict == "undecided" and "inequalities are not proved" in rep.explanation
    assert _ineq(t ** 2 + 1, 2 * t, r"\le").verdict == "invalid"   # the reverse fails almost everywhere


def test_equal_sides_prove_a_non_strict_inequality_and_refute_a_strict_one():
    assert _ineq(t * (t + 1), t ** 2 + t, r"\le").verdict == "proved"
    assert _ineq(t * (t + 1), t ** 2 + t, "<").verdict == "invalid"   # a - b is exactly 0


def test_a_relation_no_instance_refutes_is_named():
    rep = _ineq(t, t + 1, r"\ll")
    assert rep.verdict == "undecided" and r"\ll" in rep.explanation


def test_compare_order_is_certain_or_holds():
    assert compare_order(sympy.Integer(2), sympy.Integer(1), strict=False) == "violated"
    assert compare_order(sympy.Integer(1), sympy.Integer(1), strict=False) == "holds"
    assert compare_order(sympy.log(6), sympy.log(2) + sympy.log(3), strict=True) == "violated"
    assert compare_order(sympy.nan, sympy.Integer(1), strict=False) == "undefined"


DOC = "Let $q$ be any distribution.\n\n$$\n{}\n$$\n"


def test_an_inequality_row_is_judged_in_a_document():
    bad = check_text(DOC.format(r"\mathbb{E}_{p}[f(x)^2] \le \mathbb{E}_{p}[f(x)]^2"), "t.md")
    assert bad.status == 1 and bad.counts().get("invalid") == 1
    good = check_text(DOC.format(r"\mathbb{E}_{p}[f(x)]^2 \le \mathbb{E}_{p}[f(x)^2]"), "t.md")
    assert good.status == 2 and good.counts().get("undecided") == 1   # never exit 0 on an unproved bound


def test_a_step_after_an_inequality_compares_with_the_row_before_it():
    doc = check_text("$$\n\\begin{aligned}\nf(x)^2 + 1 &\\ge 2 f(x) \\\\\n&= f(x) + f(x)\n\\end{aligned}\n$$\n", "t.md")
    verdicts = [s.verdict for r in doc.reports for s in r.steps]
    assert verdicts == ["undecided", "proved"]


def test_a_zero_over_zero_of_one_instance_alone_refutes_nothing(monkeypatch):
    # a side writing no division (T^2) that an instance alone leaves 0/0 (an object undefined there): the
    # search goes on, and where the side has values it agrees
    import derivation.judge.instances as search
    real, seen = search.evaluate, []

    def degenerate_once(expr, inst, at=None, budget=None):
        seen.append(1)
        return sympy.nan if len(seen) == 1 else real(expr, inst, at, budget)
    monkeypatch.setattr(search, "float_value", lambda *a: float("nan"))   # every point to the exact values
    monkeypatch.setattr(search, "evaluate", degenerate_once)
    T = nt.Theta
    assert find_counterexample(T ** 2, T * T, count=10).counterexample is None
    seen.clear()
    assert find_counterexample(T ** 2, T * T + 1, count=10).counterexample.lhs != sympy.nan


def test_a_written_division_that_vanishes_at_an_instance_is_the_rows_own_zero_over_zero():
    T = nt.Theta      # (T^2 - T)/(T - 1) = T: 0/0 at the instance T = 1 (points.THETAS), from the row itself
    ce = find_counterexample((T ** 2 - T) / (T - 1), T, count=40).counterexample
    assert ce is not None and ce.lhs.has(sympy.nan)


def test_a_rows_own_zero_over_zero_is_still_refuted():
    assert check_step(sympy.Mul(0, sympy.Pow(0, -1, evaluate=False), evaluate=False), sympy.Integer(1)
                      ).verdict == "invalid"


@pytest.mark.parametrize("row", [r"\lambda > 0", r"\text{KL} \geq 0", r"S_{bath} + S_{gas} \ge 0"])
def test_an_inequality_about_letters_no_row_defines_is_never_refuted(row):
    # an assumption (lambda > 0) or a fact the text gives (KL >= 0, the second law): drawing values for the
    # letters refuted them (KL = -3), a false accusation on a real document
    from derivation.run.checkdoc import check_text
    rep = check_text(f"$$\n{row}\n$$\n", "<doc>", timeout=30)
    assert [s.verdict for r in rep.reports for s in r.steps] == ["undecided"]
