"""p(h) in a latent-variable model is the marginal sum_v p(v, h) (vocabulary/model.py: hidden_marginal),
never p evaluated at a visible state named h (the hostile set's check_step case: refuted though true)."""
import pytest

from derivation.classroom import check_step


@pytest.mark.parametrize("before, after", [
    (r"\sum_v p(v,h)", r"p(h)"),
    (r"p(h)", r"\sum_v \frac{e^{-E(v,h)}}{Z}"),
    (r"p(v \mid h)\, p(h)", r"p(v,h)"),
    (r"\sum_h p(h)", r"\sum_h \sum_v p(v,h)"),
])
def test_the_marginal_of_the_latent_is_read(before, after):
    assert check_step(before, after).verdict == "proved"


@pytest.mark.parametrize("before, after", [
    (r"\sum_h p(v,h)", r"p(h)"),                      # summed over the wrong variable
    (r"p(h)", r"\frac{e^{-E(v,h)}}{Z}"),              # the sum over v dropped
])
def test_slips_about_the_marginal_are_refuted(before, after):
    assert check_step(before, after).verdict == "invalid"


def test_without_a_joint_h_is_a_state_like_any_other():
    # no latent model is written: p(h) is p at the state h, and it sums to one over the states
    assert check_step(r"\sum_h p(h)", r"1").verdict == "proved"


def test_a_letter_that_is_the_latent_in_one_row_may_be_a_visible_state_in_another():
    # x' is the latent of E(x, x') in the first display, a visible state of the sum in the second:
    # p(x') there is p at a visible state (read as the latent's marginal, a true step was refuted)
    from derivation.run.checkdoc import check_text
    doc = ("$$\nP(x) = \\sum_{x'} \\frac{e^{-E(x, x')}}{Z}\n$$\n\n"
           "$$\n\\sum_{x'} \\frac{e^{-F(x')}}{Z} \\frac{\\partial F(x')}{\\partial \\theta} = "
           "\\sum_{x'} p(x') \\frac{\\partial F(x')}{\\partial \\theta}\n$$\n")
    got = [s.verdict for r in check_text(doc, timeout=30).reports for s in r.steps]
    assert "invalid" not in got and got[-1] in ("proved", "holds"), got
