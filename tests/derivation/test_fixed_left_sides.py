"""A row whose left side is a quantity the document already fixes is a claim, judged, never a new definition shown
and left unjudged (issue 18 part 4; hostile set 10, A24, A30, A34, A52, I25): the mean energy U of a document of
statistical mechanics, a letter an earlier row of the document defines (S = -sum p ln p in the prose, then
S = ... in a display), and the model's energy at another parameter value (E_{theta'})."""
from derivation.run.checkdoc import check_text

_THERMO = ("States $x$ with energies $E(x)$ and $p_\\beta(x) = e^{-\\beta E(x)}/Z(\\beta)$, free energy "
           "$F = -\\frac{1}{\\beta}\\ln Z(\\beta)$, mean energy $U = \\langle E \\rangle$ and entropy "
           "$S = -\\sum_x p_\\beta(x) \\ln p_\\beta(x)$.\n\n")


def _last(text):
    return [s for r in check_text(text, timeout=30).reports for s in r.steps][-1]


def _row(row):
    return _last(_THERMO + "$$\n" + row + "\n$$\n").verdict


def test_the_mean_energy_on_the_left_is_a_claim():
    assert _row("U = F") == "invalid"
    assert _row("U = \\frac{\\partial (\\beta F)}{\\partial \\beta}") == "proved"


def test_a_letter_the_prose_defined_first_is_a_claim_in_a_later_display():
    assert _row("S = -\\beta F") == "invalid"
    assert _row("S = \\beta U - \\beta F") == "proved"


def test_a_definition_the_checker_cannot_read_first_leaves_a_later_row_a_claim():
    doc = ("States $x$ with energies $E(x)$ and $p_\\beta(x) = e^{-\\beta E(x)}/Z(\\beta)$. The heat capacity is "
           "$C = \\frac{\\partial U}{\\partial T}$.\n\n$$\nC = \\frac{\\langle E^2 \\rangle + \\langle E \\rangle^2}{T^2}\n$$\n")
    assert _last(doc).verdict not in ("unjudged", "proved", "holds")


def test_the_energy_at_another_parameter_value_is_the_model_s():
    doc = "$$\np_\\theta(x) = \\frac{e^{-E_\\theta(x)}}{Z_\\theta}\n$$\n\n$$\nE_{\\theta}(x) = E_{\\theta'}(x)\n$$\n"
    assert _last(doc).verdict == "invalid"
