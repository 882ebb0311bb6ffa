"""Mathematics in docstrings without `$` (derivation/read/document_docstrings.py): found only when every line
is mathematics; prose, code and mixed blocks never become rows."""
import pytest

from derivation.read.document import DocumentError, find_blocks
from derivation.run.checkdoc import check_text

DERIVATION = ("def loss():\n    '''\n    \\nabla_\\theta \\log Z_\\theta\n    = -\\mathbb{E}_{p_\\theta}[\\nabla_\\theta E_\\theta(x)]\n"
              "    '''\n    return 0\n")


def rows(text):
    try:
        _, blocks = find_blocks(text, "notes.md")
    except DocumentError:
        return []
    return [(r.line, r.text.strip()) for b in blocks for r in b.rows]


def test_a_docstring_of_mathematics_is_a_derivation_row_per_line():
    got = rows(DERIVATION)
    assert [line for line, _ in got] == [3, 4] and got[1][1].startswith("=")


@pytest.mark.parametrize("text", [
    "'''\nCompute the gradient of the log partition function\nwith respect to theta and return it.\n'''\n",
    "'''\nThe gradient is \\nabla_\\theta \\log Z, where\n= \\mathbb{E}[x] holds for the model\n'''\n",  # prose
    "'''\n\\nabla_\\theta \\log Z_\\theta\n'''\n",                      # one line: no derivation
    "'''\nx = np.zeros(3)\ny = x + 1\n'''\n",                             # code
    "'''\n\\nabla \\log Z\n\\mathbb{E}[x]\n'''\n",                       # no row goes on from another
    '"""\n\\nabla_\\theta \\log Z\n= -\\mathbb{E}[x]\n\'\'\'\n',          # delimiters that do not pair
])
def test_prose_code_and_mixed_blocks_are_never_rows(text):
    assert rows(text) == []


def test_a_valid_step_is_proved_and_a_slip_refuted():
    rep = check_text(DERIVATION, "notes.md")
    assert [s.verdict for r in rep.reports for s in r.steps] == ["proved"]
    slip = DERIVATION.replace("= -\\mathbb", "= \\mathbb")
    step, = [s for r in check_text(slip, "notes.md").reports for s in r.steps]
    assert step.verdict == "invalid"
    c = step.counterexample.as_dict()
    from fractions import Fraction   # recomputed from the tables printed: grad log Z = -sum_x e^{-E} dE / Z
    entry = [c["tables"][f"E({k})"] for k in range(1, c["states"] + 1)]
    b = [float(Fraction(e["e^{-E}"])) for e in entry]
    grad = -sum(bk * float(Fraction(str(e["d/dtheta"]))) for bk, e in zip(b, entry)) / sum(b)
    assert float(c["lhs"]) == pytest.approx(grad) and float(c["rhs"]) == pytest.approx(-grad) and abs(grad) > 1e-9
