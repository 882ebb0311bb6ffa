"""A document that writes beta somewhere: rows that never write it are not refuted by that choice alone
(two readings of the row, derivation/meaning/readings.py). Found as the main false-reject risk of a per-document beta."""
from ._verdicts import document_verdicts as verdicts

DOC = r"""
$$
p_\beta(x) = \frac{e^{-\beta E_\theta(x)}}{Z_\beta}
$$

$$
\log p_\theta(x) = -E_\theta(x) - \log Z_\theta
$$

$$
\nabla_\theta \log p_\theta(x) = -\nabla_\theta E_\theta(x) - \mathbb{E}_{x'\sim p_\theta}[\nabla_\theta E_\theta(x')]
$$
"""



def test_a_beta_free_row_valid_at_beta_one_is_never_refuted():
    got = verdicts(DOC)
    assert got[0] == "proved" and got[1] == "undecided", got


def test_a_beta_free_row_wrong_at_beta_one_is_still_refuted():
    assert verdicts(DOC)[2] == "invalid"


def test_without_beta_the_same_row_is_proved():
    assert verdicts("$$\n\\log p_\\theta(x) = -E_\\theta(x) - \\log Z_\\theta\n$$\n") == ["proved"]
