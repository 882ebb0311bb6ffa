"""softmax(z)_j is read as the quotient it abbreviates (read/respell_softmax.py), in every spelling of the name."""
import pytest

from derivation.read.respell_softmax import softmax_components
from derivation.run.checkdoc import check_text


def _apply(text):
    out = text
    for start, end, pieces in sorted(softmax_components(text), reverse=True):
        out = out[:start] + "".join(pieces) + out[end:]
    return out


@pytest.mark.parametrize("typed", [r"\operatorname{softmax}(z)_j", r"\mathrm{softmax}(\mathbf{z})_{j}",
                                   r"\text{softmax}\left(z\right)_j"])
def test_each_spelling_is_the_quotient(typed):
    assert _apply(typed + " = 1").replace(" ", "") == r"\left(\frac{e^{z_{j}}}{\sum_{k}e^{z_{k}}}\right)=1"


def test_the_summation_letter_is_one_the_row_does_not_write():
    assert r"\sum_{l}" in _apply(r"\operatorname{softmax}(z)_j = \frac{e^{z_j}}{\sum_k e^{z_k}}")


@pytest.mark.parametrize("typed", [r"\operatorname{softmax}(Wx + b)_j", r"\operatorname{softmax}(z)",
                                   r"\operatorname{softmax}(z / T)_j"])
def test_other_forms_are_left_as_typed(typed):
    assert softmax_components(typed) == []


def _verdict(row):
    return [s.verdict for r in check_text(f"$$\n{row}\n$$\n").reports for s in r.steps][-1]


def test_the_shift_invariance_is_proved():
    assert _verdict(r"\mathrm{softmax}(z)_j = \frac{e^{z_j - c}}{\sum_k e^{z_k - c}}") == "proved"


def test_a_slip_is_never_proved():
    assert _verdict(r"\mathrm{softmax}(z)_j = \frac{2 e^{z_j}}{\sum_k e^{z_k}}") not in ("proved", "holds")
