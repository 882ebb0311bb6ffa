"""A braced letter with a subscript, `{Z}_i`, `{\\mathbf{z}}_i`, `max({{Z}_i})` (respell_scripts.grouped_letters): TeX
puts the script on the group, which is that letter, so it is Z_i; it was a parse error ("unexpected `_`"). A
command's argument (\\frac{a}{b}_i) or a script (e^{x}_i) is never unbraced."""
from fractions import Fraction

from derivation.read.respell import respell
from derivation.read.mapped import Mapped
from derivation.run.checkdoc import check_text


def _steps(row):
    return [s for r in check_text("$$\n" + row + "\n$$\n", "t.md").reports for s in r.steps]


def test_the_identity_with_braced_letters_is_proved():
    [s] = _steps(r"e^{a - {{b}_i}} = e^{a} e^{-{\mathbf{b}}_i}")
    assert s.verdict == "proved", s.explanation


def test_the_slip_is_refuted_and_recomputed():
    [s] = _steps(r"({a}_1 + {b}_1)^2 = a_1^2 + b_1^2")
    assert s.verdict == "invalid", s.explanation
    cx = s.counterexample.as_dict()
    a, b = (Fraction(cx["tables"][k]["value"]) for k in ("a(1)", "b(1)"))
    assert Fraction(cx["lhs_exact"]) == (a + b) ** 2 and Fraction(cx["rhs_exact"]) == a ** 2 + b ** 2 != (a + b) ** 2


def test_readings_that_disagree_are_undecided_never_invalid():
    [s] = _steps(r"\log \frac{1}{N}\sum_{i=1}^N e^{{c}_i} = \log\sum_{i=1}^N e^{c_i} - \log N")
    assert s.verdict == "undecided" and s.counterexample is None, s.explanation


def test_arguments_and_scripts_keep_their_braces():
    for text in (r"\frac{a}{b}_i", r"e^{x}_i", r"\mathbf{a}_i"):
        assert respell(Mapped.of(text, 0)).text == text
