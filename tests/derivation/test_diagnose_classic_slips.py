"""Each classic slip of issue 19 gets a diagnosis in words, in the chapter's notation (p_θ, q_φ, KL):
a dropped log Z, a dropped entropy, ∇ outside E_p, Z over the data, a flipped sign, swapped phases."""
import pytest

from derivation.classroom import check_step

GRAD_E = r"\nabla_\theta E_\theta"


@pytest.mark.parametrize("before, after, said", [
    (r"\log p_\theta(x)", r"-E_\theta(x)", "differ by exactly log Z (the log-partition term)"),
    (r"\mathrm{KL}(q_\phi \| p_\theta)", r"\mathbb{E}_{x\sim q_\phi}[E_\theta(x)] + \log Z_\theta",
     "differ by exactly the entropy H(q)"),
    (r"\nabla_\theta \mathbb{E}_{x\sim p_\theta}[E_\theta(x)]", r"\mathbb{E}_{x\sim p_\theta}[" + GRAD_E + "(x)]",
     "derivative of an expectation was swapped with the expectation of the derivative"),
    (r"Z_\theta", r"\sum_{i=1}^{N} e^{-E_\theta(x_i)}", "over the N data points only"),
    (r"\nabla_\theta \log Z_\theta", r"\mathbb{E}_{x\sim p_\theta}[" + GRAD_E + "(x)]", "a sign was flipped"),
    (r"\nabla_\theta \log p_\theta(x)", r"\mathbb{E}_{h\sim p_\theta(h|x)}[" + GRAD_E + r"(x,h)] - "
     r"\mathbb{E}_{p_\theta(x',h)}[" + GRAD_E + "(x',h)]", "were swapped"),
])
def test_a_classic_slip_is_named(before, after, said):
    v = check_step(before, after)
    assert v.verdict == "invalid" and said in v.explanation, v.explanation
    assert "No specific diagnosis" not in v.explanation


def test_the_right_kl_is_still_proved():
    assert check_step(r"\mathrm{KL}(q_\phi \| p_\theta)",
                      r"\mathbb{E}_{x\sim q_\phi}[E_\theta(x)] + \log Z_\theta - H(q_\phi)").verdict == "proved"
