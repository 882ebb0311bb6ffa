"""The paper's generator scheme on a toy space (toy_models/generator.py)."""
import itertools

import numpy as np
import pytest

from toy_models import Categorical, Ising, NeuralEnergy, nll
from toy_models.errors import InputError
from toy_models.generator import MeanFieldGenerator, TableGenerator, kl_to_model, train


def states(d):
    return np.array(list(itertools.product([0.0, 1.0], repeat=d)))


def test_mean_field_log_prob_is_the_product_of_bernoullis():
    phi = np.array([0.3, -1.2, 2.0])
    gen = MeanFieldGenerator(phi)
    p = 1 / (1 + np.exp(-phi))
    for x in states(3):
        expected = np.prod(np.where(x == 1, p, 1 - p))  # an independent loop, no log space
        assert np.exp(gen.log_prob(x[None, :], phi)[0]) == pytest.approx(expected, rel=1e-13)


def test_table_generator_is_normalised(rng):
    gen = TableGenerator(4)
    gen.params = rng.normal(size=16)
    assert np.exp(gen.log_prob(states(4), gen.params)).sum() == pytest.approx(1.0, rel=1e-14)


def test_kl_is_zero_when_the_generator_is_the_model(rng):
    model = Ising(np.zeros((3, 3)), rng.normal(size=3), spins=(0, 1))
    gen = TableGenerator(3)
    gen.params = -np.asarray(model.energy(states(3)))  # softmax(-E) = P
    assert abs(kl_to_model(gen, model)) < 1e-12


def test_kl_matches_a_direct_sum(rng):
    model = NeuralEnergy.random(3, rng)
    gen = MeanFieldGenerator(rng.normal(size=3))
    x = states(3)
    p = np.exp(-model.energy(x)); p /= p.sum()
    q = np.exp(gen.log_prob(x, gen.params))
    assert kl_to_model(gen, model) == pytest.approx(float(np.sum(q * np.log(q / p))), rel=1e-10)


def test_exact_training_lowers_the_nll(rng):
    model = NeuralEnergy.random(4, rng)
    data = rng.integers(2, size=(40, 4))
    hist = train(model, data, None, steps=30)
    assert hist["nll"][-1] < hist["nll"][0] - 0.1
    assert hist["nll"][-1] == pytest.approx(nll(model, data), rel=1e-12)


def test_a_table_generator_tracks_exact_training(rng):
    data = rng.integers(2, size=(40, 4))
    exact, via_generator = (NeuralEnergy.random(4, np.random.default_rng(5)) for _ in range(2))
    h_exact = train(exact, data, None, steps=40)
    h_gen = train(via_generator, data, TableGenerator(4), steps=40, generator_steps=30)
    # The generator lags P_Θ by a little each step; the NLLs end within 2% of each other.
    assert h_gen["nll"][-1] == pytest.approx(h_exact["nll"][-1], rel=0.02)
    assert h_gen["kl"][-1] < 0.05


def test_mean_field_is_exact_for_independent_bits(rng):
    model = Ising(np.zeros((3, 3)), rng.normal(size=3), spins=(0, 1))
    gen = MeanFieldGenerator(np.zeros(3))
    x = states(3)
    from toy_models.generator import _generator_step
    for _ in range(300):
        _generator_step(gen, np.asarray(model.energy(x)), x, 1.0)
    assert kl_to_model(gen, model) < 1e-6


def test_bad_inputs(rng):
    data = np.ones((3, 2))
    with pytest.raises(InputError, match="binary"):
        train(Ising(np.zeros((2, 2)), np.zeros(2)), data, None, steps=1)
    with pytest.raises(InputError, match="d = 3"):
        train(NeuralEnergy.random(2, rng), data, MeanFieldGenerator(np.zeros(3)), steps=1)
    with pytest.raises(InputError, match="rng"):
        train(NeuralEnergy.random(2, rng), data, TableGenerator(2), steps=1, n_samples=5)
    with pytest.raises(InputError, match="logits"):
        MeanFieldGenerator([np.nan])
    with pytest.raises(InputError, match="binary"):
        train(Categorical([0.0, 1.0]), np.array([0, 1]), None, steps=1)
