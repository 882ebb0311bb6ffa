"""Plain-TeX font switches and doubled bars (derivation/latex/respell_fonts.py): each reads as its canonical
spelling; an identity written with them is proved, a slip refuted; a group holding more is left as typed."""
import pytest

from derivation.latex.general import parse_row
from derivation.latex.mapped import Mapped
from derivation.latex.respell import respell

from ._verdicts import display_steps, verdicts


def spelled(text):
    return respell(Mapped.of(text, 0)).text


@pytest.mark.parametrize("typed, canonical", [
    (r"{\cal L}(\Theta) + {\rm log} P(x)", r"\mathcal{L}(\Theta) + \log P(x)"),
    (r"{\bf x} + {\rm data} + {\it y}", r"\mathbf{x} + \mathrm{data} + {y}"),
    (r"D_{KL}(P \mid\mid Q) + D_{KL}(P \Vert Q)", r"D_{KL}(P \| Q) + D_{KL}(P \| Q)"),
    (r"p(h_{1:m}|o) + p(h^{(k)}_{1:m}|o^{(k)})", r"p(h|o) + p(h^{(k)}|o^{(k)})"),
])
def test_typed_and_canonical_read_alike(typed, canonical):
    assert parse_row(spelled(typed)) == parse_row(canonical)


@pytest.mark.parametrize("typed", [r"{a \cal L}", r"{\rm p_{data}}", r"{\bf \theta x}", r"x_{2:n}", r"x_{1:n-1}"])
def test_a_group_holding_more_is_left_as_typed(typed):
    assert spelled(typed) == typed


def test_identity_proved_and_slip_refuted_with_its_counterexample_recomputed():
    assert verdicts(r"{\rm log} P_\theta(x) = -E_\theta(x) - {\rm log} Z_\theta") == ["proved"]
    step, = display_steps(r"\frac{\partial}{\partial \theta} {\rm exp}(2 \theta) = {\rm exp}(2 \theta)")
    assert step.verdict == "invalid"
    import sympy
    t = sympy.Rational(step.counterexample.as_dict()["tables"]["theta ="])
    assert 2 * sympy.exp(2 * t) != sympy.exp(2 * t)      # d/dθ e^{2θ} = 2 e^{2θ}, never e^{2θ}
    assert sympy.simplify(sympy.sympify(step.counterexample.as_dict()["lhs_exact"]) - 2 * sympy.exp(2 * t)) == 0


def test_a_range_of_every_unit_is_the_configuration():
    assert verdicts(r"\sum_{x_{1:n}} p(x_{1:n}) = 1") == ["proved"]
    assert verdicts(r"\sum_{x_{1:n}} p(x_{1:n}) = 2") == ["invalid"]
