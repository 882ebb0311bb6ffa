"""`\\approx` with a rounded decimal (derivation/read/reader.py marks it judged, derivation/judge/approximate.py):
judged like `=` with a rounded decimal, to the digits written; an approximation of anything that is not one closed
number stays shown, not judged, and is never refuted. Values recomputed here with the standard library."""
import math
from decimal import ROUND_HALF_UP, Decimal

from ._verdicts import display_steps, document_verdicts


def _rounds_to(value: float, numeral: str) -> bool:
    places = Decimal(numeral).as_tuple().exponent
    return Decimal(repr(value)).quantize(Decimal(1).scaleb(places), rounding=ROUND_HALF_UP) == Decimal(numeral)


def test_a_correctly_rounded_approximation_is_proved_to_its_digits():
    assert _rounds_to(math.tanh(1), "0.762")
    (step,) = display_steps(r"\tanh(1) \approx 0.762")
    assert step.verdict == "proved" and "3 decimals written" in step.explanation


def test_a_truncated_value_is_refuted_saying_what_it_rounds_to():
    value = math.tanh(1)                         # 0.76159...: 0.761 is truncated, not rounded
    assert not _rounds_to(value, "0.761") and _rounds_to(value, "0.762")
    (step,) = display_steps(r"\tanh(1) \approx 0.761")
    assert step.verdict == "invalid" and "0.762" in step.explanation


def test_a_chain_ending_in_an_approximation_judges_both_links_and_the_claim():
    value = 1 - 1 / (1 + math.exp(-1))
    assert _rounds_to(value, "0.269")
    doc = ("With the logistic function $\\sigma(t) = 1/(1 + e^{-t})$,\n\n"
           "$$\n\\sigma(-1) = 1 - \\sigma(1) \\approx 0.269\n$$\n")
    assert "invalid" not in document_verdicts(doc)
    assert document_verdicts(doc)[-1] == "proved"
    (e,) = display_steps(r"e^{0.7} \approx 2.000")
    assert not _rounds_to(math.exp(0.7), "2.000") and e.verdict == "invalid"


def test_an_approximation_of_a_quantity_with_letters_is_never_refuted():
    # log Z varies with the model: `\approx 0.5` there is no claim about digits (shown, not judged)
    assert [s.verdict for s in display_steps(r"\log Z \approx 0.5")] == []
    steps = display_steps(r"\log Z = \log \sum_x e^{-E(x)} \approx 1.5")
    assert [s.verdict for s in steps] == ["proved"]


def test_a_letter_the_text_hides_in_a_command_is_undecided_not_refuted():
    # \beta looks like a closed side to the reader; the judge sees a letter left: undecided, never invalid
    steps = display_steps(r"e^{\beta} \approx 2.000")
    assert steps and all(s.verdict == "undecided" for s in steps)


def test_an_integer_is_no_claim_of_digits():
    assert display_steps(r"e^{0.7} \approx 2") == []
