"""Chains interleaved with prose (derivation/read/reader.py, document_rows.py, document.py): a display or a row
that starts with a relation goes on from the last expression of the display before it, whatever sentence
("which gives", "and so") stands between them; never from an inline remark in that sentence, never across a
heading. Each form: a valid chain proved, a slip refuted (its counterexample recomputed here, independently of
the checker), a relation with nothing to go on from never judged."""
import sympy

from derivation.run.checkdoc import check_text
from derivation.read.document import find_blocks

D2 = r"\frac{\partial}{\partial \theta} e^{2 \theta}"


def steps(doc: str):
    rep = check_text(doc)
    return [s for r in rep.reports for s in r.steps]



def verdicts(doc: str):
    return [s.verdict for s in steps(doc)]


def assert_recomputed(step, right_side):
    """The slip's counterexample, recomputed with sympy from the printed theta: d/dtheta e^{2 theta} is not it."""
    assert step.verdict == "invalid"
    theta = sympy.Rational(step.counterexample.as_dict()["tables"]["theta ="])
    t = sympy.Symbol("t")
    lhs = sympy.diff(sympy.exp(2 * t), t).subs(t, theta)
    assert sympy.simplify(lhs - right_side(theta)) != 0
    assert sympy.simplify(lhs - sympy.sympify(step.counterexample.as_dict()["lhs_exact"])) == 0


PROSE = "$$\n" + D2 + r" = \frac{\partial}{\partial \theta} \left(e^{\theta} e^{\theta}\right)" + "\n$$\n\nwhich gives\n\n$$\nRIGHT\n$$\n"


def test_a_display_starting_with_a_relation_goes_on_after_a_sentence():
    assert verdicts(PROSE.replace("RIGHT", r"= 2 e^{2 \theta}")) == ["proved", "proved"]
    slip = steps(PROSE.replace("RIGHT", r"= e^{2 \theta}"))
    assert [s.verdict for s in slip] == ["proved", "invalid"]
    assert_recomputed(slip[1], lambda th: sympy.exp(2 * th))


def test_an_inline_remark_between_two_displays_is_not_the_chains_last_row():
    # `where $e^{2\theta} = e^{\theta}e^{\theta}$` sits in the sentence: the display after it goes on from the
    # display before, so `= 2 e^{2 theta}` is compared with the derivative (it was compared with e^{theta}e^{theta})
    doc = ("$$\n" + D2 + r" = 2 e^{2\theta}" + "\n$$\n\nwhere $e^{2\\theta} = e^{\\theta} e^{\\theta}$, so\n\n"
           "$$\n= 2 e^{\\theta} e^{\\theta}\n$$\n")
    assert verdicts(doc) == ["proved", "proved", "proved"]
    slip = steps(doc.replace(r"= 2 e^{\theta} e^{\theta}", r"= e^{\theta} e^{\theta}"))
    assert [s.verdict for s in slip].count("invalid") == 1
    assert_recomputed(next(s for s in slip if s.verdict == "invalid"), lambda th: sympy.exp(2 * th))


def test_an_inline_relation_continues_the_display_before_it():
    doc = "$$\n" + D2 + r" = 2 e^{\theta} e^{\theta}" + "\n$$\n\nHence $= 2 e^{2\\theta}$.\n"
    assert verdicts(doc) == ["proved", "proved"]
    slip = steps(doc.replace(r"$= 2 e^{2\theta}$", r"$= e^{2\theta}$"))
    assert_recomputed(slip[1], lambda th: sympy.exp(2 * th))


def test_a_heading_ends_the_derivation_and_the_relation_after_it_is_never_judged():
    doc = "$$\n" + D2 + r" = 2 e^{2\theta}" + "\n$$\n\n## Next section\n\n$$\n= e^{2 \\theta}\n$$\n"
    got = verdicts(doc)
    assert got[0] == "proved" and "invalid" not in got and "proved" not in got[1:]


