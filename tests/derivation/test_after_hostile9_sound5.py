"""False `invalid`s of the ninth hostile set (hostile_set8) fixed at their cause after its scoring run (issue 18):
- K21: `$s_i = \\pm 1$` in the prose declares the values of the units s_i, as `$s_i \\in \\{-1, +1\\}$` does; a row
  reading s_i as a data point is judged at each declared value, never refuted on a state label."""
from derivation.run.checkdoc import check_text


def _last(text):
    return [s for r in check_text(text).reports for s in r.steps][-1]


def test_plus_minus_one_in_the_prose_declares_the_units_values():
    row = "Each $s_i = \\pm 1$, and $a$ is real.\n\n$$\ne^{a s_i} = \\cosh a {sign} s_i \\sinh a\n$$\n"
    assert _last(row.replace("{sign}", "+")).verdict == "proved"
    assert _last(row.replace("{sign}", "-")).verdict == "invalid"   # false at s_i = 1
    assert _last(row.replace("\\pm 1", "\\pm 1").replace("{sign}", "+").replace("s_i = \\pm 1", "s_i \\in \\{0, 1\\}")
                 ).verdict == "invalid"   # false at s_i = 0
