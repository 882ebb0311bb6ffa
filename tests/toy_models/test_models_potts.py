"""Potts: energy against a loop over i != j, closed form with J = 0, statistics, bad input."""
import math

import numpy as np
import pytest

from toy_models import Potts, log_partition
from toy_models.errors import InputError
from toy_models.examples import random_model
from toy_models.models.base import EnergyModel
from .toy_reference import brute_log_partition, brute_states, potts_energy


def test_energy_and_log_partition_match_brute_force(rng):
    model = random_model("potts", 4, rng)
    J, h = model.params["J"].tolist(), model.params["h"].tolist()
    states = np.array(brute_states(range(3), 4))
    np.testing.assert_allclose(model.energy(states), [potts_energy(J, h, s) for s in states.tolist()],
                               rtol=1e-13, atol=1e-13)
    assert log_partition(model) == pytest.approx(
        brute_log_partition(lambda x: potts_energy(J, h, x), range(3), 4), rel=1e-12)


def test_independent_sites_closed_form(rng):
    h = rng.standard_normal((5, 4))
    expected = sum(math.log(sum(math.exp(v) for v in row)) for row in h)
    assert log_partition(Potts(np.zeros((5, 5, 4, 4)), h)) == pytest.approx(expected, rel=1e-13)


def test_two_state_potts_is_an_ising_model_on_0_1(rng):
    # E = -J01[1,1] x0 x1 - ... : with only the (1,1) coupling and h[:,1] it is Ising on {0,1}
    from toy_models import Ising
    J = np.zeros((2, 2, 2, 2))
    J[0, 1, 1, 1] = J[1, 0, 1, 1] = 0.8
    h = np.array([[0.0, 0.3], [0.0, -0.4]])
    ising = Ising(np.array([[0, 0.8], [0.8, 0]]), h[:, 1], spins=(0, 1))
    assert log_partition(Potts(J, h)) == pytest.approx(log_partition(ising), rel=1e-14)


def test_sufficient_statistics_match_one_backward_pass(rng):
    model = random_model("potts", 3, rng)
    x = model.space.all_states()
    w = rng.random(len(x))
    fast = model.weighted_energy_gradient(x, w)
    generic = EnergyModel.weighted_energy_gradient(model, x, w)
    for k in model.params:
        np.testing.assert_allclose(fast[k], generic[k], rtol=1e-12, atol=1e-12)
    assert np.all(fast["J"][np.arange(3), np.arange(3)] == 0)  # no i = i terms in the energy


def _sym(rng, d, q):
    a = rng.standard_normal((d, d, q, q))
    J = (a + a.transpose(1, 0, 3, 2)) / 2
    J[np.arange(d), np.arange(d)] = 0
    return J


def test_bad_parameters(rng):
    J = _sym(rng, 3, 2)
    bad = J.copy()
    bad[0, 1, 0, 1] += 1
    with pytest.raises(InputError, match=r"J\[i,j,a,b\] = J\[j,i,b,a\]"):
        Potts(bad, np.zeros((3, 2)))
    bad = J.copy()
    bad[1, 1, 0, 0] = 1
    with pytest.raises(InputError, match="zero diagonal blocks"):
        Potts(bad, np.zeros((3, 2)))
    with pytest.raises(InputError, match=r"h must have shape \(3, 2\)"):
        Potts(J, np.zeros((3, 3)))
    with pytest.raises(InputError, match=r"shape \(d, d, q, q\)"):
        Potts(np.zeros((3, 2, 2, 2)), np.zeros((3, 2)))


def test_data_outside_0_to_q_minus_1(rng):
    model = random_model("potts", 3, rng)
    with pytest.raises(InputError, match="= 3 is outside"):
        model.check_data([[0, 1, 3]])