def test_spacing_before_a_rows_relation_is_nothing():
    for space in (r"\qquad", r"\quad", r"\;", r"\hspace{1em}", r"\phantom{\frac{\partial}{\partial\theta}}"):
        doc = ("\\begin{align}\n" + D2 + r" &= 2 e^{2\theta} \\" + "\n& " + space + r" = 2 e^{\theta} e^{\theta}"
               + "\n\\end{align}\n")
        assert verdicts(doc) == ["proved", "proved"], space
        slip = steps(doc.replace(r"= 2 e^{\theta} e^{\theta}", r"= e^{\theta} e^{\theta}"))
        assert slip[1].verdict == "invalid", space


def test_a_tag_after_the_environment_inside_dollars_keeps_its_rows():
    doc = ("$$\n\\begin{align}\n" + D2 + r" &= 2 e^{\theta} e^{\theta} \\\\" + "\n&= 2 e^{2\\theta}\n"
           "\\end{align} \\tag{3}\n$$\n")
    assert verdicts(doc) == ["proved", "proved"]
    slip = steps(doc.replace(r"&= 2 e^{2\theta}", r"&= e^{2\theta}"))
    assert_recomputed(slip[1], lambda th: sympy.exp(2 * th))


def test_dollars_left_open_before_a_paragraph_do_not_turn_the_document_inside_out():
    # `$$` + an align + a blank line + prose: Markdown closes no math across a paragraph; the displays after it
    # were read inside out (and the document's last `$$` was unclosed: nothing at all was read)
    doc = ("$$\n\\begin{align}\n" + D2 + r" &= 2 e^{\theta} e^{\theta}" + "\n\\end{align}\n\n"
           "Now how is $$e^{2\\theta} = e^{\\theta} e^{\\theta}$$ used?\n\n"
           "$$\n" + D2 + " = 2 e^{2\\theta}\n$$\n")
    _, blocks = find_blocks(doc, "doc.md")
    assert [b.environment for b in blocks] == ["align", "$", "$$"]   # `$$..$$` inside a sentence: inline (kramdown)
    assert verdicts(doc) == ["proved", "proved", "proved"]
    slip = steps(doc.replace(r"= 2 e^{2\theta}", r"= e^{2\theta}"))
    assert_recomputed(slip[-1], lambda th: sympy.exp(2 * th))
    # a blank line inside a display that goes on as mathematics is still one display
    kept = "$$\n\\begin{align}\n\n" + D2 + r" &= 2 e^{2\theta}" + "\n\\end{align}\n$$\n"
    assert [b.environment for b in find_blocks(kept, "doc.md")[1]] == ["align"]


def test_distill_d_math():
    doc = ("Text.\n\n<d-math block>\n\\begin{aligned}\n" + D2 + r" &= 2 e^{\theta} e^{\theta} \\" + "\n"
           "&= 2 e^{2\\theta}\n\\end{aligned}\n</d-math>\n\nand <d-math>" + D2 + " = 2 e^{2\\theta}</d-math>.\n")
    assert verdicts(doc) == ["proved", "proved", "proved"]
    slip = steps(doc.replace(r"&= 2 e^{2\theta}", r"&= e^{2\theta}"))
    assert_recomputed(slip[1], lambda th: sympy.exp(2 * th))



def test_kramdown_double_escapes_are_the_delimiters_and_braces_markdown_shows():
    # `\\( ... \\)` and `\\{ \\}`: what a kramdown site types so that Markdown leaves \( and \{ to MathJax
    doc = ("So \\\\( " + D2 + r" = 2 e^{2\theta} \\) holds, and" + "\n\n$$\n" + D2
           + r" = 2 \exp\\{2\theta\\} = 2 e^{\theta} e^{\theta}" + "\n$$\n")
    assert verdicts(doc) == ["proved", "proved", "proved"]
    slip = steps(doc.replace(r"= 2 \exp\\{2\theta\\}", r"= \exp\\{2\theta\\}"))
    assert_recomputed(slip[1], lambda th: sympy.exp(2 * th))
    # in a .tex file `\\` is a row break wherever it stands
    assert [b.environment for b in find_blocks(doc, "doc.tex")[1]] == ["$$"]
