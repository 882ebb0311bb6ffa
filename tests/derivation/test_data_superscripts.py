"""x^n whose superscript is the data index (a data sum binds it, or the document lists its points x^1, ..., x^N) is
the n-th data point, never a power of a free state (hostile set 10, E09: a true row judged invalid)."""
from derivation.run.checkdoc import check_text

_MODEL = "$$\np(x) = \\frac{e^{-E(x)}}{Z}\n$$\n\n"


def _last(text):
    return [s for r in check_text(text, timeout=30).reports for s in r.steps][-1]


def test_a_superscript_a_data_sum_binds_is_the_data_point():
    row = "$$\n\\frac{1}{N} \\sum_{n=1}^{N} E(x^n) = \\sum_{x} \\hat p(x) E(x)\n$$\n"
    assert _last(_MODEL + row).verdict == "proved"
    assert _last(_MODEL + row.replace("\\hat p", "p")).verdict == "invalid"   # the model's average is another


def test_a_superscript_the_document_lists_its_points_by():
    listed = "The data are $x^1, \\ldots, x^N$.\n\n"
    assert _last(_MODEL + listed + "$$\nE(x^n) + \\log Z = -\\log p(x^n)\n$$\n").verdict == "proved"
    squared = _last(_MODEL + listed + "$$\nE(x^2) = E(x)^2\n$$\n")   # the second point, or the state squared
    assert squared.verdict not in ("proved", "holds", "invalid") and "x^2" in squared.explanation


def test_a_bound_state_keeps_its_power():
    assert _last("$$\n\\sum_x p(x) x^2 = \\sum_x p(x) x \\cdot x\n$$\n").verdict == "proved"


def test_a_power_that_is_no_argument_keeps_its_power():
    row = "$$\n\\frac{1}{N}\\sum_{n=1}^{N} x^n = \\frac{1}{N}\\sum_{n=1}^{N} x \\cdot x^{n-1}\n$$\n"   # a geometric series
    assert _last(row).verdict in ("proved", "holds")
