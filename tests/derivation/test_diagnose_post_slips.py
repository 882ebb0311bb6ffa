"""The classic slips in the post's own notation get a diagnosis in words (diagnose_vocabulary.py),
not "No specific diagnosis applies"."""
from __future__ import annotations

import pytest

from derivation.classroom import check_step

DEE = r"\frac{\partial E_\Theta(x)}{\partial \Theta}"
NEG = r"\mathbb{E}_{x\sim P_\Theta}\left[" + DEE + r"\right]"


@pytest.mark.parametrize("before, after, said", [
    (r"\log P_\Theta(x)", r"-E_\Theta(x)", "differ by exactly log Z (the log-partition term)"),
    (r"\frac{\partial \log P_\Theta(x)}{\partial \Theta}", "-" + DEE, "differ by exactly the model phase E_p[∂E/∂Θ]"),
    (r"\frac{\partial \log P_\Theta(x)}{\partial \Theta}", "-" + DEE + "-" + NEG,
     "times the model phase E_p[∂E/∂Θ]: a sign was flipped"),
])
def test_a_dropped_term_is_named(before, after, said):
    v = check_step(before, after)
    assert v.verdict == "invalid" and said in v.explanation and "No specific diagnosis" not in v.explanation


def test_a_valid_step_is_still_proved():
    assert check_step(r"\frac{\partial \log P_\Theta(x)}{\partial \Theta}", "-" + DEE + "+" + NEG).verdict == "proved"
