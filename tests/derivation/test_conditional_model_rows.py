"""A conditional model in the document's own terms (p_theta(y | x) as a softmax of its logits) is never
refuted by drawing the logits apart from the model (the letters tied to the model: readings.py,
arbitrary_beside_model; the classifier's input x: roles.inputs_of). Found by the hostile set: the true row
log p = f[y] - log sum_y' e^{f[y']} was refuted."""
from derivation.run.checkdoc import check_text

SOFTMAX = ("$$\np_\\theta(y \\mid x) = \\frac{e^{f_\\theta(x, y)}}{\\sum_{y'} e^{f_\\theta(x, y')}}\n$$\n\n"
           "$$\n\\log p_\\theta(y \\mid x) = f_\\theta(x, y) - \\log \\sum_{y'} e^{f_\\theta(x, y')}\n$$\n")


def _verdicts(text):
    return [s.verdict for r in check_text(text, timeout=30).reports for s in r.steps]


def test_the_log_of_a_softmax_model_is_never_refuted():
    assert "invalid" not in _verdicts(SOFTMAX)


def test_a_slip_in_the_softmax_is_still_not_called_valid():
    slip = SOFTMAX.replace(r"f_\theta(x, y) - \log", r"f_\theta(x, y) + \log")
    assert _verdicts(slip)[-1] in ("invalid", "undecided")
