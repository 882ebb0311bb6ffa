"""Units whose values only words give (other than as spins) leave a row that holds for one unit set only undecided,
never `proved` under the binary default (hostile set 10, H06); a unit set declared in the mathematics still binds."""
from derivation.run.checkdoc import check_text

_RBM = ("{words}\n\n$$\nE(v, h) = -\\sum_{i} b_i v_i - \\sum_{j} c_j h_j - \\sum_{i, j} v_i W_{ij} h_j\n$$\n\n"
        "$$\np(v, h) = \\frac{e^{-E(v, h)}}{Z}\n$$\n\n"
        "$$\np(h_j = 1 \\mid v) = \\frac{1}{1 + e^{-c_j - \\sum_{i} v_i W_{ij}}}\n$$\n")


def _last(words):
    return [s for r in check_text(_RBM.replace("{words}", words), timeout=30).reports for s in r.steps][-1]


def test_values_in_words_leave_a_unit_set_dependent_row_undecided():
    for words in ("Each unit takes the value -1 or +1.", "The units are binary."):
        step = _last(words)
        assert step.verdict == "undecided" and "+-1 units" in step.explanation, words


def test_a_declared_unit_set_still_binds():
    assert _last("Here $v_i, h_j \\in \\{0, 1\\}$ (binary units).").verdict == "proved"
    assert _last("Here $v_i, h_j \\in \\{-1, +1\\}$.").verdict == "invalid"
