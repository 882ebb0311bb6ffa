"""A letter the document names as the number of states (the upper limit of \\sum_{x=1}^{K}, "the $K$ states") is the
number of states, never a constant drawn apart from it (hostile set 10, G17: a true row judged invalid with one
state and K = 3); a row refuted with the number of states the prose names is undecided, never invalid (the prose
may bound it below, $K \\ge 2$, or define with it what the checker reads after the displays)."""
from derivation.run.checkdoc import check_text

_MODEL = "$$\np(x) = \\frac{e^{-E(x)}}{Z}\n$$\n\n"


def _last(text):
    return [s for r in check_text(text, timeout=30).reports for s in r.steps][-1]


def test_the_upper_limit_of_a_sum_over_the_states():
    assert _last("$$\n\\sum_{x=1}^{K} \\frac{1}{K} = 1\n$$\n").verdict == "proved"


def test_the_letter_the_prose_names_as_the_number_of_states():
    named = _MODEL + "The sum runs over the $K$ states $x$.\n\n$$\n\\sum_{x} \\frac{1}{K} = {rhs}\n$$\n"
    assert _last(named.replace("{rhs}", "1")).verdict == "proved"
    # refuted only with K as the prose names it: undecided (the prose may define with K what the checker reads
    # after the displays, u(x) = 1/K: hostile set 7, B07)
    assert _last(named.replace("{rhs}", "\\frac{1}{2}")).verdict == "undecided"
    # no prose: K is an arbitrary constant, and the row is refuted (unknown means arbitrary)
    assert _last(_MODEL + "$$\n\\sum_{x} \\frac{1}{K} = 1\n$$\n").verdict == "invalid"


def test_a_row_is_never_refuted_below_the_number_of_states_the_document_gives():
    doc = _MODEL + "The model has $K \\ge 2$ states.\n\n$$\n\\sum_{x} \\frac{1}{K} = \\frac{K^{2} - K}{K^{2} - K}\n$$\n"
    assert _last(doc).verdict == "undecided"   # true for K >= 2; undefined at the one state the instances start at


def test_what_the_prose_defines_with_the_number_of_states_is_never_refuted_drawn_apart():
    doc = (_MODEL + "Let $u$ be the uniform distribution on the $K$ states, $u(x) = 1/K$.\n\n"
           "$$\nZ = K\\, \\mathbb{E}_{x \\sim u}\\left[e^{-E(x)}\\right]\n$$\n")
    assert _last(doc).verdict != "invalid"   # u(x) = 1/K is read after the display (hostile set 7, D14)
