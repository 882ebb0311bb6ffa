"""KL(P_φ || P_Θ) = energy term - entropy + log Z, exact, for every generator
(toy_models/generator_kl.py)."""
import numpy as np
import pytest

from toy_models import RBM, Ising, NeuralEnergy, Potts
from toy_models.errors import InputError
from toy_models.exact import probabilities
from toy_models.generator import MeanFieldGenerator, TableGenerator, kl_to_model
from toy_models.generator_kl import (Adam, fit_generator, generator_negative_phase, kl_decomposition,
                                     kl_direct, kl_gradient, to_bits, to_states)
from toy_models.generator_nade import NADEGenerator
from toy_models.identity import negative_phase


def models(rng, d=4):
    a = 0.7 * rng.standard_normal((d, d))
    J = (a + a.T) / 2
    np.fill_diagonal(J, 0.0)
    return {"ising": Ising(J, 0.3 * rng.standard_normal(d)),
            "ising01": Ising(J, 0.3 * rng.standard_normal(d), spins=(0, 1)),
            "rbm": RBM(rng.standard_normal((d, 3)), 0.3 * rng.standard_normal(d), 0.3 * rng.standard_normal(3)),
            "neural": NeuralEnergy.random(d, rng)}


def generators(rng, d=4):
    table = TableGenerator(d)
    table.params = rng.standard_normal(2 ** d)
    return {"meanfield": MeanFieldGenerator(rng.standard_normal(d)), "table": table,
            "nade": NADEGenerator(d, n_hidden=3, rng=rng, scale=1.0)}


@pytest.mark.parametrize("model_kind", ["ising", "ising01", "rbm", "neural"])
@pytest.mark.parametrize("gen_kind", ["meanfield", "table", "nade"])
def test_decomposition_sums_to_the_direct_kl(rng, model_kind, gen_kind):
    model, gen = models(rng)[model_kind], generators(rng)[gen_kind]
    parts = kl_decomposition(gen, model)
    total = parts["energy_term"] - parts["entropy"] + parts["log_partition"]
    assert abs(total - kl_direct(gen, model)) < 1e-10
    assert parts["kl"] == total and parts["kl"] > 0 and parts["entropy"] > 0


def test_direct_kl_is_a_plain_sum_over_states(rng):
    """kl_direct against a loop that never takes a log of P in log space."""
    model, gen = models(rng)["ising"], generators(rng)["nade"]
    p = probabilities(model)
    states = model.space.all_states()
    q = np.exp(gen.log_prob(to_bits(states, model.space), gen.params))
    assert kl_direct(gen, model) == pytest.approx(sum(qi * np.log(qi / pi) for qi, pi in zip(q, p)), rel=1e-12)


def test_agrees_with_generator_py_on_binary_models(rng):
    model, gen = models(rng)["neural"], generators(rng)["meanfield"]
    assert kl_decomposition(gen, model)["kl"] == pytest.approx(kl_to_model(gen, model), abs=1e-12)


def test_kl_is_zero_when_the_table_is_the_model(rng):
    model = models(rng)["ising"]
    gen = TableGenerator(4)
    gen.params = -np.asarray(model.free_energy(model.space.all_states()))  # softmax(-E) = P
    assert abs(kl_decomposition(gen, model)["kl"]) < 1e-12


@pytest.mark.parametrize("gen_kind", ["meanfield", "table", "nade"])
def test_gradient_matches_central_differences_of_the_direct_kl(rng, gen_kind):
    model, gen = models(rng)["ising"], generators(rng)[gen_kind]
    grad = kl_gradient(gen, model)
    phi, step = gen.params.copy(), 1e-5

    def kl_at(params):
        gen.params = params
        return kl_direct(gen, model)

    fd = np.array([(kl_at(phi + step * e) - kl_at(phi - step * e)) / (2 * step) for e in np.eye(phi.size)])
    gen.params = phi
    np.testing.assert_allclose(grad, fd, rtol=1e-6, atol=1e-8)


def test_fitting_lowers_the_kl(rng):
    model = models(rng)["ising"]
    for gen in generators(rng).values():
        before = kl_decomposition(gen, model)["kl"]
        optimizer = fit_generator(gen, model, 60)
        assert isinstance(optimizer, Adam) and optimizer.t == 60
        assert kl_decomposition(gen, model)["kl"] < 0.7 * before


def test_generator_negative_phase_of_a_perfect_table_is_exact(rng):
    model = models(rng)["rbm"]
    gen = TableGenerator(4)
    gen.params = -np.asarray(model.free_energy(model.space.all_states()))
    got, exact = generator_negative_phase(gen, model), negative_phase(model)
    for k in exact:
        np.testing.assert_allclose(got[k], exact[k], rtol=1e-12, atol=1e-14)


def test_bits_and_states_round_trip(rng):
    space = models(rng)["ising"].space
    s = space.all_states()
    np.testing.assert_array_equal(to_states(to_bits(s, space), space), s)


def test_refusals(rng):
    J = np.zeros((2, 2, 3, 3))
    with pytest.raises(InputError, match="two-valued"):
        kl_decomposition(NADEGenerator(2), Potts(J, np.zeros((2, 3))))
    with pytest.raises(InputError, match="d = 3"):
        kl_decomposition(NADEGenerator(3), models(rng)["ising"])
    with pytest.raises(InputError, match="steps"):
        fit_generator(NADEGenerator(4), models(rng)["ising"], -1)
    big = Ising(np.zeros((17, 17)), np.zeros(17))
    with pytest.raises(ValueError, match="too large"):
        kl_decomposition(MeanFieldGenerator(np.zeros(17)), big)
