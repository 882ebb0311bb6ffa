"""b_1(a + c), b_i(\\ln a_i): a letter with an index before parentheses may be the function b_1 applied or b_1 times
the parenthesis, as much as b(a + c) without its index (meaning_values.arbitrary_fn). The index was taken for an
argument the parentheses hold, so the row was silently read as a function applied, and distributivity itself,
b_1 (a + c) = b_1 a + b_1 c, was judged invalid (a false reject found while reading logistic-regression notes that
write y_i(\\ln 1 - \\ln(1 + e^{-z_i})))."""
from fractions import Fraction

from derivation.run.checkdoc import check_text


def _steps(row):
    return [s for r in check_text("$$\n" + row + "\n$$\n").reports for s in r.steps]


def test_the_product_written_with_a_dot_is_proved():
    [s] = _steps(r"b_1 \cdot (a + c) = b_1 a + b_1 c")
    assert s.verdict == "proved", s.explanation


def test_a_slip_is_refuted_and_its_counterexample_recomputed():
    [s] = _steps(r"b_1 \cdot (a + c) = b_1 a + c")
    assert s.verdict == "invalid", s.explanation
    t = s.counterexample.as_dict()["tables"]
    b, a, c = Fraction(t["b(1)"]["value"]), Fraction(t["a ="]), Fraction(t["c ="])
    assert Fraction(s.counterexample.as_dict()["lhs_exact"]) == b * (a + c) != b * a + c


def test_application_or_product_is_never_refuted():
    for row in (r"b_1 (a + c) = b_1 a + b_1 c", r"\frac{1}{N}\sum_{i=1}^{N} b_i \ln(a_i) = \frac{1}{N}\sum_{i=1}^{N} b_i(\ln(a_i))",
                r"\sum_{i} w_i (a + c) = \sum_i w_i a + \sum_i w_i c"):
        [s] = _steps(row)
        assert s.verdict in ("undecided", "unreadable"), (row, s.verdict)
        assert "applied or a product" in s.explanation or "a number times them" in s.explanation   # applied_product.py


def test_a_function_letter_with_an_index_is_still_a_function():
    [s] = _steps(r"f_i(a + c) = f_i(c + a)")
    assert s.verdict == "proved", s.explanation


def test_two_indexed_functions_are_two_functions():
    # f_1 and f_2 were read as one function f (the index dropped with the head's subscript): a false `proved`
    [s] = _steps(r"f_1(a) + 1 = f_2(a) + 1")
    assert s.verdict == "invalid", s.explanation
    [s] = _steps(r"A_1(\theta) + 1 = A_2(\theta) + 1")
    assert s.verdict == "invalid", s.explanation
