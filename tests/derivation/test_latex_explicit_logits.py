"""A classifier's logits as an energy (derivation/meaning/explicit.py): f(x)[y] = -E(x, y), y a latent label."""
import json

from derivation.run.checkdoc import check_text

JOINT = "$$\np_\\theta(\\mathbf{x}, y) = \\frac{\\exp(f_\\theta(\\mathbf{x})[y])}{Z(\\theta)}\n$$\n"


def verdicts(*rows):
    text = JOINT + "".join(f"\n$$\n{r}\n$$\n" for r in rows)
    d = json.loads(check_text(text).to_json())
    return [[s["verdict"] for s in der["steps"]] for der in d["derivations"]]


def test_joint_marginal_softmax_and_free_energy_are_proved():
    got = verdicts(
        r"p_\theta(\mathbf{x}) = \sum_y p_\theta(\mathbf{x}, y) = \frac{\sum_y \exp(f_\theta(\mathbf{x})[y])}{Z(\theta)}",
        r"p_\theta(y \mid \mathbf{x}) = \frac{\exp(f_\theta(\mathbf{x})[y])}{\sum_{y'} \exp(f_\theta(\mathbf{x})[y'])}",
        r"F(\mathbf{x}) = -\operatorname{LogSumExp}_y(f_\theta(\mathbf{x})[y]) = -\log \sum_y \exp(f_\theta(\mathbf{x})[y])")
    assert got == [["proved"], ["proved", "proved"], ["proved"], ["proved", "proved"]]


def test_gradient_of_log_p_x_through_the_logits_is_proved():
    (_, grad), = [verdicts(
        r"\frac{\partial \log p_\theta(\mathbf{x})}{\partial \theta} = \frac{\partial \operatorname{LogSumExp}_y("
        r"f_\theta(\mathbf{x})[y])}{\partial \theta} - \mathbb{E}_{p_\theta(\mathbf{x}')}\left[\frac{\partial "
        r"\operatorname{LogSumExp}_y(f_\theta(\mathbf{x}')[y])}{\partial \theta}\right]")]
    assert grad == ["proved"]


def test_softmax_over_z_is_refuted():
    got = verdicts(r"p_\theta(y \mid \mathbf{x}) = \frac{\exp(f_\theta(\mathbf{x})[y])}{Z(\theta)}")
    assert got[1] == ["invalid"]
