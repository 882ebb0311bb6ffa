"""The notation: fixed definitions, LaTeX in the post's notation, clear errors on bad input."""
import pytest
from sympy import Derivative, Sum, exp, log

from derivation.meaning.notation import (DataAverage, DataPoint, Energy, K, ModelExpectation, N, Theta, E, L, P, Z, d,
                                 data_average, data_sum, expand_definitions, expect, i, latex_of, state_sum, x, xi)


def test_z_sums_over_the_whole_state_space_not_the_data():
    assert Z().definition() == Sum(exp(-Energy(x, Theta)), (x, 1, K))
    assert N not in Z().definition().free_symbols


def test_p_is_boltzmann_over_z():
    assert P(xi).definition() == exp(-E(xi)) / Z()


def test_loss_is_mean_negative_log_likelihood():
    assert L().definition() == -Sum(log(P(DataPoint(i))), (i, 1, N)) / N


def test_model_expectation_and_data_average():
    assert expect(E(x)).definition() == Sum(P(x) * E(x), (x, 1, K))
    assert data_average(E(xi)).definition() == Sum(E(xi), (i, 1, N)) / N


def test_bound_index_is_not_free():
    assert expect(E(x)).free_symbols == {Theta}
    assert x not in state_sum(E(x)).free_symbols


def test_expand_definitions_leaves_no_defined_object():
    e = expand_definitions(d(L()) + expect(d(E(x))) + data_average(E(xi)))
    assert not e.atoms(ModelExpectation, DataAverage)
    assert "Partition" not in str(e) and "Probability" not in str(e) and "Loss" not in str(e)


def test_derivative_stays_unevaluated():
    assert isinstance(d(Z()), Derivative)


def test_latex_in_the_posts_notation():
    assert latex_of(P(xi)) == r"P_{\Theta}(\mathrm{x}^{(i)})"
    assert latex_of(Z()) == r"Z_{\Theta}"
    assert latex_of(E(x)) == r"E_{\Theta}(\mathrm{x})"
    assert r"\mathcal{L}(\Theta, \mathcal{D})" in latex_of(L())
    assert latex_of(d(E(xi))) == r"\frac{\partial E_{\Theta}(\mathrm{x}^{(i)})}{\partial \Theta}"
    assert latex_of(expect(d(E(x)))).startswith(r"E_{\mathrm{x}\sim P_{\Theta}}\left[")
    assert r"\sum_{i=1}^{N}" in latex_of(data_sum(E(xi)))


@pytest.mark.parametrize("bad", [0, -1, 1.5, "1"])
def test_derivative_order_must_be_positive_int(bad):
    with pytest.raises(ValueError, match="order"):
        d(E(x), bad)


def test_expectation_variable_must_be_a_symbol():
    with pytest.raises(TypeError, match="var"):
        ModelExpectation(E(x), E(x))
    with pytest.raises(TypeError, match="var"):
        DataAverage(E(xi), 3)


def test_substitution_leaves_bound_indices_alone():
    assert expect(E(x)).subs(x, 1) == expect(E(x))
    assert (expect(E(x)) + E(x)).subs(x, 2) == expect(E(x)) + E(2)
    assert data_average(E(xi)).subs(i, 3) == data_average(E(xi))
