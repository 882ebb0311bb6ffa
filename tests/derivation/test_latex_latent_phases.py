"""The latent-variable gradient in brackets: <f(v, h)>_data and <f(v, h)>_model average h over its
posterior (the data phase clamps v, the model phase is the joint); a row about one observed v whose
<.>_data is the N-point average is undecided, never a false invalid (its two readings, derivation/meaning/readings.py)."""
import pytest

from ._verdicts import verdicts

DE = r"\frac{\partial E(v,h)}{\partial\theta}"



@pytest.mark.parametrize("left", [
    r"\frac{1}{N}\sum_{i=1}^N \frac{\partial \log p(v_i)}{\partial \theta}",
])
def test_the_averaged_latent_gradient_in_brackets_is_proved(left):
    row = rf"{left} = \left\langle -{DE}\right\rangle_{{\text{{data}}}} - \left\langle -{DE}\right\rangle_{{\text{{model}}}}"
    assert verdicts(row) == ["proved"]


def test_posterior_minus_joint_phase_is_proved():
    row = (rf"\frac{{\partial \log p(v)}}{{\partial \theta}} = \mathbb{{E}}_{{h\sim p(h|v)}}\left[-{DE}\right]"
           rf" - \mathbb{{E}}_{{p(v,h)}}\left[-{DE}\right]")
    assert verdicts(row) == ["proved"]


def test_a_row_about_one_observation_is_undecided_not_refuted():
    row = (rf"\frac{{\partial \log p(v)}}{{\partial \theta}} = \left\langle -{DE}\right\rangle_{{\text{{data}}}}"
           rf" - \left\langle -{DE}\right\rangle_{{\text{{model}}}}")
    assert verdicts(row) == ["undecided"]
    assert verdicts(r"-\frac{\partial \log p_\theta(x)}{\partial\theta} = \left\langle \frac{\partial E_\theta(x)}"
                    r"{\partial\theta}\right\rangle_{\text{data}} - \left\langle \frac{\partial E_\theta(x)}"
                    r"{\partial\theta}\right\rangle_{\text{model}}") == ["undecided"]


@pytest.mark.parametrize("row", [
    # the sign of both phases flipped
    rf"\frac{{\partial \log p(v)}}{{\partial \theta}} = \left\langle {DE}\right\rangle_{{\text{{data}}}}"
    rf" - \left\langle {DE}\right\rangle_{{\text{{model}}}}",
    # the phases swapped, averaged over the data
    rf"\frac{{1}}{{N}}\sum_{{i=1}}^N \frac{{\partial \log p(v_i)}}{{\partial \theta}} = "
    rf"\left\langle -{DE}\right\rangle_{{\text{{model}}}} - \left\langle -{DE}\right\rangle_{{\text{{data}}}}",
    # the model phase with a plus sign, one observation
    r"-\frac{\partial \log p_\theta(x)}{\partial\theta} = \left\langle \frac{\partial E_\theta(x)}{\partial\theta}"
    r"\right\rangle_{\text{data}} + \left\langle \frac{\partial E_\theta(x)}{\partial\theta}\right\rangle_{\text{model}}",
])
def test_slips_stay_refuted(row):
    assert verdicts(row) == ["invalid"]
