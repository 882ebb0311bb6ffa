"""A letter the document names as the number of states (the upper limit of \\sum_{x=1}^{K}, "the $K$ states") is the
number of states, never a constant drawn apart from it (hostile set 10, G17: a true row judged invalid with one
state and K = 3); where the document bounds it below ($K \\ge 2$ states), a row is never refuted with fewer."""
from derivation.run.checkdoc import check_text

_MODEL = "$$\np(x) = \\frac{e^{-E(x)}}{Z}\n$$\n\n"


def _last(text):
    return [s for r in check_text(text, timeout=30).reports for s in r.steps][-1]


def test_the_upper_limit_of_a_sum_over_the_states():
    assert _last("$$\n\\sum_{x=1}^{K} \\frac{1}{K} = 1\n$$\n").verdict == "proved"


def test_the_letter_the_prose_names_as_the_number_of_states():
    named = _MODEL + "The sum runs over the $K$ states $x$.\n\n$$\n\\sum_{x} \\frac{1}{K} = {rhs}\n$$\n"
    assert _last(named.replace("{rhs}", "1")).verdict == "proved"
    assert _last(named.replace("{rhs}", "\\frac{1}{2}")).verdict == "invalid"
    # no prose: K is an arbitrary constant, and the row is refuted (unknown means arbitrary)
    assert _last(_MODEL + "$$\n\\sum_{x} \\frac{1}{K} = 1\n$$\n").verdict == "invalid"


def test_a_row_is_never_refuted_below_the_number_of_states_the_document_gives():
    doc = _MODEL + "The model has $K \\ge 2$ states.\n\n$$\n\\sum_{x} \\frac{1}{K} = \\frac{K^{2} - K}{K^{2} - K}\n$$\n"
    assert _last(doc).verdict == "undecided"   # true for K >= 2; undefined at the one state the instances start at
