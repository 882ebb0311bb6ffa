"""The reading companion: escaping for LaTeX, one entry per row, corrections only where computed."""
import re

from derivation.latex.checkdoc import check_text
from derivation.latex.companion import _tex_text, to_latex, to_markdown

DOC = ("$$\n\\begin{aligned}\n\\partial_\\Theta \\log Z &= -\\sum_x P(x) \\partial_\\Theta E(x) \\\\\n"
       "&= \\sum_x P(x) \\partial_\\Theta E(x)\n\\end{aligned}\n$$\n")


def test_tex_text_escapes_outside_math_only():
    assert _tex_text(r"a_b {c} 50% & \x $\frac{1}{2}$ **bold_1** Θ") == (
        r"a\_b \{c\} 50\% \& \textbackslash{}x $\frac{1}{2}$ \textbf{bold\_1} $\Theta$")


def test_markdown_companion_has_each_row_its_verdict_and_a_checked_correction():
    md = to_markdown(check_text(DOC, "doc.md"))
    assert re.findall(r"Row (\d), line (\d): \*\*(\w+)\*\*", md) == [("1", "3", "proved"), ("2", "4", "invalid")]
    assert "corrected row (the sign of" in md and "counterexample:" in md


def test_latex_companion_is_balanced():
    tex = to_latex(check_text(DOC, "doc.md"))
    bare = re.sub(r"\\[{}$]", "", tex)
    assert bare.count("{") == bare.count("}") and bare.count("$") % 2 == 0
    assert tex.rstrip().endswith(r"\end{document}")
