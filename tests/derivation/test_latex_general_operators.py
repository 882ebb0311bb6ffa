"""The general reader's operators (derivation/read/general_operators.py): what is not read is named."""
import pytest

from derivation.read.general import parse_row
from derivation.read.read_error import ReadError

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


@pytest.mark.parametrize("row, name", [(r"E(x^{+})", "x"), (r"\theta^{*} = 2", "theta"), (r"L(\theta^*)", "theta"),
                                       (r"E(x^-)", "x"), (r"\theta^{\ast}", "theta")])
def test_a_mark_on_a_letter_is_a_letter_of_its_own_never_a_power(row, name):
    from derivation.meaning.roles import walk
    marked = [n for n in walk(parse_row(row)[0][1]) if n[0] == "sym" and n[1] == name]
    assert marked and all(n[4] >= 100 for n in marked)            # kept apart from x and x' (meaning_values.marks)
    assert not any(n[0] == "pow" for n in walk(parse_row(row)[0][1]))


def test_marked_letters_are_other_values_and_other_states():
    assert verdicts(r"\log p_{\theta^*}(x) = -E_{\theta^*}(x) - \log Z_{\theta^*}") == ["proved"]
    assert verdicts(r"\log p_{\theta^*}(x) = \log p_{\theta}(x)") == ["invalid"]      # theta^* is not theta
    assert verdicts(r"E_\theta(x^{+}) - E_\theta(x^{-}) = E_\theta(x^{+}) - E_\theta(x^{-})") == ["proved"]
    assert verdicts(r"E_\theta(x^{+}) = E_\theta(x^{-})") == ["invalid"]                 # two states
    got = verdicts(r"\theta^{*} = \theta^{+}")     # two values the document may relate in words
    assert got and all(v not in ("proved", "holds", "invalid") for v in got)


def test_a_marked_state_is_printed_with_its_mark():
    from ._verdicts import display_steps
    step, = display_steps(r"\log p_{\theta^*}(x) = \log p_{\theta}(x)")
    assert "theta^{*}" in str(step.counterexample.as_dict()) and "''" not in str(step.counterexample.as_dict())


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
