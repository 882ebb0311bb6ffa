"""Policy (derivation/README.md): a removable singularity is `invalid` where the row's own division is 0/0 (a step must
hold at every value of its parameters), the explanation says so and how to state the domain, and a row with its
domain stated is judged there (hostile set 5, E13)."""
from fractions import Fraction

from derivation.run.checkdoc import check_text


def _step(row):
    [s] = [s for r in check_text("$$\n" + row + "\n$$\n").reports for s in r.steps]
    return s


def test_a_cancelled_factor_that_can_vanish_is_refuted_where_it_does_and_says_why():
    s = _step(r"\frac{\theta^3 - \theta}{\theta^2 - 1} = \theta")
    assert s.verdict == "invalid"
    assert "left side has no value" in s.explanation and r"\text{for }" in s.explanation, s.explanation
    cx = s.counterexample.as_dict()
    theta = Fraction(cx["tables"]["theta ="])
    assert theta ** 2 - 1 == 0 and theta ** 3 - theta == 0        # recomputed: 0/0 on the left
    assert cx["lhs"] is None and Fraction(cx["rhs_exact"]) == theta   # a value on the right


def test_with_its_domain_stated_the_row_holds():
    s = _step(r"\frac{\theta^3 - \theta}{\theta^2 - 1} = \theta \quad \text{for } \theta > 1")
    assert s.verdict in ("holds", "proved"), s.explanation


def test_a_slip_inside_the_stated_domain_is_still_refuted():
    s = _step(r"\frac{\theta^3 - \theta}{\theta^2 - 1} = \theta + 1 \quad \text{for } \theta > 1")
    assert s.verdict == "invalid", s.explanation
    cx = s.counterexample.as_dict()
    lhs, rhs = Fraction(cx["lhs_exact"]), Fraction(cx["rhs_exact"])
    assert rhs - lhs == 1          # theta + 1 against (theta^3 - theta)/(theta^2 - 1) = theta, theta != +-1


def test_a_condition_that_leaves_a_singular_point_inside_is_not_refuted_outside_it():
    s = _step(r"\frac{\theta^3 - \theta}{\theta^2 - 1} = \theta \quad \text{for } \theta \neq 1")
    assert s.verdict in ("undecided", "invalid"), s.explanation   # theta = -1 is inside: never proved or holds
