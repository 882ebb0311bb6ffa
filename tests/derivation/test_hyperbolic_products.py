"""`\\tanh \\beta J` as physicists write it: the hyperbolic function of the whole product up to the end of the term
(derivation/read/respell_functions.py). Values recomputed here with the standard library."""
import math

import pytest

from derivation.read.general import parse_row
from derivation.read.mapped import Mapped
from derivation.read.read_error import ReadError
from derivation.read.respell import respell

from ._verdicts import display_steps, document_verdicts


def test_tanh_of_an_undelimited_product_is_tanh_of_the_product():
    row = r"\tanh \beta J = \frac{e^{\beta J} - e^{-\beta J}}{e^{\beta J} + e^{-\beta J}}"
    assert [s.verdict for s in display_steps(row)] == ["proved"]


def test_the_product_rule_slip_tanh_beta_times_j_is_refuted_with_its_values():
    (step,) = display_steps(r"\tanh \beta J = J \tanh(\beta)")
    assert step.verdict == "invalid"
    c = step.counterexample   # the left side is tanh of the product beta J at the instance: recomputed here
    (u,) = {abs(a.args[0]) for a in c.lhs.atoms(__import__("sympy").exp)}
    assert float(c.lhs) == pytest.approx(math.tanh(float(u)))
    assert float(c.lhs) != pytest.approx(float(c.rhs))


def test_the_argument_ends_at_the_next_function_and_at_a_sign():
    assert [s.verdict for s in display_steps(r"\cosh x \sinh y = \frac{\sinh(x+y) - \sinh(x - y)}{2}")] == ["proved"]
    assert [s.verdict for s in display_steps(r"\cosh 2x = 2 \cosh^2 x - 1")] == ["proved"]
    assert math.cosh(2 * 0.7) == pytest.approx(2 * math.cosh(0.7) ** 2 - 1)


def test_a_condition_after_the_argument_is_not_part_of_it():
    doc = ("Spins $s_1, s_2 \\in \\{-1, +1\\}$ with $p(s) \\propto e^{\\beta J s_1 s_2}$.\n\n"
           "$$\n\\sum_{s_1}\\sum_{s_2} e^{\\beta J s_1 s_2} = 4 \\cosh \\beta J\n$$\n")
    assert 4 * math.cosh(0.3) == pytest.approx(sum(math.exp(0.3 * a * b) for a in (-1, 1) for b in (-1, 1)))
    assert "invalid" not in document_verdicts(doc)


def test_an_argument_going_on_with_a_group_is_not_guessed():
    typed = r"\cosh \beta (J + h)"
    assert respell(Mapped.of(typed, 0)).text == typed   # left as typed
    with pytest.raises(ReadError) as e:
        parse_row(typed)
    assert r"\cosh" in str(e.value)
    assert [s.verdict for s in display_steps(typed + " = 1")] == ["unreadable"]
