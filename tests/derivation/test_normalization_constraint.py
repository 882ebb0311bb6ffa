"""A normalization row constrains the functions it writes (meaning/model_ties.constrained_functions):
`\\int h(x) \\exp(\\eta^\\top T(x) - A(\\eta)) dx = 1` makes A the log normalizer, so `\\nabla_\\eta A = \\int T h e^{..} dx`
(true given it) is never refuted with A drawn apart from it; on main it was `invalid` (heldout8's exponential-family
proof, once its bare \\nabla was read)."""
from derivation.run.checkdoc import check_text

CONSTRAINT = "The normalization constraint:\n\n$$\\int h(x) \\exp\\left(\\eta^\\top T(x) - A(\\eta)\\right) dx = 1$$\n\n"
ROW = "Then\n\n$$\\nabla_{\\eta} A(\\eta) = \\int T(x) h(x) \\exp\\left(\\eta^\\top T(x) - A(\\eta)\\right) dx$$\n"


def _steps(doc):
    return [s for r in check_text(doc, "t.md", timeout=30).reports for s in r.steps]


def test_a_row_true_under_the_constraint_is_not_refuted():
    step = _steps(CONSTRAINT + ROW)[-1]
    assert step.verdict == "undecided"
    assert "line 3" in step.explanation


def test_without_the_constraint_the_functions_are_arbitrary_and_the_row_refuted():
    assert [s.verdict for s in _steps(ROW)] == ["invalid"]
