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


def test_the_kept_index_written_nowhere_else_is_a_sum_over_the_pairs():
    # hostile set 4, C02: \sum_{i \neq j} a_i a_j read with j fixed, so the true row was refuted
    from derivation.classroom import check_step
    pairs = r"\sum_{i \neq j} a_i a_j"
    assert check_step(pairs, r"\left(\sum_i a_i\right)^2 - \sum_i a_i^2").verdict == "proved"
    assert check_step(pairs, r"\left(\sum_i a_i\right)^2").verdict == "invalid"
    # bound by an outer sum, or written beside it: the sum over every j but i, as before
    assert check_step(r"\sum_i \sum_{j \neq i} a_i a_j", r"\left(\sum_i a_i\right)^2 - \sum_i a_i^2").verdict == "proved"
    assert check_step(r"\sum_{j \neq i} a_j", r"\sum_j a_j - a_i").verdict == "proved"
