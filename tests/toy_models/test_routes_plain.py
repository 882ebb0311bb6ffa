"""The plain route: one pass gives log Z and the negative phase, against a direct table."""
import numpy as np
import pytest

from toy_models.examples import random_model
from toy_models.routes import plain
from toy_models.spaces import MAX_ENUMERABLE_STATES


@pytest.mark.parametrize("kind", ["ising", "potts", "rbm", "neural", "categorical"])
def test_one_pass_matches_table(rng, kind):
    model = random_model(kind, 5, rng)
    states = model.space.all_states()
    neg = -model.free_energy(states)
    log_z = neg.max() + np.log(np.exp(neg - neg.max()).sum())
    p = np.exp(neg - log_z)
    got_z, got_neg = plain.log_partition_and_negative_phase(model)
    assert got_z == pytest.approx(log_z, rel=1e-13)
    expected = model.weighted_energy_gradient(states, p)
    for k in model.params:
        np.testing.assert_allclose(got_neg[k], expected[k], rtol=1e-12, atol=1e-14)
    assert plain.log_partition(model) == pytest.approx(log_z, rel=1e-13)


def test_applies_up_to_the_enumeration_limit():
    from toy_models import Ising
    d = int(np.log2(MAX_ENUMERABLE_STATES))
    assert plain.applies(Ising(np.zeros((d, d)), np.zeros(d)))
    assert not plain.applies(Ising(np.zeros((d + 1, d + 1)), np.zeros(d + 1)))
