"""A letter the document defines in a row the checker cannot read (`$n(x) = \\sum_i \\mathbb{1}[x_i = x]$`) is not
an arbitrary quantity: a counterexample giving it arbitrary values refutes nothing the author wrote, so it is
`undecided`, naming the definition (hostile_set4 C10 was refuted with n(1) = 3, n(2) = -1)."""
from derivation.run.checkdoc import check_text

MODEL = "$$\np_\\theta(x) = \\frac{e^{-E_\\theta(x)}}{Z_\\theta}\n$$\n\n"
ROW = "$$\n\\sum_{i=1}^N \\log p_\\theta(x_i) = \\sum_x n(x) \\log p_\\theta(x)\n$$\n"


def _last(text):
    return [s for r in check_text(text).reports for s in r.steps][-1]


def test_a_letter_defined_by_an_unread_row_is_not_arbitrary():
    prose = "Data $x_1, \\dots, x_N$; $n(x) = \\sum_{i=1}^N \\mathbb{1}[x_i = x]$ counts the state $x$.\n\n"
    step = _last(prose + MODEL + ROW)
    assert step.verdict == "undecided" and "n" in step.explanation


def test_without_that_definition_the_letter_is_arbitrary_as_before():
    assert _last(MODEL + ROW).verdict == "invalid"


def test_a_row_false_whatever_the_letter_means_is_still_refuted():
    prose = "Here $n(x) = \\sum_{i=1}^N \\mathbb{1}[x_i = x]$.\n\n"
    row = "$$\n\\log Z_\\theta + 1 = \\log \\sum_x e^{-E_\\theta(x)}\n$$\n"
    assert _last(prose + MODEL + row).verdict == "invalid"


def test_an_unread_row_about_a_parameter_shields_nothing():
    prose = "Here $\\theta = \\operatorname{weird}\\{x\\}$.\n\n"
    row = "$$\n\\log Z_\\theta + \\theta = \\log \\sum_x e^{-E_\\theta(x)}\n$$\n"
    assert _last(prose + MODEL + row).verdict == "invalid"


def test_an_energy_written_out_in_an_unread_row_is_not_arbitrary():
    doc = ("Spins $s \\in \\{-1, +1\\}^n$ on an open chain:\n\n$$\nE(s) = -J \\sum_{i=1}^{n-1} s_i s_{i+1}\n$$\n\n"
           "$$\np_\\beta(s) = \\frac{e^{-\\beta E(s)}}{Z(\\beta)}\n$$\n\n$$\n\\langle s_1 \\rangle = 0\n$$\n")
    assert _last(doc).verdict != "invalid"


def test_a_row_about_the_energy_alone_is_still_refuted():
    doc = ("Spins $s \\in \\{-1, +1\\}^n$ on an open chain:\n\n$$\nE(s) = -J \\sum_{i=1}^{n-1} s_i s_{i+1}\n$$\n\n"
           "$$\np_\\beta(s) = \\frac{e^{-\\beta E(s)}}{Z(\\beta)}\n$$\n\n$$\n\\frac{\\partial \\log Z}{\\partial \\beta} = "
           "-\\beta \\langle E \\rangle\n$$\n")
    assert _last(doc).verdict == "invalid"
