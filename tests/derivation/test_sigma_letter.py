"""sigma never applied to an argument is a letter (a standard deviation, a spin), not the logistic function refused
(sigma_letter.py); a document that applies sigma keeps the logistic function."""
from fractions import Fraction

from derivation.run.checkdoc import check_text
from derivation.show.shown_counterexample import fields


def _steps(*rows):
    text = "\n\n".join("$$\n" + r + "\n$$" for r in rows) + "\n"
    return [s for r in check_text(text, "t.md").reports for s in r.steps]


def test_a_standard_deviation_is_a_letter():
    assert [s.verdict for s in _steps(r"\sigma^2 \sigma = \sigma^{3}")] == ["proved"]


def test_a_slip_on_its_power_is_refuted_and_recomputed():
    steps = _steps(r"\frac{a}{\sigma^2} = a \sigma^{-1}")
    assert [s.verdict for s in steps] == ["invalid"]
    t = fields(steps[0].counterexample)["tables"]
    a, s = Fraction(t["a ="]), Fraction(t["σ ="])
    f = fields(steps[0].counterexample)
    assert Fraction(f["lhs_exact"]) == a / s ** 2 and Fraction(f["rhs_exact"]) == a / s != a / s ** 2


def test_sigma_applied_stays_the_logistic_function():
    assert [s.verdict for s in _steps(r"\sigma(-a) = 1 - \sigma(a)")] == ["proved"]


def test_sigma_applied_and_written_as_a_number_stays_refused():
    steps = _steps(r"\sigma(-a) = 1 - \sigma(a)", r"\frac{a}{\sigma^2} = a \sigma^{-2}")
    assert [s.verdict for s in steps] == ["unreadable", "unreadable"]
    assert "the logistic function, or" in steps[1].explanation
