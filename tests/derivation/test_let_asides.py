"""`& \\text{Let } L(\\theta) = ...` between rows of a chain is the author's aside (document_rows.py): the next
`= c` goes on from the row before it, as after `\\because a = b`; the definition binds L for the rows after it."""
from derivation.run.checkdoc import check_text

ARGMAX = ("$$\n\\begin{align*}\n"
          "\\hat\\theta &= \\argmax_{\\theta} \\frac{1}{N} \\sum_{i=1}^N \\log p_\\theta(x_i) \\\\\n\\\\\n"
          "&\\text{Let } \\mathcal{J}(\\theta) = \\frac{1}{N}\\sum_{i=1}^N \\log p_\\theta(x_i) \\\\\n"
          "&= \\argmax_{\\theta} {scale}\\mathcal{J}(\\theta)\n"
          "\\end{align*}\n$$\n")


def _steps(text):
    return [(s.step.from_line, s.step.to_line, s.verdict) for r in check_text(text).reports for s in r.steps]


def test_the_row_after_an_aside_goes_on_from_the_row_before_it():
    steps = _steps(ARGMAX.replace("{scale}", "2"))
    assert steps[-1] == (3, 6, "proved")   # argmax 2J = argmax J: lines 3 and 5, never the definition's right side


def test_a_chain_across_an_aside_is_still_refuted():
    text = ("$$\n\\begin{align*}\n\\log Z_\\theta &= \\log \\sum_x e^{-E_\\theta(x)} \\\\\n"
            "\\\\\n&\\text{Let } u = 3 \\\\\n&= {c}\\log Z_\\theta\n\\end{align*}\n$$\n")
    assert _steps(text.replace("{c}", ""))[-1] == (3, 6, "proved")
    assert _steps(text.replace("{c}", "2"))[-1] == (3, 6, "invalid")
