"""Entropies the vocabulary cannot tell apart are not read, never guessed (meaning.py, t_app):
- H(X, Y), H(Y | X) of random variables (capital letters): the eighth blind set's one false reject was the chain
  rule H(X, Y) = H(X) + H(Y | X) with H read as an energy of two states;
- a bare H(p_theta) in a model with latent variables: the joint's entropy or the visible marginal's (read as the
  marginal's, H(p) = log Z + E_p[E(v, h)] was refuted)."""
import pytest

from derivation.run.checkdoc import check_text

XY = "Let $X, Y$ be discrete random variables with joint distribution $p(x, y)$.\n\n$$\n{row}\n$$\n"
LATENT = "$$\np_\\theta(v, h) = \\frac{e^{-E_\\theta(v, h)}}{Z_\\theta}\n$$\n\n$$\n{row}\n$$\n"


def _last(text):
    return [s.verdict for r in check_text(text).reports for s in r.steps][-1]


@pytest.mark.parametrize("row", ["H(X, Y) = H(X) + H(Y \\mid X)", "H(X, Y) \\le H(X) + H(Y)",
                                 "H(X, Y) = H(X) + H(Y)"])
def test_entropies_of_random_variables_are_not_read_as_energies(row):
    assert _last(XY.replace("{row}", row)) == "unreadable"


@pytest.mark.parametrize("sign", ["+", "-"])
def test_a_bare_entropy_in_a_latent_model_is_not_read(sign):
    row = f"H(p_\\theta) = \\log Z_\\theta {sign} \\mathbb{{E}}_{{p_\\theta}}[E_\\theta(v, h)]"
    assert _last(LATENT.replace("{row}", row)) == "unreadable"


def test_the_entropy_of_a_visible_model_is_still_read():
    row = "$$\np_\\theta(x) = \\frac{e^{-E_\\theta(x)}}{Z_\\theta}\n$$\n\n$$\nH(p_\\theta) = \\log Z_\\theta {s} " \
          "\\mathbb{E}_{p_\\theta}[E_\\theta(x)]\n$$\n"
    assert _last(row.replace("{s}", "+")) == "proved"
    assert _last(row.replace("{s}", "-")) == "invalid"


def test_the_hamiltonian_of_a_state_is_still_an_energy():
    row = "$$\nZ = \\sum_x e^{-\\beta H(x)}\n$$\n\n$$\n\\frac{\\partial \\log Z}{\\partial \\beta} = {s}" \
          "\\mathbb{E}[H(x)]\n$$\n"
    assert _last(row.replace("{s}", "-")) == "proved"
    assert _last(row.replace("{s}", "")) == "invalid"
