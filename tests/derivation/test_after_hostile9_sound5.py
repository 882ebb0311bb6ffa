"""False `invalid`s of the ninth hostile set (hostile_set8) fixed at their cause after its scoring run (issue 18):
- K21: `$s_i = \\pm 1$` in the prose declares the values of the units s_i, as `$s_i \\in \\{-1, +1\\}$` does; a row
  reading s_i as a data point is judged at each declared value, never refuted on a state label;
- D15: `E_{v ~ p(v)}[p(h | v)] = p(h)`: the h the row writes free is never bound by an average the author did not
  write (meaning/free_latent.py)."""
from derivation.run.checkdoc import check_text


def _last(text):
    return [s for r in check_text(text).reports for s in r.steps][-1]


def test_plus_minus_one_in_the_prose_declares_the_units_values():
    row = "Each $s_i = \\pm 1$, and $a$ is real.\n\n$$\ne^{a s_i} = \\cosh a {sign} s_i \\sinh a\n$$\n"
    assert _last(row.replace("{sign}", "+")).verdict == "proved"
    assert _last(row.replace("{sign}", "-")).verdict == "invalid"   # false at s_i = 1
    assert _last(row.replace("\\pm 1", "\\pm 1").replace("{sign}", "+").replace("s_i = \\pm 1", "s_i \\in \\{0, 1\\}")
                 ).verdict == "invalid"   # false at s_i = 0


LATENT = ("A latent-variable model $p(v, h) = p(h)\\, p(v \\mid h)$ on finitely many $v$ and $h$.\n\n"
          "$$\n\\mathbb{E}_{v \\sim p(v)}\\left[p(h \\mid v)\\right] = {rhs}\n$$\n")


def test_an_average_never_binds_a_letter_the_row_uses_free():
    assert _last(LATENT.replace("{rhs}", "p(h)")).verdict == "proved"
    assert _last(LATENT.replace("{rhs}", "p(h)^{2}")).verdict == "invalid"
