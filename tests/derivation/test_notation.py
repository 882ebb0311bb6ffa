"""The post's notation: short constructors that give the vocabulary's objects (the ones the reader gives the
post), their fixed definitions, LaTeX, clear errors on bad input."""
import pytest
from sympy import Derivative, Sum, exp, log

from derivation.meaning.chains import chains_of
from derivation.meaning.notation import (MODEL, THETA, DataPoint, K, N, E, L, P, Z, d, data_average, data_sum,
                                         expand_definitions, expect, i, latex_of, state_sum, x, xi)
from derivation.meaning.vocabulary import (DataDist, Expect, ModelDist, ModelEnergy, ModelPartition, ModelProb, NLL,
                                           Unnorm)
from derivation.read.reader import read_text


def read(text):
    (chain, _), = chains_of(read_text(f"$$\n{text}\n$$\n", "<row>"))
    return chain.rows[0].expr


def test_the_constructors_give_what_the_reader_gives_the_post():
    assert Z() == read(r"Z_{\Theta}") == ModelPartition(MODEL)
    assert P(x) == ModelProb(x, MODEL) and E(x) == ModelEnergy(x, MODEL) and L() == NLL(MODEL)
    assert read(r"\frac{\partial \mathcal{L}(\Theta, \mathcal{D})}{\partial \Theta}") == d(L())
    assert isinstance(expect(E(x)), Expect) and expect(E(x)).args[2] == ModelDist(MODEL)


def test_z_sums_over_the_whole_state_space_not_the_data():
    (body,) = [s for s in [Z().definition()] if isinstance(s, Sum)]
    assert body.limits[0][2] == K and isinstance(body.function, Unnorm)
    assert N not in expand_definitions(Z()).free_symbols


def test_p_is_boltzmann_over_z():
    from derivation.meaning.normal_form import normal_form, same_value
    assert isinstance(P(xi).definition(), type(Unnorm(xi, MODEL) / Z()))
    assert same_value(normal_form(P(xi)), normal_form(exp(-E(xi)) / Z()))
    assert not same_value(normal_form(P(xi)), normal_form(exp(-E(xi))))


def test_loss_is_mean_negative_log_likelihood():
    (s,) = L().definition().atoms(Sum)
    assert s.limits[0][1:] == (1, N) and s.function == log(P(DataPoint(s.limits[0][0])))


def test_model_expectation_and_data_average():
    (s,) = expect(E(x)).definition().atoms(Sum)
    assert s.limits[0][2] == K and s.function == P(s.limits[0][0]) * E(s.limits[0][0])
    avg = data_average(E(xi))
    assert isinstance(avg.args[2], DataDist)
    (s,) = avg.definition().atoms(Sum)
    assert s.limits[0][2] == N and s.function == E(DataPoint(s.limits[0][0]))


def test_bound_index_is_not_free():
    assert expect(E(x)).free_symbols == {THETA}
    assert x not in state_sum(E(x)).free_symbols
    assert i not in data_average(E(xi)).free_symbols


def test_expand_definitions_leaves_no_defined_object():
    e = expand_definitions(d(L()) + expect(d(E(x))) + data_average(E(xi)))
    assert not e.atoms(Expect, ModelPartition, ModelProb, NLL, Unnorm)


def test_derivative_stays_unevaluated():
    assert isinstance(d(Z()), Derivative)


def test_latex_in_the_usual_notation():
    assert latex_of(P(xi)) == r"p_{\Theta}(\mathrm{x}^{(i)})"
    assert latex_of(Z()) == r"Z_{\Theta}"
    assert latex_of(E(x)) == r"E_{\Theta}(x)"
    assert r"\mathcal{L}(\Theta)" in latex_of(L())
    assert latex_of(d(E(xi))) == r"\frac{\partial E_{\Theta}(\mathrm{x}^{(i)})}{\partial \Theta}"
    assert latex_of(expect(d(E(x)))).startswith(r"\mathbb{E}_{x\sim p_{\Theta}}\left[")
    assert r"\sum_{i=1}^{N}" in latex_of(data_sum(E(xi)))


@pytest.mark.parametrize("bad", [0, -1, 1.5, "1"])
def test_derivative_order_must_be_positive_int(bad):
    with pytest.raises(ValueError, match="order"):
        d(E(x), bad)


def test_a_data_average_uses_its_index_only_in_data_points():
    with pytest.raises(ValueError, match="outside"):
        data_average(i * E(xi))


def test_substitution_leaves_bound_indices_alone():
    assert expect(E(x)).subs(x, 1) == expect(E(x))
    assert (expect(E(x)) + E(x)).subs(x, 2) == expect(E(x)) + E(2)
    assert data_average(E(xi)).subs(i, 3) == data_average(E(xi))
