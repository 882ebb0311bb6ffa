"""A decimal numeral claims its value to the digits printed (derivation/judge/rounded.py): a row that rounds
correctly is proved to that precision, one off in its last digit beyond rounding stays invalid, saying what the
value rounds to. The exact values are recomputed here with the standard library, never through the checker."""
import math
from decimal import ROUND_HALF_UP, Decimal

from derivation.judge.rounded import printed_decimals

from ._verdicts import display_steps


def _rounds_to(value: float, numeral: str) -> bool:
    places = Decimal(numeral).as_tuple().exponent
    return Decimal(repr(value)).quantize(Decimal(1).scaleb(places), rounding=ROUND_HALF_UP) == Decimal(numeral)


def test_minus_log_of_a_rounded_probability_to_three_decimals_is_proved():
    assert _rounds_to(-math.log(0.245), "1.406")        # -ln 0.245 = 1.40649...
    (step,) = display_steps(r"-\log(0.245) = 1.406")
    assert step.verdict == "proved"
    assert "3 decimals written" in step.explanation and step.counterexample is None


def test_softmax_entry_to_four_decimals_is_proved():
    exact = math.exp(3) / (math.exp(2) + math.exp(3) + math.exp(4))
    assert _rounds_to(exact, "0.2447")
    (step,) = display_steps(r"\frac{e^{3}}{e^{2} + e^{3} + e^{4}} = 0.2447")
    assert step.verdict == "proved"


def test_a_last_digit_off_beyond_rounding_is_invalid_and_says_what_it_rounds_to():
    assert not _rounds_to(math.log(2), "0.6932") and _rounds_to(math.log(2), "0.6931")
    (step,) = display_steps(r"\ln 2 = 0.6932")
    assert step.verdict == "invalid"
    assert "0.6931" in step.explanation and "4 decimals" in step.explanation


def test_the_precision_is_the_bare_numerals_not_a_coarser_input():
    # e^{0.5} = 1.6487...: 1.69 is wrong at its 2 decimals, though the input 0.5 has only one
    assert not _rounds_to(math.exp(0.5), "1.69")
    (step,) = display_steps(r"e^{0.5} = 1.69")
    assert step.verdict == "invalid"


def test_two_numerals_the_coarser_rounds_the_finer():
    assert _rounds_to(0.2447, "0.245") and not _rounds_to(0.2447, "0.244")
    assert [s.verdict for s in display_steps(r"0.2447 = 0.245")] == ["proved"]
    assert [s.verdict for s in display_steps(r"0.2447 = 0.244")] == ["invalid"]


def test_a_row_with_a_letter_is_never_judged_at_the_printed_precision():
    # Z is the model's partition function: no closed number, so rounding says nothing about it
    steps = display_steps(r"\log Z = 1.406")
    assert all(s.verdict != "proved" for s in steps)


def test_printed_decimals_keeps_the_fewest_digits_of_a_value():
    from sympy import Rational
    assert printed_decimals(r"0.0900 + 0.09 = 1.406") == {Rational(9, 100): 2, Rational(703, 500): 3}


def test_e_to_fifteen_decimals():
    # e = 2.71828182845904523...: ...045 is right to 15 decimals, ...046 is off by 7.6e-16 > 5e-16
    assert [s.verdict for s in display_steps(r"e = 2.718281828459045")] == ["proved"]
    assert [s.verdict for s in display_steps(r"e = 2.718281828459046")] == ["invalid"]


def test_a_numeral_with_trailing_zeros_keeps_its_decimals():
    # 2.0 claims one decimal: 2.04 rounds to 2.0; an integer 2 claims nothing, so 2 = 2.04 is off at 2 decimals
    assert [s.verdict for s in display_steps(r"2.0 = 2.04")] == ["proved"]
    assert [s.verdict for s in display_steps(r"2 = 2.04")] == ["invalid"]
