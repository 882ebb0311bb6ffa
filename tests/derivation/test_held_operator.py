"""Thermodynamics as typed (read/held_fixed.py, read/sum_index.py): the variables held fixed written after an operator's
parenthesis, `\\frac{\\partial}{\\partial \\beta} \\left( \\sum_j e^{-\\beta E_j} \\right)_{N,V}`, and a sum whose upper
"limit" is the word states, `\\sum_j^\\text{states}`."""
import sympy

from derivation.read.mapped import Mapped
from derivation.read.respell import respell

from ._verdicts import display_steps, verdicts


def test_held_fixed_after_an_operator_is_the_derivative_alone():
    assert verdicts(r"\langle E \rangle = -\frac{1}{Z} \frac{\partial}{\partial \beta} \left( \sum_x e^{-\beta E(x)} "
                    r"\right)_{N,V}", timeout=30) == ["proved"]
    step, = display_steps(r"\frac{\partial}{\partial \beta} \left( \ln Z \right)_{N,V} = \langle E \rangle", timeout=30)
    assert step.verdict == "invalid"
    cx = step.counterexample.as_dict()
    beta = sympy.Rational(cx["tables"]["beta ="])
    energies = [-sympy.log(sympy.Rational(v["e^{-E}"])) for k, v in cx["tables"].items() if k.startswith("E(")]
    b = sympy.Symbol("b")
    z = sum(sympy.exp(-b * e) for e in energies)
    lhs = sympy.diff(sympy.log(z), b).subs(b, beta)                      # recomputed by hand
    rhs = sum(e * sympy.exp(-beta * e) for e in energies) / z.subs(b, beta)
    assert sympy.simplify(lhs - sympy.sympify(cx["lhs_exact"])) == 0
    assert sympy.simplify(rhs - sympy.sympify(cx["rhs_exact"])) == 0
    assert sympy.simplify(lhs - rhs) != 0


def test_two_sets_held_fixed_for_one_variable_stay_as_typed():
    # (..)_{N,V} and (..)_{N,P} by beta: two conventions, never equated (C_V is not C_P)
    got = verdicts(r"\langle E \rangle = -\frac{1}{Z} \frac{\partial}{\partial \beta} \left( \sum_x e^{-\beta E(x)} "
                   r"\right)_{N,V} \\ \left(\frac{\partial \ln Z}{\partial \beta}\right)_{N,P} = -\langle E \rangle",
                   timeout=30)
    assert got == ["unreadable", "unreadable"]


def test_a_sum_over_the_word_states_has_no_limit():
    assert respell(Mapped.of(r"\sum_j^\text{states} p_j", 0)).text.split() == [r"\sum_j", "p_j"]
    assert respell(Mapped.of(r"\sum_j^N p_j", 0)).text == r"\sum_j^N p_j"
    assert verdicts(r"\sum_x^{\text{states}} p(x) E(x) = \langle E \rangle", timeout=30) == ["proved"]
    assert verdicts(r"\sum_x^{\text{states}} p(x) E(x) = -\langle E \rangle", timeout=30) == ["invalid"]


def test_an_upright_d_with_its_order_inside_the_font():
    # {\rm d^2} \ln Z / {\rm d} \beta^2: the order belongs to the derivative, \mathrm{d}^{2}
    row = r"\frac{{\rm d^2} \ln Z}{{\rm d} \beta^2} = "
    assert verdicts(row + r"\langle E^2 \rangle - \langle E \rangle^2", timeout=30) == ["proved"]
    assert verdicts(row + r"\langle E \rangle^2 - \langle E^2 \rangle", timeout=30) == ["invalid"]


def test_an_arrow_between_two_equations_is_hence():
    first = r"Z = \sum_x e^{-\beta E(x)} \to \frac{\partial \ln Z}{\partial \beta} = "
    assert verdicts(first + r"-\langle E \rangle", timeout=30) == ["proved", "proved"]
    assert verdicts(first + r"\langle E \rangle", timeout=30) == ["proved", "invalid"]
    # a limit or a convergence (no equation after the arrow) is no second equation: not read, never split
    assert verdicts(r"p_n(x) = \frac{1}{n} \to p(x)", timeout=30) == ["unreadable"]
