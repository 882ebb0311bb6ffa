"""Displays typed `\\\\[ ... \\\\]` in Markdown (Hugo, Jekyll and other MathJax sites: Markdown turns `\\\\[` into
`\\[`), with the author's `\\_` escapes inside (derivation/read/document_escaped.py). They were no display at all:
the rows were never found. Inside a display `\\\\[2pt]` stays a row break, and a .tex file keeps LaTeX's meaning."""
from fractions import Fraction

from derivation.read.document import find_blocks
from derivation.run.checkdoc import check_text

AVG = r"\frac{1}{N}\sum_{i=1}^N e^{-E(v_i)}"
SUM = r"\sum_{i=1}^N e^{-E(v_i)}"


def _steps(doc):
    return [s for r in check_text(doc).reports for s in r.steps]


def _display(row):
    return "Some words first.\n\n\\\\[ " + row + " \\\\]\n\nMore words.\n"


def test_the_escaped_display_is_found_at_its_line():
    src, blocks = find_blocks("Title\n\nWords.\n\n\\\\[ Z = \\sum_x e^{-E(x)} \\\\]\n", "notes.md")
    assert [(b.environment, b.line, [r.text.strip() for r in b.rows]) for b in blocks] == \
        [("\\[", 5, ["Z = \\sum_x e^{-E(x)}"])]


def test_a_valid_identity_with_markdown_escapes_is_proved():
    [s] = _steps(_display(r"\frac{\partial \log Z\_\theta}{\partial \theta} = "
                          r"-\mathbb{E}\_{p\_\theta}\left[\frac{\partial E\_\theta(x)}{\partial \theta}\right]"))
    assert s.verdict == "proved", s.explanation


def test_the_classic_slip_is_refuted_and_its_counterexample_recomputed():
    [s] = _steps(_display(r"(a\_1 + a\_2)^2 = a\_1^2 + a\_2^2"))
    assert s.verdict == "invalid", s.explanation
    cx = s.counterexample.as_dict()
    a1, a2 = (Fraction(cx["tables"][f"a({k})"]["value"]) for k in (1, 2))
    assert Fraction(cx["lhs_exact"]) == (a1 + a2) ** 2 and Fraction(cx["rhs_exact"]) == a1 ** 2 + a2 ** 2
    assert (a1 + a2) ** 2 != a1 ** 2 + a2 ** 2


def test_a_row_whose_readings_disagree_is_undecided_never_invalid():
    [s] = _steps(_display(rf"\log {AVG} = \log {SUM} - \log N"))
    assert s.verdict == "undecided" and s.counterexample is None, s.explanation


def test_rows_inside_an_escaped_display_and_a_spacing_break_inside_a_dollar_display():
    doc = "\\\\[ a = b \\\\\\\\ c = d \\\\]\n\n$$\na = b \\\\[2pt]\nc = d\n$$\n"
    _, blocks = find_blocks(doc, "notes.md")
    assert [len(b.rows) for b in blocks] == [2, 2]


def test_an_opener_closed_only_after_a_blank_line_is_no_display():
    try:
        _, blocks = find_blocks("\\\\[ a = b\n\nc \\\\]\n\n$$\nZ = 1\n$$\n", "notes.md")
    except Exception as e:   # no other display: the document has none
        raise AssertionError(e)
    assert [b.environment for b in blocks] == ["$$"]


def test_a_tex_file_keeps_latex_meaning():
    _, blocks = find_blocks("\\[ a = b \\]\n", "notes.tex")
    assert [b.environment for b in blocks] == ["\\["]
