"""meaning_operators.implicit_var: the state an expectation without a written variable averages over is a state
letter written as a value, never the name of a function (h of an exponential family's base measure h(x)). The
row E_{p_eta}[log h(x)] = sum_x p_eta(x) log h(x) was refuted with h taken as the state (read3's report)."""
from derivation.run.checkdoc import check_text

MODEL = "$$p_\\eta(x) = h(x)\\, e^{\\eta T(x) - A(\\eta)}$$\n\n"


def _verdicts(text):
    return [s.verdict for r in check_text(text).reports for s in r.steps]


def test_the_base_measure_is_a_function_not_the_state():
    assert _verdicts(MODEL + "$$\\mathbb{E}_{p_\\eta}[\\log h(x)] = \\sum_x p_\\eta(x)\\log h(x)$$\n") == ["proved"]


def test_the_weights_dropped_are_refuted():
    assert _verdicts(MODEL + "$$\\mathbb{E}_{p_\\eta}[\\log h(x)] = \\sum_x \\log h(x)$$\n") == ["invalid"]


def test_a_latent_h_alone_is_still_the_state():
    row = "$$\\mathbb{E}_{p(h \\mid v)}[h] = \\sum_h p(h \\mid v)\\, h$$\n"
    assert "invalid" not in _verdicts(row)
