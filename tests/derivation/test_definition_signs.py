"""A definition sign whose left side names a new function (derivation/meaning/definition_signs.py):
`\\nabla \\log \\ell(\\theta; x) := \\nabla \\log p_\\theta(x) = ...` defines, shown and not judged; the steps after it
are judged; a := about an object of the vocabulary stays a claim."""
from fractions import Fraction

from ._verdicts import display_steps, document_verdicts, verdicts

SCORE = r"\nabla_\theta \log \ell(\theta; x) := \nabla_\theta \log p_\theta(x) = "


def test_the_named_score_is_shown_and_the_identity_after_it_proved():
    # old code: two steps, the := judged with ell arbitrary (undecided), then the identity
    assert verdicts(SCORE + r"-\nabla_\theta E_\theta(x) - \nabla_\theta \log Z_\theta") == ["proved"]
    assert verdicts(r"\nabla_\theta \log \ell(\theta; x) \triangleq \nabla_\theta \log p_\theta(x) = "
                    r"-\nabla_\theta E_\theta(x) - \nabla_\theta \log Z_\theta") == ["proved"]


def test_the_sign_slip_after_it_is_refuted_with_its_counterexample_recomputed():
    step, = display_steps(SCORE + r"-\nabla_\theta E_\theta(x) + \nabla_\theta \log Z_\theta")
    assert step.verdict == "invalid"
    cx = step.counterexample.as_dict()
    assert cx["states"] == 1   # one state: p = 1, d log p = 0; the row says -E' + d log Z = -E' - E' = -2 E'
    d = Fraction(cx["tables"]["E(1)"]["d/dtheta"])
    assert Fraction(cx["lhs_exact"]) == 0 and Fraction(cx["rhs_exact"]) == -2 * d != 0


def test_a_definition_sign_alone_is_shown_never_judged():
    assert document_verdicts("$$\n" + SCORE[:-3] + "\n$$\n") in ([], ["unjudged"])


def test_a_definition_sign_about_the_model_stays_a_claim():
    # p is the model: `:=` never hides a slip about an object of the vocabulary
    assert verdicts(r"\nabla_\theta \log p_\theta(x) := -\nabla_\theta E_\theta(x) + \nabla_\theta \log Z_\theta") \
        == ["invalid"]
