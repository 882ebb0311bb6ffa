"""Which object a letter is (issue 21): a name of several capitals is one function, a letter defined by a row
in an earlier display means its definition later, pi alone is the number.

Each class: a valid identity proved, a classic slip refuted (its counterexample recomputed here from what it
prints, never with the checker's evaluator), and a row the document leaves ambiguous never `invalid`."""
import math
from fractions import Fraction

import pytest

from ._verdicts import display_steps, document_verdicts

VALID = ("proved", "holds")


def doc_steps(text):
    from derivation.run.checkdoc import check_text
    return [s for r in check_text(text).reports for s in r.steps]


# ---- LL(theta): one name, never L times the NLL L(theta) -----------------------------------------------

LL_DEF = "$$\nLL(\\theta) = \\ln P(X|\\theta)\n$$\n\n"


def test_a_name_of_several_capitals_is_defined_and_used():
    got = document_verdicts(LL_DEF + "$$\n\\frac{\\partial LL(\\theta)}{\\partial \\theta} = "
                            "\\frac{1}{P(X|\\theta)} \\frac{\\partial P(X|\\theta)}{\\partial \\theta}\n$$\n")
    assert got == ["proved"], got   # the definition is shown, not judged; the later row uses it


def test_the_log_derivative_slip_on_a_capital_name_is_refuted():
    got = document_verdicts(LL_DEF + "$$\n\\frac{\\partial LL(\\theta)}{\\partial \\theta} = "
                            "\\frac{\\partial P(X|\\theta)}{\\partial \\theta}\n$$\n")
    assert got == ["invalid"], got


def test_an_undefined_capital_name_is_an_arbitrary_function():
    """LL(a + b) = LL(a) + LL(b): one arbitrary function (not L times L), refuted at the values it
    prints, recomputed here from its printed table."""
    (rep,) = display_steps(r"LL(a+b) = LL(a) + LL(b)")
    assert rep.verdict == "invalid"
    tab = {k: v for k, v in rep.counterexample.instance.tables.items() if not k.startswith("_")}
    a, b = Fraction(tab["a ="]), Fraction(tab["b ="])
    (name,) = [k for k in tab if k.endswith("()")]
    g = tab[name]
    c0, c1, c2 = (float(g[k]) for k in g if not k.endswith("coefficient"))
    r = float(next(v for k, v in g.items() if k.endswith("coefficient")))

    def gv(u):
        u = float(u)
        return c0 + c1 * u + c2 * u * u / 2 + r * (math.exp(u) - 1 - u - u * u / 2)

    assert abs(gv(a + b) - (gv(a) + gv(b))) > 1e-6
    assert float(rep.counterexample.lhs) == pytest.approx(gv(a + b))


def test_lower_case_letters_typed_together_stay_letters():
    from derivation.read.general import parse_general
    assert parse_general(r"ab(x)")[0] == "mul"
    assert parse_general(r"L L(\theta)")[0] == "mul"
    assert parse_general(r"LL(\theta)")[1][1] == "LL"


def test_a_vector_of_logits_without_its_index_is_not_refuted():
    """NN_theta(x)[y] in one row, NN_theta(x) alone in another (a typo or a vector): never a false reject."""
    text = ("$$\nE(x, y; \\theta) = - NN_{\\theta}(x)[y]\n$$\n\n$$\n"
            "\\sum_{x, y} \\exp\\{NN_{\\theta}(x)\\}[y] = Z_{\\theta}\n$$\n")
    got = document_verdicts(text)
    assert "invalid" not in got, got


# ---- a letter defined in an earlier display binds the later rows -----------------------------------------

def test_a_letter_defined_earlier_is_used_later():
    text = "$$\ns = a^2\n$$\n\nWe differentiate.\n\n$$\n\\frac{ds}{da} = 2a\n$$\n"
    assert document_verdicts(text) == ["proved"]


def test_a_wrong_derivative_of_a_defined_letter_is_refuted_at_the_printed_value():
    (rep,) = doc_steps("$$\ns = a^2\n$$\n\n$$\n\\frac{ds}{da} = a\n$$\n")
    assert rep.verdict == "invalid"
    a = Fraction(rep.counterexample.instance.tables["a ="])
    assert 2 * a != a and Fraction(str(rep.counterexample.lhs)) == 2 * a   # d(a^2)/da, recomputed


def test_a_letter_defined_by_what_the_checker_cannot_read_is_never_refuted():
    """s = sigmoid(z), then ds/dz = s(1 - s) (true): s is not an arbitrary constant."""
    got = document_verdicts("$$\ns = \\mathrm{sigmoid}(z)\n$$\n\n$$\n\\frac{ds}{dz} = s(1-s)\n$$\n")
    assert "invalid" not in got and not any(v in VALID for v in got), got


def test_a_state_letter_is_never_bound_by_a_definition():
    """x = a + b beside p(x): x stays the state of the model (a row fixing a value, not a definition)."""
    got = document_verdicts("$$\nx = a + b\n$$\n\n$$\n\\sum_x p_\\theta(x) = 1\n$$\n")
    assert got[-1] == "proved", got


# ---- pi alone is the number ------------------------------------------------------------------------------

def test_pi_alone_is_the_number_not_a_distribution():
    text = ("$$\np(x) = \\frac{e^{-E(x)}}{Z}\n$$\n\n$$\n"
            "\\frac{1}{\\sqrt{2\\pi}} \\sum_x p(x) = \\frac{1}{\\sqrt{2\\pi}}\n$$\n")
    got = document_verdicts(text)
    assert len(got) == 2 and all(v in VALID for v in got), got
    slip = text.replace("\\sum_x p(x) = \\frac{1}{\\sqrt{2\\pi}}", "\\sum_x p(x) = \\frac{1}{2\\pi}")
    assert document_verdicts(slip)[-1] == "invalid"   # 1/sqrt(2 pi) != 1/(2 pi): pi is the number


# ---- p^{DATA}: a data or model word as a superscript is the label a subscript would be ----------------------

def test_a_data_word_as_superscript_is_the_data_distribution():
    from derivation.read.general import parse_general
    assert parse_general(r"p^{DATA}(x)") == parse_general(r"p_{\text{data}}(x)")
    assert parse_general(r"p^{2}")[0] == "pow" and parse_general(r"p^{T}")[0] == "pow"
    got = document_verdicts("$$\n\\mathbb{E}_{p^{DATA}(x)}[\\log Z_\\theta] = \\log Z_\\theta\n$$\n")
    assert got and got[0] in VALID, got


def test_the_data_and_the_model_are_not_one_distribution():
    """E_data[E] = E_model[E] is false: two states, one data point at state 2, E = (0, 1): E_data[E] = 1 while
    E_model[E] = e^{-1}/(1 + e^{-1}) (recomputed here)."""
    got = document_verdicts("$$\n\\mathbb{E}_{p^{DATA}(x)}[E_\\theta(x)] = \\mathbb{E}_{p_\\theta(x)}[E_\\theta(x)]\n$$\n")
    assert got == ["invalid"], got
    assert 1 != math.exp(-1) / (1 + math.exp(-1))
