"""q' beside q is a distribution of its own (meaning_dists._primed_apart), and a letter the prose declares a
distribution is an arbitrary one, never the data (roles_data_default.declare_distributions); hostile set 6, B06
(KL(q || p) - KL(q' || p) with the entropies' signs wrong, proved with q and q' both the data) and D16."""
from derivation.meaning.roles_data_default import declared_distributions

from ._verdicts import document_verdicts

MODEL = "$$\np_\\theta(x) = \\frac{e^{-E_\\theta(x)}}{Z_\\theta}\n$$\n\n"
ROW = ("$$\n\\mathrm{KL}(q \\,\\|\\, p_\\theta) - \\mathrm{KL}(q' \\,\\|\\, p_\\theta) = \\mathbb{E}_{q}\\left[E_\\theta"
       "\\right] - \\mathbb{E}_{q'}\\left[E_\\theta\\right] %s H(q) %s H(q')\n$$\n")


def test_primed_letter_is_another_distribution():
    assert document_verdicts(MODEL + ROW % ("+", "-"))[-1] == "invalid"


def test_primed_letter_declared_in_prose():
    prose = "Let $q$ and $q'$ be two distributions on the same states.\n\n"
    assert document_verdicts(MODEL + prose + ROW % ("+", "-"))[-1] == "invalid"
    assert document_verdicts(MODEL + prose + ROW % ("-", "+"))[-1] in ("proved", "holds")


def test_the_true_row_with_a_prime_stays_valid():
    assert document_verdicts(MODEL + ROW % ("-", "+"))[-1] in ("proved", "holds")


def test_declared_distributions_in_prose():
    assert declared_distributions("Let $q$ and $q'$ be two distributions on the same states.") == {"q"}
    assert declared_distributions("For a distribution $q$ on the states, the free energy is ...") == {"q"}
    assert declared_distributions("Let $q$ be the data distribution.") == set()
    assert declared_distributions("$$\nq(x) = 1\n$$\n") == set()


def test_declared_distribution_is_not_the_data():
    doc = (MODEL + "For any distribution $q$ on the states:\n\n"
           "$$\n\\mathrm{KL}(q \\,\\|\\, p_\\theta) = \\mathbb{E}_{q}[E_\\theta] - H(q) + \\log Z_\\theta\n$$\n")
    assert document_verdicts(doc)[-1] in ("proved", "holds")
    wrong = doc.replace("- H(q)", "+ H(q)")
    assert document_verdicts(wrong)[-1] == "invalid"


def test_free_energy_of_a_distribution_is_not_dropped():
    doc = (MODEL + "For a distribution $q$ on the states, the variational free energy is $\\mathcal{F}(q) = "
           "\\mathbb{E}_{q}[E_\\theta] - H(q)$, and $F_\\theta = -\\log Z_\\theta$.\n\n"
           "$$\n\\mathrm{KL}(q \\,\\|\\, p_\\theta) = \\mathcal{F}(q) - F_\\theta\n$$\n")
    assert document_verdicts(doc)[-1] != "invalid"
