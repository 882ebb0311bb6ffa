"""An exact zero after cancellation is equal, though SymPy's is_zero calls it nonzero (judge/exact_values.py).

The entropy of a two-state exponential family at theta = 241/5, written two ways, differs by an exact zero that no
working precision resolves; SymPy's assumptions answered `is_zero is False` on it (depending on the order of its terms), and a true row was
refuted."""
import pytest
import sympy
from sympy.core.evalf import PrecisionExhausted
from sympy import Rational as R, exp, log

from derivation.judge.exact_values import compare_exact
from derivation.run.checkdoc import check_text

D = R(3, 2) * exp(R(-69, 5)) + R(3, 2) * exp(R(241, 5))   # Z: two states of base measure 3/2
P1 = R(3, 2) * exp(R(241, 5)) / D


def test_no_working_precision_resolves_this_zero():
    gap = log(P1) - (log(R(3, 2)) + R(241, 5) - log(D))
    with pytest.raises(PrecisionExhausted):   # the path where SymPy's is_zero used to be asked
        gap.evalf(60, strict=True, maxn=600)
    assert abs(sympy.N(gap, 200)) < sympy.Float(10) ** -150


def test_an_exact_zero_after_cancellation_is_equal():
    assert compare_exact(log(P1), log(R(3, 2)) + R(241, 5) - log(D)) == "equal"


def test_a_tiny_but_real_gap_between_moderate_numbers_still_differs():
    assert compare_exact(log(P1), log(R(3, 2)) + R(241, 5) - log(D) + exp(R(-180))) == "differ"


def test_the_entropy_of_an_exponential_family_is_not_refuted():
    text = ("An exponential family, $p_\\theta(x) = h(x) \\exp\\left(\\theta^\\top T(x) - A(\\theta)\\right)$.\n\n"
            "$$\nH(p_\\theta) = A(\\theta) - \\sum_k \\theta_k \\frac{\\partial A(\\theta)}{\\partial \\theta_k}"
            " - \\mathbb{E}_{x \\sim p_\\theta}\\left[\\log h(x)\\right]\n$$\n")
    verdicts = [st.verdict for c in check_text(text, timeout=30).reports for st in c.steps]
    assert verdicts and "invalid" not in verdicts, verdicts
