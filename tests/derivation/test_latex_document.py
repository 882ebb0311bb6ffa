"""Finding display math and cutting it into rows, with positions in the source."""
import pytest

from derivation.read.document import DocumentError, find_blocks

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


# ---- where people put their mathematics (issue 8) and linear scanning (issue 9)

def _lines(text, name="<document>"):
    src, blocks = find_blocks(text, name)
    return [(b.environment, [r.line for r in b.rows if r.kind == "math"]) for b in blocks]


def test_github_math_fences_are_mathematics_other_fences_are_code():
    text = "```math\nZ = Z\n```\n\n```python\n$$ x $$\n```\n\n```math\n\\begin{aligned}\nZ &= Z \\\\\n&= Z\n\\end{aligned}\n```\n"
    assert _lines(text) == [("```math", [2]), ("aligned", [11, 12])]


def test_rest_math_blocks_skip_options_and_split_at_blank_lines():
    text = ".. math::\n  :label: e1\n\n  Z = Z\n\nprose\n\n.. math::\n    Z = Z \\\\\n    = Z\n\n    Z = Z\n\nafter\n"
    assert _lines(text) == [(".. math::", [4]), (".. math::", [9, 10, 12])]


def test_inline_math_with_a_relation_is_a_one_row_derivation_at_its_own_line():
    text = "Prose $x$ and $\\partial_\\beta \\log Z = -\\langle H\\rangle$ here.\n\nMore \\(Z = Z\\) and $5 or $6.\n"
    assert _lines(text) == [("$", [1]), ("\\(", [3])]


def test_dollars_inside_inline_code_do_not_open_a_display():
    text = "Write `$$` to open a display, or ``$$ a $$``.\n\n$$\nZ = Z\n$$\n"
    assert _lines(text) == [("$$", [4])]


def test_obsidian_callouts_keep_their_line_numbers():
    text = "> [!note]\n> $$\n> Z = Z \\\\\n> = Z\n> $$\n"
    src, blocks = find_blocks(text)
    assert [(r.line, r.column, r.text.strip()) for r in blocks[0].rows] == [(3, 3, "Z = Z"), (4, 3, "= Z")]


def test_hugo_triple_backslash_breaks_rows_at_the_line_the_mathematics_starts():
    text = "$$\n\\begin{aligned}\nZ &= Z \\\\\\\n&= Z \\\\\\\\\n&= Z\n\\end{aligned}\n$$\n"
    assert _lines(text) == [("aligned", [3, 4, 5])]


def test_eqnarray_tag_nonumber_are_not_mathematics():
    text = "\\begin{eqnarray}\nZ &=& Z \\tag{3} \\\\\n&=& Z \\nonumber \\tag*{b}\n\\end{eqnarray}"
    _, rows = _rows(text)
    assert [r.text.split() for r in rows] == [["Z", "=", "Z"], ["=", "Z"]]


def test_a_text_row_between_rows_is_prose_not_an_empty_row():
    text = "\\begin{align*}\nZ &= Z \\\\\n\\text{and by linearity} \\\\\n&= Z\n\\end{align*}"
    _, rows = _rows(text)
    assert [(r.kind, r.line) for r in rows] == [("math", 2), ("prose", 3), ("math", 4)]
    assert rows[1].justification == "and by linearity"


def test_an_empty_display_is_a_clear_error_not_a_crash():
    with pytest.raises(DocumentError, match="every display is empty"):
        find_blocks("$$\n$$\n")


def test_a_document_over_the_size_limit_is_refused():
    from derivation.read.document import MAX_DOCUMENT_CHARS
    with pytest.raises(DocumentError, match="larger than"):
        find_blocks("x" * (MAX_DOCUMENT_CHARS + 1))


def test_sixty_thousand_comment_lines_are_read_in_one_pass():
    # quadratic scanning (one copy of the text per comment) took minutes here; linear takes ~1 s
    text = "\\begin{align}\nZ &= Z \\\\\n" + "% a comment\n" * 60000 + "&= Z % by: nothing\n\\end{align}\n"
    _, blocks = find_blocks(text, "doc.tex")
    rows = blocks[0].rows
    assert [r.line for r in rows] == [2, 60003] and rows[1].justification == "nothing"


def test_many_unclosed_fences_and_dollars_do_not_rescan_the_document():
    for junk in ("```x\n" * 20000, "$5 and " * 50000, "`a ``b " * 30000, "\\(" * 50000):
        assert _lines("$$ Z = Z $$\n\n" + junk) == [("$$", [1])]


def test_nested_environments_the_innermost_is_the_derivation_and_html_comments_are_hidden():
    text = "$$\n\\begin{equation}\n\\begin{split}\nZ &= Z \\\\\n&= Z\n\\end{split}\n\\end{equation}\n$$\n"
    assert _lines(text) == [("split", [4, 5])]
    assert _lines("<!-- $$ old $$ -->\n$$ Z = Z $$\n") == [("$$", [2])]


def test_array_and_ieeeeqnarray_skip_their_column_spec():
    assert _lines("$$\n\\begin{array}{rcl}\nZ &=& Z \\\\\n&=& Z\n\\end{array}\n$$") == [("array", [3, 4])]
    _, rows = _rows("\\begin{IEEEeqnarray}{rCl}\nZ &=& Z \\\\\n&=& Z\n\\end{IEEEeqnarray}")
    assert [r.text.split() for r in rows] == [["Z", "=", "Z"], ["=", "Z"]]


def test_a_control_space_after_the_inner_environment_keeps_it_the_derivation():
    # `\end{align}\` before the closing `$$` (sites escape the line end): the rows are the align's own
    text = "$$\n\t\\begin{align}\n\t\tZ &= \\sum_x e^{-E(x)} \\\\\n\t\t&= Z\n\t\\end{align}\\\n$$\n"
    src, rows = _rows(text)
    assert [r.line for r in rows] == [3, 4] and "begin" not in rows[0].text
    # mathematics after the environment still makes the outer display the derivation
    src, rows = _rows(text.replace("\\end{align}\\", "\\end{align} + x"))
    assert any("begin" in r.text for r in rows)


def test_a_display_that_is_only_cases_is_a_row_per_case_and_a_piecewise_definition_is_not_cut():
    text = "$$\n\\begin{cases}\n  a = b \\\\\n  c = d\n\\end{cases}\n$$\n"
    src, rows = _rows(text)
    assert [(r.line, r.text.strip()) for r in rows] == [(3, "a = b"), (4, "c = d")]
    src, rows = _rows("$$\nf(x) = \\begin{cases} 1 & x > 0 \\\\ 0 & x \\le 0 \\end{cases}\n$$\n")
    assert len(rows) == 1 and "cases" in rows[0].text
