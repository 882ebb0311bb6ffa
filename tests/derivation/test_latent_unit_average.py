"""E[h_j] of a latent-variable model with no visible letter written is the average over the joint, never h left
free (derivation/meaning/meaning_operators._with_latent; hostile set 6, N25: a 0/1 RBM's
E[h_j] = sum_v p(v) sigma(c_j + sum_i v_i W_ij) was refuted with h drawn as a label, E[h_1] = 0)."""
from ._verdicts import document_verdicts

RBM = ("An RBM has visible units $v \\in \\{0, 1\\}^{n}$ and hidden units $h \\in \\{0, 1\\}^{m}$, with energy\n\n"
       "$$\nE(v, h) = -\\sum_{i=1}^{n} b_i v_i - \\sum_{j=1}^{m} c_j h_j - \\sum_{i=1}^{n}\\sum_{j=1}^{m} v_i W_{ij} h_j"
       "\n$$\n\n")


def test_unconditional_mean_of_a_hidden_unit():
    row = "$$\n\\mathbb{E}\\left[h_j\\right] = \\sum_{v} p(v)\\, \\sigma\\left(c_j + \\sum_{i=1}^{n} v_i W_{ij}\\right)\n$$\n"
    assert document_verdicts(RBM + row, timeout=30)[-1] in ("proved", "holds")   # budget-free: load-proof
    assert document_verdicts(RBM + row.replace("c_j +", "c_j -"))[-1] == "invalid"


def test_mean_of_a_hidden_unit_as_the_joint_sum():
    row = "$$\n\\mathbb{E}\\left[h_j\\right] = \\sum_{v} \\sum_{h} p(v, h) h_j\n$$\n"
    assert document_verdicts(RBM + row, timeout=30)[-1] in ("proved", "holds")   # budget-free: load-proof
    assert document_verdicts(RBM + row.replace("h_j\n", "h_j^2 v_1\n"))[-1] != "proved"
