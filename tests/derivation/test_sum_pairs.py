"""meaning/sum_all_but_one.py: `\\sum_{i \\neq j} w_{ij} x_i x_j` (both indices on a state's units) may be the sum over
the pairs i != j, as a Boltzmann machine's energy is written, or over i with j fixed: not guessed (unreadable,
naming it). Read as all-but-one it refuted five true rows of a real derivation (realworld_blind2 07)."""
from derivation.run.checkdoc import check_text


def _steps(text):
    return [s for r in check_text(text).reports for s in r.steps]


def test_a_pair_sum_of_units_is_not_guessed():
    row = "$$\n\\frac{\\partial}{\\partial w_{ij}} \\sum_{i \\neq j} w_{ij} x_i x_j = x_i x_j\n$$\n"
    steps = _steps(row)
    assert [s.verdict for s in steps] == ["unreadable"] and "pairs" in steps[0].explanation


def test_all_but_one_with_a_coupling_is_still_read():
    row = "$$\n\\sum_{j \\neq i} W_{ij} s_j = \\sum_{j} W_{ij} s_j - W_{ii} s_i\n$$\n"
    assert [s.verdict for s in _steps(row)] in (["proved"], ["holds"])
