"""An energy the prose defines inline (`Take $E_\\theta(x) = \\theta x^2$ on ...`) beside displays that define none
(meaning/prose_model.py): a row giving the model's objects a value is true or false on that model only, which the
checker does not bind, so it is never refuted on the general model (lead's probe: Z_theta = 1 + e^{-theta} +
e^{-4 theta} was refuted with E(1) drawn at random)."""
import pytest

from derivation.meaning.prose_model import prose_energy
from derivation.run.checkdoc import check_text

MODEL = "$$\np_\\theta(x) = \\frac{1}{Z_\\theta} e^{-E_\\theta(x)}\n$$\n\n"
PROSE = "Take $E_\\theta(x) = \\theta x^2$ on the states $x \\in \\{0, 1, 2\\}$.\n\n"


def _last(text):
    return [s.verdict for r in check_text(text).reports for s in r.steps][-1]


@pytest.mark.parametrize("closed", ["1 + e^{-\\theta} + e^{-4\\theta}", "2 + e^{-\\theta}"])
def test_a_closed_form_on_the_prose_model_is_not_refuted(closed):
    assert _last(MODEL + PROSE + f"$$\nZ_\\theta = {closed}\n$$\n") == "undecided"


def test_without_the_prose_model_a_closed_form_is_refuted():
    assert _last(MODEL + "$$\nZ_\\theta = 2 + e^{-\\theta}\n$$\n") == "invalid"


def test_an_identity_about_every_model_is_still_refuted():
    assert _last(MODEL + PROSE + "$$\n\\log Z_\\theta = \\log \\sum_x e^{E_\\theta(x)}\n$$\n") == "invalid"


@pytest.mark.parametrize("prose, found", [
    ("Here $E(x; \\theta) := \\theta x$ and more.", True),
    ("with $\\mathcal{E}(v, h) = -v^\\top W h$,", True),
    ("where $E$ is the energy and $x = 3$.", False),
    ("the energy $E(x)$ of a state.", False),
])
def test_what_counts_as_an_inline_energy(prose, found):
    assert (prose_energy(MODEL + prose + "\n") is not None) is found


def test_a_display_that_defines_the_energy_binds_it():
    doc = MODEL + PROSE + "$$\nE_\\theta(x) = \\theta x^2\n$$\n"
    assert prose_energy(doc) is None
