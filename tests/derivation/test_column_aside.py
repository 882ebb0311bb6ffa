"""A third align column opened by a semicolon is the author's reason, mathematics included (`a &\\le b &\\ ;\\mathrm{KL}
\\ge 0`): blanked from the row and kept as its justification (read/document_columns.py); on main its relation made
the row another equation."""
from derivation.read.document_columns import justification_column
from derivation.run.checkdoc import check_text


def _steps(body):
    """The JSON of each step (verdict, justification) of one aligned display holding `body`."""
    rep = check_text("$$\n\\begin{aligned}\n" + body + "\n\\end{aligned}\n$$\n", "t.md", timeout=30)
    d = rep.to_dict()
    return [s for der in d.get("derivations", [d]) for s in der["steps"]]


def test_a_semicolon_column_is_the_rows_reason():
    blanked, words = justification_column(r"Z &= \sum_x e^{-E(x)} &\ ;e^{0} = 1")
    assert blanked.strip() == r"Z &= \sum_x e^{-E(x)}" and words == "e^{0} = 1"
    steps = _steps(r"\log Z + \log Z &= 2 \log Z &\ ;\log(ab) = \log a + \log b")
    assert [s["verdict"] for s in steps] == ["proved"]
    assert "log a + \\log b" in (steps[0]["justification"] or "")
    slip = _steps(r"\log Z + \log Z &= \log 2Z &\ ;\log(ab) = \log a + \log b")
    assert [s["verdict"] for s in slip] == ["invalid"]


def test_a_column_with_its_own_equation_without_semicolon_stays():
    assert justification_column(r"a &= b & c &= d") is None
