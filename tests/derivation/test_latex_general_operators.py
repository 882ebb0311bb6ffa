"""The general reader's operators (derivation/latex/general_operators.py): what is not read is named."""
import pytest

from derivation.latex.general import parse_row
from derivation.latex.parse import ReadError

from ._verdicts import verdicts


@pytest.mark.parametrize("row", [r"\nabla_\theta \nabla_\theta^T \log q(x)", r"\nabla_\theta^\top f(\theta)"])
def test_a_transposed_gradient_is_named_not_read_as_a_scalar_derivative(row):
    with pytest.raises(ReadError) as e:
        parse_row(row)
    assert "transposed gradient" in str(e.value)


def test_outer_and_inner_products_of_gradients_are_never_judged_alike():
    # equal for one scalar parameter, different for vectors: the row must not be proved
    got = verdicts(r"(\nabla_\theta \log q(x))^T \nabla_\theta \log q(x) = \nabla_\theta \log q(x) \nabla_\theta^T \log q(x)")
    assert got and "proved" not in got and "holds" not in got and "invalid" not in got


@pytest.mark.parametrize("row", [r"E(x^{+}) - E(x^{-})", r"\theta^{*} = 2", r"L(\theta^*)"])
def test_a_mark_on_a_letter_is_named_never_read_as_a_power(row):
    with pytest.raises(ReadError) as e:
        parse_row(row)
    assert "mark" in str(e.value)


def test_signed_exponents_are_still_powers():
    assert parse_row(r"x^{-1}")[0][1][0] == "pow" and parse_row(r"x^{+1}")[0][1][0] == "pow"


def test_hbar_is_a_constant_like_any_letter():
    from fractions import Fraction
    from ._verdicts import display_steps
    assert verdicts(r"2 \hbar \omega = \hbar \omega + \hbar \omega") == ["proved"]
    step, = display_steps(r"(\hbar + \omega)^2 = \hbar^2 + \omega^2")
    assert step.verdict == "invalid"
    t = step.counterexample.as_dict()["tables"]
    h, w = Fraction(t["hbar ="]), Fraction(t["omega ="])
    assert (h + w) ** 2 != h ** 2 + w ** 2      # recomputed: 2 hbar omega != 0
