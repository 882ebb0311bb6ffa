"""A model the document declares and the checker does not bind (units declared in the mathematics beside the
general model; an energy row it cannot read) is never replaced by the general model to refute a row
(derivation/meaning/model_ties.py, unbound_space and defines_model; hostile set 6, O01 and O18: Z = 8 cosh^2(1)
for three spins on an open chain and H(p) = 3 log 2 for three free spins were refuted on one state)."""
from ._verdicts import document_verdicts


def test_three_free_spins_declared_inline():
    doc = ("Three spins $s_1, s_2, s_3 \\in \\{-1, +1\\}$ with no interactions at all, $E(s) = 0$, and "
           "$p(s) = e^{-E(s)}/Z$.\n\n$$\nH(p) = 3\\log 2\n$$\n")
    assert document_verdicts(doc)[-1] != "invalid"


def test_an_open_chain_whose_energy_is_not_read():
    doc = ("Three spins $s_1, s_2, s_3 \\in \\{-1, +1\\}$ on an open chain, $E(s) = -J(s_1 s_2 + s_2 s_3)$, with "
           "$J = 1$ and $Z = \\sum_s e^{-E(s)}$.\n\n$$\nZ = 8\\cosh^{2}(1)\n$$\n")
    assert document_verdicts(doc)[-1] != "invalid"


def test_an_unread_energy_row_without_declared_units():
    doc = ("$$\nE(s) = -J(s_1 s_2 + s_2 s_3)\n$$\n\n$$\nZ = 8\\cosh^{2}(J)\n$$\n")
    assert document_verdicts(doc)[-1] != "invalid"


def test_identities_of_the_general_model_are_still_proved():
    doc = ("Spins $s_i \\in \\{-1, +1\\}$.\n\n$$\np(s) = \\frac{e^{-E(s)}}{Z}\n$$\n\n"
           "$$\n\\log p(s) = -E(s) - \\log Z\n$$\n")
    assert document_verdicts(doc)[-1] == "proved"


def test_an_unread_data_distribution_is_not_an_unbound_model():
    doc = ("$$\np_\\theta(x) = \\frac{e^{-E_\\theta(x)}}{Z_\\theta}\n$$\n\nThe empirical distribution of the data "
           "$x^{(1)}, \\ldots, x^{(N)}$ is $\\hat p(x) = \\frac{1}{N}\\sum_{i=1}^{N} \\mathbb{1}\\left[x^{(i)} = x\\right]$."
           "\n\n$$\n\\sum_{x} \\hat p(x) \\log p_\\theta(x) = \\frac{1}{N}\\sum_{i=1}^{N} \\log \\hat p(x^{(i)})\n$$\n")
    assert document_verdicts(doc)[-1] == "invalid"
