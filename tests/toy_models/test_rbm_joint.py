"""The RBM's two gradient forms agree: free energy (hidden summed out) and joint enumeration."""
import numpy as np
import pytest

from toy_models import log_partition, nll_gradient
from toy_models.examples import random_data, random_model
from toy_models.models.base import sigmoid
from toy_models.rbm_joint import JointView, conditional_hidden_mean, joint_negative_phase, joint_nll_gradient

# two exact computations over 2^20 (joint) vs 2^10 (visible) states: rounding only
RTOL = 1e-10


def test_joint_form_equals_free_energy_form_at_10_plus_10(rng):
    model = random_model("rbm", 10, rng)
    data = random_data(model, 30, rng)
    joint = joint_nll_gradient(model, data)
    free = nll_gradient(model, data)
    for k in model.params:
        scale = np.max(np.abs(free[k]))
        assert np.max(np.abs(joint[k] - free[k])) <= RTOL * scale, k


def test_joint_log_partition_equals_visible_log_partition(rng):
    model = random_model("rbm", 5, rng)
    log_z_joint, _ = joint_negative_phase(model)
    assert log_z_joint == pytest.approx(log_partition(model), rel=1e-13)
    assert log_partition(JointView(model)) == pytest.approx(log_z_joint, rel=1e-13)


@pytest.mark.parametrize("chunk_rows", [1, 3, 1024])
def test_conditional_hidden_mean_by_enumeration_is_the_sigmoid(rng, chunk_rows):
    model = random_model("rbm", 6, rng)
    model.params["W"] *= 50  # large couplings: exercises the per-row running max
    v = model.space.all_states()
    expected = sigmoid(model.params["c"] + v @ model.params["W"])
    np.testing.assert_allclose(conditional_hidden_mean(model, v, chunk_rows), expected, rtol=1e-12, atol=1e-300)


def test_forms_disagree_if_the_hidden_layer_were_ignored(rng):
    # a sharp test: dropping the hidden term from the free energy changes the gradient
    model = random_model("rbm", 4, rng)
    data = random_data(model, 10, rng)
    joint = joint_nll_gradient(model, data)
    assert np.max(np.abs(joint["c"])) > 1e-3
