"""A loss letter that cannot be the model's NLL is the document's own letter (derivation/meaning/meaning.py: _bare_constant),
and a hyperbolic function after a letter is a product (derivation/read/respell.py: a brace group, never parentheses).
Found by the hostile set: a single spin with energies -+J (in prose), `Z = e^{beta J} + e^{-beta J}` was
refuted with J read as the NLL of a model without parameters, and `J \\tanh(\\beta J)` as J applied to tanh."""
from derivation.classroom import check_step
from derivation.run.checkdoc import check_text

SPIN = ("A single spin $s \\in \\{+1, -1\\}$ with energies $\\mp J$.\n\n$$\nZ = e^{\\beta J} + e^{-\\beta J}\n$$\n\n"
        "$$\n\\frac{\\partial \\log Z}{\\partial \\beta} = J \\tanh(\\beta J)\n$$\n")


def _verdicts(text):
    return [s.verdict for r in check_text(text, timeout=30).reports for s in r.steps]


def test_a_model_stated_in_prose_is_never_refuted():
    assert _verdicts(SPIN) == ["undecided", "undecided"]


def test_a_letter_times_tanh_is_a_product():
    tanh = r"\frac{e^{\beta J} - e^{-\beta J}}{e^{\beta J} + e^{-\beta J}}"
    assert check_step(r"J \tanh(\beta J)", "J " + tanh).verdict == "proved"
    slip = check_step(r"J \tanh(\beta J)", tanh)   # the factor J dropped: refuted where J != 1
    assert slip.verdict == "invalid" and "J = " in str(slip)


def test_the_loss_with_parameters_is_still_the_nll():
    # L beside a parametrised model stays the average negative log-likelihood, and its slips are refuted
    assert check_step(r"\mathcal{L}(\theta)", r"-\frac{1}{N}\sum_{i=1}^N \log p_\theta(x_i)").verdict == "proved"
    assert check_step(r"\mathcal{L}(\theta)", r"\frac{1}{N}\sum_{i=1}^N \log p_\theta(x_i)").verdict == "invalid"


def test_a_loss_letter_with_a_bar_is_never_guessed():
    # L(theta | v) is the likelihood of theta given v in many texts: read as the NLL, the true RBM gradient
    # d log L(theta | v)/dw = p(h=1|v) v - sum_v p(v) p(h=1|v) v was refuted (a false reject of the new blind set)
    assert _verdicts("$$\n\\frac{\\partial \\log \\mathcal{L}(\\theta \\mid v)}{\\partial \\theta} = 0\n$$\n") \
        == ["unreadable"]
