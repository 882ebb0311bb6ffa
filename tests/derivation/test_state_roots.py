"""A root of a state used as a number (\\sqrt{x^2}) is not read: the checker's state is a label 1..K, and SymPy simplified
\\sqrt{x^2} to x on the labels' positivity, so the row was read as x = x and proved, even where the document declares
x in {-1, +1} (where it is false at x = -1)."""
from fractions import Fraction

from derivation.run.checkdoc import check_text


def _verdicts(text):
    return [(s.verdict, s) for r in check_text(text).reports for s in r.steps]


def test_a_root_of_a_square_of_a_state_is_never_proved():
    for prose in ("", "Here $x \\in \\{-1, +1\\}$.\n\n"):
        [(v, s)] = _verdicts(prose + "$$\n\\sqrt{x^2} = x\n$$\n")
        assert v == "unreadable" and "root" in s.explanation, (prose, s.explanation)


def test_a_root_of_a_square_of_a_parameter_is_refuted_at_a_negative_value_recomputed_here():
    [(v, s)] = _verdicts("$$\n\\sqrt{\\theta^2} = \\theta\n$$\n")
    assert v == "invalid", s.explanation
    theta = Fraction(s.counterexample.as_dict()["tables"]["theta ="])
    assert theta < 0 and abs(theta) != theta   # sqrt(theta^2) = |theta|


def test_a_root_of_a_positive_square_is_proved():
    [(v, s)] = _verdicts("$$\n\\sqrt{e^{2\\theta}} = e^{\\theta}\n$$\n")
    assert v == "proved", s.explanation
