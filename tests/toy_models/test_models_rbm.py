"""RBM: joint energy and free energy against loops over h, statistics, bad input."""
import itertools

import numpy as np
import pytest

from toy_models import RBM, log_partition
from toy_models.errors import InputError
from toy_models.examples import random_model
from toy_models.models.base import EnergyModel
from .toy_reference import brute_log_partition, rbm_free_energy, rbm_joint_energy


def _lists(model):
    return model.params["W"].tolist(), model.params["b"].tolist(), model.params["c"].tolist()


def test_joint_energy_matches_loop(rng):
    model = RBM(rng.standard_normal((3, 2)), rng.standard_normal(3), rng.standard_normal(2))
    W, b, c = _lists(model)
    x = model.joint_space.all_states()
    expected = [rbm_joint_energy(W, b, c, r[:3], r[3:]) for r in x.tolist()]
    np.testing.assert_allclose(model.energy(x), expected, rtol=1e-13, atol=1e-13)


def test_free_energy_is_the_hidden_layer_summed_out(rng):
    model = RBM(3 * rng.standard_normal((4, 3)), rng.standard_normal(4), rng.standard_normal(3))
    W, b, c = _lists(model)
    v = model.space.all_states()
    np.testing.assert_allclose(model.free_energy(v), [rbm_free_energy(W, b, c, r) for r in v.tolist()],
                               rtol=1e-12, atol=1e-12)


def test_visible_log_partition_equals_joint_brute_force(rng):
    model = random_model("rbm", 4, rng)
    W, b, c = _lists(model)
    expected = brute_log_partition(lambda x: rbm_joint_energy(W, b, c, x[:4], x[4:]), (0, 1), 8)
    assert log_partition(model) == pytest.approx(expected, rel=1e-12)


def test_free_energy_statistics_match_one_backward_pass(rng):
    model = random_model("rbm", 4, rng)
    v = model.space.all_states()
    w = rng.random(len(v))
    fast = model.weighted_energy_gradient(v, w)
    generic = EnergyModel.weighted_energy_gradient(model, v, w)
    for k in model.params:
        np.testing.assert_allclose(fast[k], generic[k], rtol=1e-12, atol=1e-13)


def test_joint_statistics_match_autograd_of_joint_energy(rng):
    import autograd
    import autograd.numpy as anp
    model = random_model("rbm", 3, rng)
    x = model.joint_space.all_states()
    w = rng.random(len(x))
    fast = model.weighted_joint_energy_gradient(x, w)
    generic = autograd.grad(lambda p: anp.dot(w, model.energy(x, p)))(dict(model.params))
    for k in model.params:
        np.testing.assert_allclose(fast[k], generic[k], rtol=1e-12, atol=1e-13)


def test_large_fields_do_not_overflow_softplus():
    model = RBM(np.full((2, 2), 800.0), np.zeros(2), np.full(2, -700.0))
    f = model.free_energy(np.array(list(itertools.product((0, 1), repeat=2)), dtype=float))
    assert np.all(np.isfinite(f))
    assert f[-1] == pytest.approx(-2 * 900.0, rel=1e-15)  # softplus(900) = 900 to the last bit


@pytest.mark.parametrize("args, match", [
    ((np.zeros((2, 3)), np.zeros(3), np.zeros(3)), r"b must have shape \(2,\)"),
    ((np.zeros((2, 3)), np.zeros(2), np.zeros(2)), r"c must have shape \(3,\)"),
    ((np.zeros(3), np.zeros(3), np.zeros(3)), "W must be 2-dimensional"),
    ((np.full((2, 2), np.inf), np.zeros(2), np.zeros(2)), "W holds NaN or inf"),
])
def test_bad_parameters(args, match):
    with pytest.raises(InputError, match=match):
        RBM(*args)


def test_data_is_visible_only(rng):
    model = random_model("rbm", 3, rng)
    with pytest.raises(InputError, match=r"shape \(N, 3\)"):
        model.check_data(np.zeros((2, 6)))  # joint rows are not data
