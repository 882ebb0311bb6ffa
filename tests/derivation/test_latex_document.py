"""Finding display math and cutting it into rows, with positions in the source."""
import pytest

from derivation.latex.document import DocumentError, find_blocks

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the repository: paths work from any directory
SEED = ROOT / "derivation/data/kim_bengio_eq7_post.md"


def _rows(text):
    src, blocks = find_blocks(text)
    return src, [r for b in blocks for r in b.rows]


def test_seed_rows_point_at_their_own_lines():
    text = open(SEED, encoding="utf-8").read()
    src, rows = _rows(text)
    assert len(rows) == 11  # eleven `\\`-separated rows; the P and Z definitions share one
    for r in rows:
        line = src.line_text(r.line)
        assert line[r.column - 1:].startswith(r.text.strip()[:20])


def test_front_matter_and_code_fences_are_not_math():
    text = "---\ntitle: '$$ x $$'\n---\n```\n$$\n```\n\\[ a = b \\]\n"
    src, rows = _rows(text.replace("a = b", "Z = Z"))
    assert len(rows) == 1 and rows[0].line == 7 and rows[0].column == 4


def test_display_forms():
    for opener, closer in [("$$", "$$"), ("\\[", "\\]"), ("\\begin{align}", "\\end{align}"),
                           ("\\begin{eqnarray*}", "\\end{eqnarray*}"),
                           ("\\begin{equation}\\begin{aligned}", "\\end{aligned}\\end{equation}")]:
        _, rows = _rows(f"text\n{opener}\nZ &= Z \\\\\n&= Z\n{closer}\n")
        assert [r.line for r in rows] == [3, 4], opener


def test_ampersands_are_blanked_not_deleted():
    _, rows = _rows("$$\nZ &= Z \\\\\n  &= Z\n$$")
    assert rows[1].text.strip("\n") == "   = Z" and rows[1].column == 4


def test_justifications_from_text_and_comments():
    text = ("\\begin{align*}\nZ &= Z \\quad\\text{(definition of Z)} \\\\\n"
            "&= Z \\\\ % by: linearity\n% expect: invalid\n&= Z + 1\n\\end{align*}")
    _, rows = _rows(text)
    assert rows[0].justification == "definition of Z" and "text" not in rows[0].text
    assert rows[1].justification == "linearity"
    assert rows[2].expect == "invalid" and rows[1].expect is None


def test_trailing_break_is_harmless_but_an_empty_row_is_kept():
    _, rows = _rows("$$\nZ = Z \\\\\n$$")
    assert len(rows) == 1
    _, rows = _rows("$$\nZ = Z \\\\ \\\\\n= Z\n$$")
    assert [r.text.strip() for r in rows] == ["Z = Z", "", "= Z"]


@pytest.mark.parametrize("text, where", [
    ("intro\n\\begin{align*}\nZ = Z\n", "line 2, column 1"),
    ("intro\n\n$$ Z = Z\n", "line 3, column 1"),
])
def test_unclosed_display_names_its_place(text, where):
    with pytest.raises(DocumentError, match=where + ".*never closed"):
        find_blocks(text)


def test_no_math_at_all():
    with pytest.raises(DocumentError, match="no display math"):
        find_blocks("---\ntitle: x\n---\nJust prose, $x$ inline only.\n")


def test_latex_comments_and_row_breaks_with_spacing_are_not_displays():
    text = "% $$ commented out\nA line\\\\[2pt] of text\n\\[\nZ = Z \\\\[3pt]\n= Z\n\\]\n"
    src, blocks = find_blocks(text, "doc.tex")
    assert len(blocks) == 1 and [r.line for r in blocks[0].rows] == [4, 5]


def test_windows_line_endings():
    text = "---\r\ntitle: x\r\n---\r\n$$\r\nZ &= Z \\\\\r\n&= Z\r\n$$\r\n"
    _, rows = _rows(text)
    assert [(r.line, r.column) for r in rows] == [(5, 1), (6, 2)]


def test_labels_tags_intertext_and_a_final_full_stop_are_not_mathematics():
    text = ("\\begin{align}\nZ &= Z \\label{eq:z} \\tag{7} \\\\\n\\intertext{and so}\n"
            "&= Z \\nonumber.\n\\end{align}")
    _, rows = _rows(text)
    assert [r.text.split() for r in rows] == [["Z", "=", "Z"], ["=", "Z"]]
