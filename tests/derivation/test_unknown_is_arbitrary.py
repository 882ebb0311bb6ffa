"""Issue 21 part 1: a letter or function the vocabulary does not know is arbitrary, never "no role".

A valid identity in unknown letters is proved; a classic slip is refuted, its counterexample recomputed here
in plain fractions from the values it prints for the letters (never with the checker's evaluator); the
letters are varied enough that a false row true only at a few values is never accepted; and a row whose
readings disagree (a letter beside the model that the document may tie to it in words, a(b + c) as a
product or an application) is never `invalid`."""
import math
from fractions import Fraction

import pytest

from ._verdicts import display_steps

VALID = ("proved", "holds")


steps = display_steps


def verdicts(tex: str) -> list[str]:
    return [s.verdict for s in steps(tex)]


def printed(rep) -> dict:
    """The counterexample's printed tables: values of the letters ("a =" -> "1/3") and function tables."""
    return {k: v for k, v in rep.counterexample.instance.tables.items() if not k.startswith("_")}


def letter(tab, name) -> Fraction:
    return Fraction(tab[f"{name} ="])


# ---- valid identities with unknown letters are proved -------------------------------------------------

@pytest.mark.parametrize("row", [
    r"(a+b)^2 = a^2 + 2ab + b^2",
    r"\sum_{i=1}^N c = N c",
    r"g(\theta+\epsilon) = g(\epsilon+\theta)",
    r"\log Z_\theta + c = c + \log Z_\theta",
    r"\frac{\partial}{\partial\theta}\left(c\, E_\theta(x)\right) = c\,\frac{\partial E_\theta(x)}{\partial\theta}",
    r"c\,\mathbb{E}_{x\sim p_\theta}[f(x)] + c = c \cdot \left(\mathbb{E}_{x\sim p_\theta}[f(x)] + 1\right)",
])
def test_a_valid_identity_in_unknown_letters_is_proved(row):
    got = verdicts(row)
    assert got and all(v in VALID for v in got), got
    assert got[0] == "proved", got


# ---- classic slips are refuted; the counterexample is recomputed from what it prints --------------------

def test_the_square_of_a_sum_slip_is_refuted_at_the_printed_values():
    (rep,) = steps(r"(a+b)^2 = a^2 + b^2")
    assert rep.verdict == "invalid"
    tab = printed(rep)
    a, b = letter(tab, "a"), letter(tab, "b")
    assert (a + b) ** 2 != a ** 2 + b ** 2                       # recomputed here
    assert Fraction(str(rep.counterexample.lhs)) == (a + b) ** 2
    assert Fraction(str(rep.counterexample.rhs)) == a ** 2 + b ** 2


def test_the_reciprocal_of_a_sum_slip_is_refuted_at_the_printed_values():
    (rep,) = steps(r"\frac{1}{a+b} = \frac{1}{a} + \frac{1}{b}")
    assert rep.verdict == "invalid"
    tab = printed(rep)
    a, b = letter(tab, "a"), letter(tab, "b")
    if 0 in (a, b, a + b):   # a side without a value where the other has one also refutes
        return
    assert 1 / (a + b) != 1 / a + 1 / b
    assert Fraction(str(rep.counterexample.lhs)) == 1 / (a + b)


def test_an_arbitrary_function_is_not_additive():
    """g(a + b) = g(a) + g(b): g is an arbitrary function, printed as a polynomial table of its argument
    (value, first and second derivative at 0); recomputed from that table."""
    (rep,) = steps(r"g(a+b) = g(a) + g(b)")
    assert rep.verdict == "invalid"
    tab = printed(rep)
    a, b = letter(tab, "a"), letter(tab, "b")
    g = tab["g()"]
    c0, c1, c2 = float(g["value"]), float(g["d/dg.1"]), float(g["d2/dg.12"])
    r = float(g["e^{g.1} coefficient"])

    def gv(u):
        u = float(u)
        return c0 + c1 * u + c2 * u * u / 2 + r * (math.exp(u) - 1 - u - u * u / 2)

    assert abs(gv(a + b) - (gv(a) + gv(b))) > 1e-6
    assert float(rep.counterexample.lhs) == pytest.approx(gv(a + b))
    assert float(rep.counterexample.rhs) == pytest.approx(gv(a) + gv(b))


