"""A prime on an applied letter (A'(\\theta), f'(x), E'(x)) is never dropped (issue 18 part 1): it is the derivative
or another function, and the reader does not guess; the row is unreadable, naming the prime (hostile_set4 P08 was
read as A(\\theta) = E[T] and refuted). Q'(x) = Q''(x) / Z (roles_marks.py) keeps its reading."""
import pytest

from derivation.run.checkdoc import check_text


def _verdicts(text):
    return [s.verdict for r in check_text(text).reports for s in r.steps]


MODEL = "$$\np_\\theta(x) = \\exp\\left(\\theta\\, T(x) - A(\\theta)\\right)\n$$\n\n"


@pytest.mark.parametrize("row", [r"A'(\theta) = \mathbb{E}_{x\sim p_\theta}[T(x)]",
                                 r"A''(\theta) = \mathbb{E}_{x\sim p_\theta}[T(x)]"])
def test_a_primed_function_is_never_read_as_the_function(row):
    assert _verdicts(MODEL + f"$$\n{row}\n$$\n")[-1] in ("unreadable", "undecided")


def test_a_primed_arbitrary_function_is_never_merged_with_it():
    assert _verdicts("$$\nf'(x) = f(x)\n$$\n") != ["proved"]


def test_the_unprimed_row_is_read_as_before():
    assert _verdicts(MODEL + "$$\nA(\\theta) + 0 = A(\\theta)\n$$\n")[-1] == "proved"
