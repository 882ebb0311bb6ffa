"""The reading companion: escaping for LaTeX, one entry per row, corrections only where computed."""
import re

from derivation.run.checkdoc import check_text
from derivation.show.companion import _tex_text, to_latex, to_markdown

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


def test_a_general_counterexample_in_the_companion_recomputes_from_its_printed_table():
    """KL(q||p) = E_q[E] - H(q) drops log Z; on a one-state instance the right side is E(1) =
    -log e^{-E(1)}: recompute it from the companion's own line (not a post-style base instance)."""
    import math
    import re

    from derivation.run.checkdoc import check_text
    from derivation.show.companion import to_markdown

    rep = check_text("$$\n\\mathrm{KL}(q_\\phi \\| p_\\theta) = \\mathbb{E}_{x\\sim q_\\phi}[E_\\theta(x)] - H(q_\\phi)\n$$\n",
                     "kl.md")
    md = to_markdown(rep)
    line = next(l for l in md.splitlines() if l.startswith("- counterexample:"))
    table = re.search(r"E\(1\): e\^\{-E\} = (\d+)", line)
    right = re.search(r"right side = .*?(-?\d+(?:\.\d+)?)\.?$", line)
    assert table and right, line
    assert math.isclose(float(right.group(1)), -math.log(int(table.group(1))), rel_tol=1e-8)
