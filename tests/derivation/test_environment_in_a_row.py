"""An environment inside a row (general_tokens.check_commands): `\\frac{\\partial p_i}{\\partial z_j} = \\begin{cases}
... \\end{cases}` is a piecewise definition whose cases hold under conditions the checker does not read, a
`\\begin{pmatrix}` a matrix; such a row is unreadable naming what it is (it was "unknown command \\begin"), never judged
on one case. A display that is only a cases environment (one equation a row) is still read."""
from derivation.run.checkdoc import check_text

CASES = (r"\frac{\partial}{\partial a_j} \frac{e^{a_i}}{\sum_k e^{a_k}} = \begin{cases} "
         r"\frac{e^{a_i}}{\sum_k e^{a_k}}\left(1 - \frac{e^{a_j}}{\sum_k e^{a_k}}\right) & i = j \\ "
         r"{sign}\frac{e^{a_i}}{\sum_k e^{a_k}} \frac{e^{a_j}}{\sum_k e^{a_k}} & i \neq j \end{cases}")


def _steps(text):
    return [s for r in check_text(text, "t.md").reports for s in r.steps]


def test_a_piecewise_row_is_named_right_or_wrong():
    for sign in ("-", "+"):   # the softmax Jacobian, and its sign slip in the second case
        [s] = _steps("$$\n" + CASES.replace("{sign}", sign) + "\n$$\n")
        assert s.verdict == "unreadable" and "piecewise" in s.explanation, s.explanation


def test_a_matrix_written_out_is_named():
    [s] = _steps("$$\nA = \\begin{pmatrix} 1 & 0 \\\\ 0 & 1 \\end{pmatrix}\n$$\n")
    assert s.verdict == "unreadable" and "matrix" in s.explanation, s.explanation


def test_a_display_of_cases_is_still_a_row_per_case():
    steps = _steps("$$\n\\begin{cases} a + a = 2a \\\\ b \\cdot b = b^2 \\end{cases}\n$$\n")
    assert [s.verdict for s in steps] == ["proved", "proved"], [s.explanation for s in steps]
