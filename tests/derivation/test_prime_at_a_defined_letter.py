"""sigma'(a) where the prose gives a a value (`- when $a = 0$.`): the derivative of the fixed function, taken while
the rows are built unevaluated, kept d t/d t as Piecewise((t, Eq(1, 0)), (1, Eq(1, 1)), (0, True)); once t was the
document's Defined(a, 0), SymPy rebuilt it as 0 and the true sigma'(a) = sigma(a)(1 - sigma(a)) was refuted
(left side 0, right side 1/4; found by read4 on main). vocabulary/functions.fixed_function now differentiates
evaluated."""
from derivation.run.checkdoc import check_text

DOC = ("$$\n\\sigma(a) = \\frac{1}{1 + e^{-a}}\n$$\n\nThe derivative is largest\n- when $a = 0$.\n\n"
       "$$\n\\sigma'(a) = {rhs}\n$$\n")


def _last(rhs):
    return [s.verdict for r in check_text(DOC.replace("{rhs}", rhs)).reports for s in r.steps][-1]


def test_the_derivative_at_a_defined_letter_is_not_refuted():
    assert _last("\\sigma(a)(1 - \\sigma(a))") in ("proved", "holds")


def test_a_wrong_derivative_there_is_still_refuted():
    assert _last("\\sigma(a)(1 + \\sigma(a))") == "invalid"   # 3/4 at a = 0, where sigma'(0) = 1/4
