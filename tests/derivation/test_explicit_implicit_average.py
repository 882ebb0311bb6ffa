"""E_p[v_i] of a visible unit in an RBM, with no variable written, averages over the visible configuration v
(explicit_averages.implicit_var). Read with v left free, E_p[v_i] = v_i and v_i - E_p[v_i] = 0 were PROVED and the
true gradient d log p(v)/d a_i = v_i - E_p[v_i] refuted (lead's probe, 2026-12-07)."""
import pytest

from derivation.run.checkdoc import check_text

RBM = ("Units $v_i, h_j \\in \\{0, 1\\}$.\n\n$$\nE(v, h) = -\\sum_i a_i v_i - \\sum_j b_j h_j - \\sum_{i,j} v_i W_{ij} h_j"
       "\n$$\n\n$$\np(v, h) = \\frac{1}{Z} e^{-E(v, h)}\n$$\n\n$$\n{row}\n$$\n")


def _last(row):
    return [s.verdict for r in check_text(RBM.replace("{row}", row)).reports for s in r.steps][-1]


@pytest.mark.parametrize("row", ["\\mathbb{E}_{p}[v_i] = v_i", "v_i - \\mathbb{E}_{p}[v_i] = 0",
                                 "\\langle v_i \\rangle = v_i"])
def test_the_average_of_a_unit_is_not_the_unit(row):
    assert _last(row) == "invalid"


def test_the_gradient_of_a_visible_bias():
    assert _last("\\frac{\\partial \\log p(v)}{\\partial a_i} = v_i - \\mathbb{E}_{p}[v_i]") == "proved"
    assert _last("\\frac{\\partial \\log p(v)}{\\partial a_i} = v_i + \\mathbb{E}_{p}[v_i]") == "invalid"


def test_a_hidden_unit_is_still_averaged_over_the_joint():
    assert _last("\\frac{\\partial \\log p(v)}{\\partial b_j} = \\sigma\\left(b_j + \\sum_i v_i W_{ij}\\right) "
                 "- \\mathbb{E}_{p}[h_j]") in ("proved", "holds")
