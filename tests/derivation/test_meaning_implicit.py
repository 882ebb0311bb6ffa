"""A model object of the state written bare under a sum over the states (derivation/meaning/meaning_implicit.py):
\\sum_x \\tilde p, \\sum_x e^{-E}, \\sum_x \\hat P_\\theta (where \\hat P is the model's p~) are at the bound x;
a letter the vocabulary does not know stays an arbitrary constant. Counterexamples recomputed here."""
import math
from fractions import Fraction

from ._verdicts import display_steps, document_verdicts, verdicts

HAT = "$$\n\\nabla_{\\theta}\\log P(x; \\theta) = \\nabla_{\\theta}\\log \\hat{P}(x; \\theta) - \\nabla_{\\theta} \\log Z(\\theta)\n$$\n"


def test_bare_objects_under_a_sum_over_the_states_are_at_the_bound_state():
    # old code: \tilde p and \hat P_\theta bare were arbitrary constants (K c refuted), e^{-E} unreadable
    assert verdicts(r"Z = \sum_{x} \tilde{p}") == ["proved"]
    assert verdicts(r"Z = \sum_{x} e^{-E}") == ["proved"]
    assert document_verdicts(HAT + "$$\nZ = \\sum_{x}\\hat{P}_{\\theta}\n$$\n")[-1] == "proved"
    assert document_verdicts(HAT + "$$\n\\nabla \\log Z = \\sum_{x} P(x; \\theta) \\nabla \\log \\hat{P}_{\\theta}\n$$\n")[-1] \
        == "proved"


def test_a_sign_slip_is_refuted_with_its_counterexample_recomputed():
    step, = display_steps(r"Z = \sum_{x} e^{E}")
    assert step.verdict == "invalid"
    cx = step.counterexample.as_dict()
    assert set(cx["tables"]) == {f"E({s})" for s in range(1, cx["states"] + 1)}   # no masses: each state counts 1
    w = [Fraction(cx["tables"][f"E({s})"]["e^{-E}"]) for s in range(1, cx["states"] + 1)]
    assert sum(w) == Fraction(cx["lhs_exact"]) and sum(1 / u for u in w) == Fraction(cx["rhs_exact"])
    assert not math.isclose(cx["lhs"], cx["rhs"])


def test_an_unknown_letter_stays_a_constant():
    # c is no object of the state: \sum_x c p(x) = c holds for a constant, and is never read as c(x)
    assert verdicts(r"\sum_x c\, p(x) = c") == ["proved"]


def test_a_row_whose_readings_disagree_stays_undecided():
    # \hat P carries the parameter but no row writes P = \hat P / Z: the p~ reading refutes the slip, the
    # reading with \hat P arbitrary cannot be judged: undecided, never invalid
    got = document_verdicts(HAT + "$$\n\\nabla \\log Z = \\sum_{x} P(x; \\theta) \\log \\hat{P}_{\\theta}\n$$\n")
    assert got[-1] == "undecided"
