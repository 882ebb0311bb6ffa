"""A summation index written as a number in its summand is the integer it runs over (hostile set 5, V06): never a
free quantity a counterexample could set to 1/2; the sum of its powers is taken in closed form, so the row is proved
for every N, and a slip is refuted with a counterexample anyone can recompute."""
from fractions import Fraction

from derivation.run.checkdoc import check_text


def _steps(row):
    return [s for r in check_text("$$\n" + row + "\n$$\n").reports for s in r.steps]


def test_a_sum_of_the_index_minus_its_mean_is_proved():
    [s] = _steps(r"\sum_{i=1}^{N} \left(i - \frac{N+1}{2}\right) = 0")
    assert s.verdict == "proved", s.explanation
    assert any("Faulhaber" in r for r in s.rules), s.rules


def test_a_sum_of_squares_is_proved():
    [s] = _steps(r"\sum_{n=1}^{N} n^2 = \frac{N^3}{3} + \frac{N^2}{2} + \frac{N}{6}")
    assert s.verdict == "proved", s.explanation


def test_the_slip_without_the_half_is_refuted_at_a_data_size_recomputed_here():
    [s] = _steps(r"\sum_{i=1}^{N} \left(i - \frac{N}{2}\right) = 0")
    assert s.verdict == "invalid", s.explanation
    cx = s.counterexample.as_dict()
    n = len(cx["data"])
    assert not cx.get("tables") or not any("i" == k.split()[0] for k in cx["tables"])   # the index is given no value
    lhs = sum(Fraction(i) - Fraction(n, 2) for i in range(1, n + 1))   # recomputed: N/2, never 0 for N >= 1
    assert lhs != 0 and Fraction(cx["lhs_exact"]) == lhs and Fraction(cx["rhs_exact"]) == 0
