"""E_{p(v', h')}[v'_i h'_j]: the average over an explicit model binds the letters as the body writes them,
primes included (explicit_averages.joint), never leaving v', h' free beside a sum over v, h."""
from derivation.run.checkdoc import check_text

RBM = (r"An RBM has energy $E(v, h) = -a^\top v - b^\top h - v^\top W h$ with $v \in \{0, 1\}^n$ and "
       r"$h \in \{0, 1\}^n$." + "\n\n$$\nROW\n$$\n")


def _verdicts(row):
    return [s.verdict for r in check_text(RBM.replace("ROW", row), "t.md").reports for s in r.steps]


def test_primed_variables_are_bound_by_the_average():
    assert _verdicts(r"\mathbb{E}_{p(v', h')}\left[v'_i h'_j\right] = \mathbb{E}_{p(v, h)}\left[v_i h_j\right]") \
        == ["proved"]


def test_a_primed_average_of_another_unit_is_still_another_average():
    assert _verdicts(r"\mathbb{E}_{p(v', h')}\left[v'_i h'_j\right] = \mathbb{E}_{p(v, h)}\left[v_i\right]") \
        == ["invalid"]
