"""NeuralEnergy: the paper's energy against a loop; the phase is one backward pass."""
import numpy as np
import pytest

from toy_models import NeuralEnergy, log_partition
from toy_models.errors import InputError
from .toy_reference import brute_log_partition, brute_states, neural_energy


def _lists(model):
    p = model.params
    return [p[k].tolist() for k in ("b", "W1", "c1", "w", "c")] + [model.sigma]


def test_energy_and_log_partition_match_loops(rng):
    model = NeuralEnergy.random(5, rng, n_features=3, n_experts=2, scale=2.0)
    args = _lists(model)
    states = np.array(brute_states((0, 1), 5), dtype=float)
    np.testing.assert_allclose(model.energy(states), [neural_energy(*args, s) for s in states.tolist()],
                               rtol=1e-13, atol=1e-13)
    assert log_partition(model) == pytest.approx(
        brute_log_partition(lambda x: neural_energy(*args, x), (0, 1), 5), rel=1e-12)


def test_weighted_gradient_is_the_sum_of_per_state_gradients(rng):
    # the one backward pass of sum_r w_r E(x_r) against a loop of per-state gradients
    import autograd
    model = NeuralEnergy.random(4, rng)
    x = model.space.all_states()
    w = rng.random(len(x))
    once = model.weighted_energy_gradient(x, w)
    per_state = [autograd.grad(lambda p, r=r: model.energy(x[r:r + 1], p)[0])(dict(model.params))
                 for r in range(len(x))]
    for k in model.params:
        np.testing.assert_allclose(once[k], sum(wr * g[k] for wr, g in zip(w, per_state)),
                                   rtol=1e-12, atol=1e-13)


def test_quadratic_term_scales_with_sigma(rng):
    m1 = NeuralEnergy.random(3, rng, sigma=1.0)
    m2 = NeuralEnergy(*[m1.params[k] for k in ("b", "W1", "c1", "w", "c")], sigma=2.0)
    x = m1.space.all_states()
    np.testing.assert_allclose(m1.energy(x) - m2.energy(x), x.sum(axis=1) * (1 - 1 / 4), rtol=1e-13, atol=1e-14)


@pytest.mark.parametrize("change, match", [
    (dict(W1=np.zeros((4, 2))), r"W1 must have shape \(d, n_features\)"),
    (dict(c1=np.zeros(3)), r"c1 must have shape \(2,\)"),
    (dict(w=np.zeros((3, 1))), r"w must have shape \(n_features, n_experts\)"),
    (dict(c=np.zeros(2)), r"c must have shape \(1,\)"),
    (dict(sigma=0.0), "sigma must be"),
    (dict(sigma=np.nan), "sigma must be"),
    (dict(b=np.array([0, np.nan, 0])), "b holds NaN"),
])
def test_bad_parameters(change, match):
    args = dict(b=np.zeros(3), W1=np.zeros((3, 2)), c1=np.zeros(2), w=np.zeros((2, 1)), c=np.zeros(1), sigma=1.0)
    args.update(change)
    with pytest.raises(InputError, match=match):
        NeuralEnergy(**args)


def test_tanh_derivative_is_stable_for_saturated_features():
    import warnings

    import autograd
    from toy_models.models.neural import tanh
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # autograd's cosh rule would warn of overflow here
        g = autograd.elementwise_grad(tanh)(np.array([-800.0, -1.0, 0.0, 2.0, 800.0]))
    np.testing.assert_allclose(g, 1 - np.tanh([-800.0, -1.0, 0.0, 2.0, 800.0]) ** 2, rtol=1e-14)
