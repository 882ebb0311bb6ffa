"""A state used as a number (s^2, e^{a x}, sum_s s^2): its values are what the document declares in inline maths
(`Here $s \\in \\{-1, +1\\}$`), whatever letter the row writes; where nothing declares them, the checker's labels
1..K are no meaning the author gave, so such a row is never refuted on them (derivation/meaning/state_numbers.py;
hostile_set4 F01, F03, F14, L28 were refuted with labels)."""
import pytest

from derivation.run.checkdoc import check_text


def _verdicts(prose, row):
    doc = check_text(f"{prose}\n\n$$\n{row}\n$$\n", "t.md")
    return [s.verdict for r in doc.reports for s in r.steps]


@pytest.mark.parametrize("prose, row", [
    (r"Here $s \in \{-1, +1\}$.", "s^2 = 1"),
    (r"Here $s \in \{0, 1\}$.", "s^2 = s"),
    (r"Here $x \in \\{-1, 1\\}$ (escaped for Markdown).", r"\sum_{x} x^2 = 2"),
])
def test_a_declared_state_takes_its_declared_values(prose, row):
    assert _verdicts(prose, row) == ["proved"]


def test_a_declared_state_refuted_at_a_declared_value():
    assert _verdicts(r"Here $s \in \{-1, +1\}$.", "s^2 = s") == ["invalid"]


def test_a_declaration_of_another_letter_does_not_bind():
    assert _verdicts(r"Here $s \in \{-1, +1\}$.", r"x^2 = 1") == ["undecided"]


@pytest.mark.parametrize("row", ["s^2 = 1", r"\sum_s s^2 = 2", r"\sum_{x} e^{a x} = 2\cosh(a)"])
def test_without_a_declaration_a_state_as_a_number_is_never_refuted_on_labels(row):
    assert _verdicts("The units are binary.", row) == ["undecided"]


def test_an_identity_for_every_number_is_still_proved():
    assert _verdicts("Some state:", "x + x = 2 x") == ["proved"]


def test_a_state_used_only_as_a_state_is_judged_as_before():
    assert _verdicts("A model:", r"\sum_{x} e^{-E(x)} + 1 = Z") == ["invalid"]


def test_another_reading_refuted_on_the_labels_still_keeps_the_row_from_proved():
    # A(x) beside A alone: also A times x, refuted on the labels; only the main reading is spared (a spared
    # alternative would let the main reading's `proved` through)
    doc = check_text("$$\nA + 1 = 1 + A\n$$\n\n$$\n\\mathbb{E}_{x\\sim p}[A(x)] = \\sum_x p(x) A(x)\n$$\n", "t.md")
    assert [s.verdict for r in doc.reports for s in r.steps] == ["proved", "undecided"]
