"""Two ways Markdown authors type what the reader did not find: the implication arrow in ASCII, `=> a = b` (and
after their words, `\\text{Based on (3), (4)} => a = b`: respell_unicode.py, document_rows._LEAD_ARROW), read as
`\\Rightarrow` (its `=` was a relation with nothing on its left: "nothing on this side of ="); and inline `$x = 0 $`
with a space before the closing `$`, which MathJax pairs with the next `$` whatever the spaces (document_regions:
pandoc's rule took `$ 时，$` for the mathematics and every row after it was cut wrongly)."""
from fractions import Fraction

from derivation.run.checkdoc import check_text

AVG = r"\frac{1}{N}\sum_{i=1}^N e^{c_i}"


def _steps(text):
    return [s for r in check_text(text, "t.md").reports for s in r.steps]


def _chain(*rows):
    return "$$\n\\begin{align*}\n" + " \\\\\n".join(rows) + "\n\\end{align*}\n$$\n"


def test_a_row_opening_with_an_ascii_arrow_is_a_new_equation_and_proved():
    steps = _steps(_chain(r"c &= a + 1", r"=> \frac{1}{1 + e^{a}} &= \frac{e^{-a}}{1 + e^{-a}}",
                          r"\text{Based on (3), (4)} => \frac{d}{da} e^{2a} &= 2 e^{2a}"))
    assert [s.verdict for s in steps][-2:] == ["proved", "proved"], [s.explanation for s in steps]


def test_the_slip_after_an_arrow_is_refuted_and_recomputed():
    [s] = _steps(_chain(r"=> \frac{1}{1 + e^{a}} &= \frac{e^{a}}{1 + e^{-a}}"))
    assert s.verdict == "invalid", s.explanation
    cx = s.counterexample.as_dict()
    import sympy
    a = sympy.Rational(cx["tables"]["a ="])
    left, right = 1 / (1 + sympy.exp(a)), sympy.exp(a) / (1 + sympy.exp(-a))
    assert sympy.simplify(left - right) != 0 and abs(float(left) - cx["lhs"]) < 1e-9


def test_readings_that_disagree_after_an_arrow_are_undecided_never_invalid():
    [s] = _steps(_chain(rf"\text{{Hence}} => \log {AVG} &= \log \sum_{{i=1}}^N e^{{c_i}} - \log N"))
    assert s.verdict == "undecided" and s.counterexample is None, s.explanation


def test_an_arrow_between_two_equations_still_splits_them():
    assert [s.verdict for s in _steps("$$\na + a = 2a => b + b = 2b\n$$\n")] == ["proved", "proved"]


def test_inline_dollars_spaced_as_mathjax_pairs_them():
    steps = _steps("- when $x = 0 $ then $\\sigma(0) = 0.5 $ (and $ x = 0 $ gives $\\sigma(0) = 0.5$)\n")
    judged = [s for s in steps if s.verdict != "unjudged"]
    assert judged and all(s.verdict == "proved" for s in judged), [(s.verdict, s.explanation) for s in steps]


def test_an_inline_slip_spaced_as_mathjax_is_refuted():
    steps = [s for s in _steps("- when $x = 0 $ then $\\sigma(0) = 0.75 $ holds\n") if s.verdict != "unjudged"]
    assert [s.verdict for s in steps] == ["invalid"]
    cx = steps[0].counterexample.as_dict()
    assert Fraction(cx["lhs_exact"]) == Fraction(1, 2) and Fraction(cx["rhs_exact"]) == Fraction(3, 4)


def test_full_width_parentheses_are_parentheses():
    assert [s.verdict for s in _steps("$$\n（a + b）^2 = a^2 + 2ab + b^2\n$$\n")] == ["proved"]
    [s] = _steps("$$\n（a + b）^2 = a^2 + b^2\n$$\n")
    assert s.verdict == "invalid"
    t = s.counterexample.as_dict()["tables"]
    a, b = Fraction(t["a ="]), Fraction(t["b ="])
    assert Fraction(s.counterexample.as_dict()["lhs_exact"]) == (a + b) ** 2 != a ** 2 + b ** 2
