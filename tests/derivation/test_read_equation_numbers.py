"""An equation number typed by hand at the end of a row (`... = b.\\:\\:\\:\\:(13)`, `a = b \\qquad (2.1)`) is
not mathematics of the row: read as a factor, a valid row became a false `invalid` with "a factor 13 was
lost" (a real derivation of the sixth blind set). Only after punctuation or a spacing command: `= 2 (13)`
after a plain space may be a product and stays as written."""
from derivation import check_text

MODEL = "$$\np_\\theta(x) = \\frac{e^{-E_\\theta(x)}}{Z_\\theta}\n$$\n\n"


def _verdicts(row: str) -> list[str]:
    """The verdicts of the row's own step (the model row before it is a step of its own)."""
    steps = [s for r in check_text(MODEL + f"$$\n{row}\n$$\n").reports for s in r.steps]
    return [s.verdict for s in steps if s.step.from_line == s.step.to_line == 6]


def test_a_valid_row_with_its_number_after_spacing_is_proved():
    row = r"\log p_\theta(x) = -E_\theta(x) - \log Z_\theta.\:\:\:\:(13)"
    assert _verdicts(row) == ["proved"]
    assert _verdicts(r"\log p_\theta(x) = -E_\theta(x) - \log Z_\theta \qquad (2.1)") == ["proved"]


def test_a_slip_with_its_number_is_still_refuted():
    # the sign of log Z flipped: at E = 0 on two states, log p = -log 2 but the right side is +log 2
    assert _verdicts(r"\log p_\theta(x) = -E_\theta(x) + \log Z_\theta.\quad(13)") == ["invalid"]


def test_a_parenthesised_number_after_a_plain_space_stays_mathematics():
    # `- \log Z_\theta (13)`: no punctuation or spacing command before it, so it is read as written (a
    # product), never silently dropped: the row as written is false
    assert _verdicts(r"\log p_\theta(x) = -E_\theta(x) - \log Z_\theta (13)") != ["proved"]