def test_an_arbitrary_function_is_not_a_quadratic():
    """The third difference of every quadratic is 0: for an arbitrary function it is not, and never holds."""
    got = verdicts(r"g(a+3) - 3 g(a+2) + 3 g(a+1) - g(a) = 0")
    assert got == ["invalid"], got


def test_a_constant_does_not_depend_on_the_parameter():
    """d/dtheta of an unknown constant is 0: the slip c' = c ... refuted as a row about theta."""
    (rep,) = steps(r"\frac{\partial}{\partial\theta}\left(c\,\theta\right) = c + \theta")
    assert rep.verdict == "invalid"
    tab = printed(rep)
    c, th = letter(tab, "c"), letter(tab, "theta")
    assert c != c + th and Fraction(str(rep.counterexample.rhs)) == c + th


@pytest.mark.parametrize("row", [
    r"(a - 1) (a + 2) (2a - 1) \cdot a = 0",      # zero at the four points a parameter visits
    r"a^2 (a - 1)^2 (a + 2)^2 (2a - 1)^2 (a - 3)^2 = 0",
    r"(a - b)(a - 1)(b - 1/2) = 0",
])
def test_arbitrary_letters_are_varied_enough_that_a_false_polynomial_row_fails(row):
    got = verdicts(row)
    assert got == ["invalid"], got


def test_letters_with_marks_are_different_letters():
    for row in (r"a_1 + a_2 = 2 a_1", r"a' = a", r"\hat a = a", r"a^{(2)} = a"):
        got = verdicts(row)
        assert got and all(v not in VALID for v in got), (row, got)


def test_an_indexed_letter_takes_one_value_per_index():
    assert verdicts(r"\sum_{i=1}^N w_i = N w_1") == ["invalid"]
    assert verdicts(r"\sum_{i=1}^N (w_i + c) = \sum_{i=1}^N w_i + N c") == ["proved"]
    assert verdicts(r"\sum_{i=1}^N w_{ij} = N w_{1j}") == ["invalid"]     # w_{ij}: both indices read


# ---- rows whose readings disagree are never invalid -----------------------------------------------------

@pytest.mark.parametrize("row", [
    r"p(x) = \frac{e^{-E(x)/T}}{Z}",                                     # T: a temperature stated in prose
    r"\nabla_\theta A(\theta) = \mathbb{E}_{p_\theta}[\nabla_\theta E_\theta(x)]",  # A: a log normalizer
    r"\log Z + c = c + \log Z + 1",
    r"\ell(\theta; x) = P(x; \theta)",                                   # one unknown defined by another
    r"x_j = b_j + \sum_i v_i w_{ij}",                                    # a definition of x_j, maybe
    r"a(b + c) = ab + ac",                                               # product, or a applied to b + c
    r"log a b = \log a + \log b",                                       # log typed without its backslash: its scope
    r"\sigma(-a) + \sigma^2 = 1 - \sigma(a) + \sigma^2",                   # sigma also a number: product or sigmoid
    r"\nabla_\theta \log p_\theta(x) = \nabla_\theta \mathrm{LogSumExp}_y \{f_\theta(x, y)\} - \nabla_\theta \log Z_\theta",
    r"\theta_{t+1} = \theta_t - \eta g_t",                              # an update rule defines theta_{t+1}
    r"\theta' = \theta - \eta \nabla_\theta \log p_\theta(x)",
])
def test_a_row_whose_readings_disagree_is_never_invalid(row):
    got = verdicts(row)   # (a definition of a new symbol is shown, not judged: no step at all)
    assert all(v in ("undecided", "unreadable") for v in got), (row, got)


def test_the_undecided_row_names_the_letters():
    (rep,) = steps(r"p(x) = \frac{e^{-E(x)/T}}{Z}")
    assert rep.verdict == "undecided" and "T" in rep.explanation
