"""Conditions on a row (derivation/judge/conditions.py, issue 18 part 6): judged where the condition holds,
never refuted outside it; the condition's own `=` is no step of the chain."""
import pytest
import sympy

from derivation.judge.conditions import parse
from derivation.run.checkdoc import check_text
from derivation.read.reader import read_text


def _steps(tex):
    rep = check_text(f"$$\n{tex}\n$$\n")
    return [(s.verdict, s.limit) for r in rep.reports for s in r.steps]


@pytest.mark.parametrize("cond", [r"\quad \text{for } \beta = 0", r"\quad (\beta = 0)", r", \quad \text{if } \beta = 0.",
                                  r"\quad \text{at } \beta = 0", r"\quad \text{when } \beta = 0"])
def test_a_row_true_at_its_condition_is_not_refuted(cond):
    row = r"\log Z(\beta) = \log \sum_x 1"       # true at beta = 0 only: Z(0) = K
    assert _steps(row) == [("invalid", None)]     # without the condition it is false
    assert [v for v, _ in _steps(f"{row} {cond}")] in (["proved"], ["holds"])


def test_a_row_false_at_its_condition_is_still_refuted():
    assert [v for v, _ in _steps(r"\log Z(\beta) = \log \sum_x 2 \quad (\beta = 0)")] == ["invalid"]


def test_an_inequality_condition_restricts_the_instances():
    true_for_positive = r"\log Z_\theta + \sqrt{\theta^2} = \log \sum_x e^{-E_\theta(x)} + \theta"
    assert _steps(true_for_positive)[0][0] == "invalid"
    assert _steps(true_for_positive + r" \quad \text{if } \theta > 0")[0][0] in ("proved", "holds")
    false_for_positive = r"\log Z_\theta = \log \sum_x e^{-E_\theta(x)} + \theta \quad \text{if } \theta > 0"
    rep = check_text(f"$$\n{false_for_positive}\n$$\n")
    step = rep.reports[0].steps[0]
    assert step.verdict == "invalid"
    points = step.counterexample.instance.tables["_points"]
    assert all(v > 0 for p, v in points.items() if p.name.startswith("theta")) or \
        any(p.name == "theta_u" and v != 0 for p, v in points.items())


def test_a_condition_the_checker_does_not_read_never_refutes():
    assert _steps(r"\log Z_\theta = \log \sum_x e^{-E_\theta(x)} + \theta \quad \text{if } \theta \to 0") == \
        [("undecided", "condition")]


def test_a_universal_is_no_restriction():
    assert [v for v, _ in _steps(r"\log Z_\theta = \log \sum_x e^{-E_\theta(x)} + 1 \quad \text{for all } x")] \
        == ["invalid"]


def test_the_condition_is_cut_from_the_row():
    doc = read_text("$$\n\\log Z(\\beta) = \\log K \\quad \\text{for } \\beta = 0\n$$\n")
    assert [len(r.sides) for r in doc.rows] == [2] and doc.rows[0].condition == r"\beta = 0"
    doc = read_text("$$\nP(x) = \\frac{1}{Z} \\quad\\text{(definition of P)}\n$$\n")
    assert doc.rows[0].condition == ""            # a justification is no condition


def test_parse():
    assert parse(r"\beta = 0") == [("beta", sympy.Eq, 0)]
    assert parse(r"\theta > \frac{1}{2}, \beta \le 3") == [("theta", sympy.Gt, sympy.Rational(1, 2)),
                                                           ("beta", sympy.Le, 3)]
    assert parse("all x") == [] and parse(r"\beta \to \infty") is None


def test_a_condition_fixing_the_variable_of_a_derivative_is_no_internal_error():
    """`d log Z/d beta = -<E>/K for beta = 0` (true: at beta = 0 the model is uniform) and its slip at beta = 1
    were `undecided` through an internal error (SymPy: "Can't calculate derivative wrt 0"), the point put in
    before the derivative was taken. Now: never an internal error, never refuted outside the condition."""
    from derivation.run.checkdoc import check_text
    for value in ("0", "1"):
        text = ("$$\n\\frac{\\partial \\log Z}{\\partial \\beta} = -\\frac{1}{K} \\sum_x E(x) \\quad \\text{for } \\beta = "
                + value + "\n$$\n")
        steps = [s for r in check_text(text).reports for s in r.steps]
        for s in steps:
            assert "failed on this step" not in s.explanation, s.explanation
            assert s.verdict != "invalid" or value == "1", s.explanation
