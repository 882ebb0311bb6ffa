"""Ising: energy against a loop, closed forms at J = 0, statistics against autograd, bad input."""
import math

import numpy as np
import pytest

from toy_models import Ising, log_partition
from toy_models.errors import InputError
from toy_models.examples import random_model, symmetric_zero_diagonal
from toy_models.models.base import EnergyModel
from .toy_reference import brute_log_partition, brute_states, ising_energy


@pytest.mark.parametrize("kind, values", [("ising", (-1, 1)), ("ising01", (0, 1))])
def test_energy_matches_loop_and_log_partition_matches_brute_force(rng, kind, values):
    model = random_model(kind, 6, rng)
    J, h = model.params["J"].tolist(), model.params["h"].tolist()
    states = np.array(brute_states(values, 6), dtype=float)
    expected = [ising_energy(J, h, s) for s in states.tolist()]
    np.testing.assert_allclose(model.energy(states), expected, rtol=1e-13, atol=1e-13)
    assert log_partition(model) == pytest.approx(
        brute_log_partition(lambda x: ising_energy(J, h, x), values, 6), rel=1e-12)


def test_independent_spins_closed_form(rng):
    h = rng.standard_normal(12)
    expected = sum(math.log(math.exp(hi) + math.exp(-hi)) for hi in h)
    assert log_partition(Ising(np.zeros((12, 12)), h)) == pytest.approx(expected, rel=1e-13)


def test_independent_binary_units_closed_form(rng):
    h = rng.standard_normal(12)
    expected = sum(math.log1p(math.exp(hi)) for hi in h)
    assert log_partition(Ising(np.zeros((12, 12)), h, spins=(0, 1))) == pytest.approx(expected, rel=1e-13)


@pytest.mark.parametrize("spins", [(-1, 1), (0, 1)])
def test_sufficient_statistics_match_one_backward_pass(rng, spins):
    model = Ising(symmetric_zero_diagonal(rng, 5, 0.7), rng.standard_normal(5), spins=spins)
    x = model.space.all_states()
    w = rng.random(len(x))
    fast = model.weighted_energy_gradient(x, w)
    generic = EnergyModel.weighted_energy_gradient(model, x, w)  # autograd of sum w E
    for k in model.params:
        np.testing.assert_allclose(fast[k], generic[k], rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("J, h, spins, match", [
    (np.array([[0, 1.0], [0.5, 0]]), np.zeros(2), (-1, 1), r"symmetric: J\[0,1\] = 1.0"),
    (np.array([[1.0, 0], [0, 0]]), np.zeros(2), (-1, 1), r"zero diagonal: J\[0,0\]"),
    (np.zeros((2, 2)), np.zeros(3), (-1, 1), r"h must have shape \(2,\)"),
    (np.zeros((2, 3)), np.zeros(2), (-1, 1), "square"),
    (np.zeros(4), np.zeros(2), (-1, 1), "J must be 2-dimensional"),
    (np.array([[0, np.nan], [np.nan, 0]]), np.zeros(2), (-1, 1), "J holds NaN"),
    (np.zeros((2, 2)), np.array([np.inf, 0]), (-1, 1), "h holds NaN or inf"),
    (np.zeros((2, 2)), np.zeros(2), (1, 2), "spins must be"),
    (np.zeros((2, 2)), np.zeros(2), "ab", "spins must be"),
    ([["a", "b"], ["c", "d"]], np.zeros(2), (-1, 1), "J must be a numeric array"),
])
def test_bad_parameters_are_refused(J, h, spins, match):
    with pytest.raises(InputError, match=match):
        Ising(J, h, spins=spins)


def test_parameters_edited_after_construction_are_rechecked(rng):
    model = random_model("ising", 4, rng)
    model.params["J"][0, 1] += 1.0  # now asymmetric
    with pytest.raises(InputError, match="symmetric"):
        log_partition(model)


def test_data_outside_the_spin_set_is_refused(rng):
    model = random_model("ising", 3, rng)
    with pytest.raises(InputError, match="outside the allowed values"):
        model.check_data([[0, 1, 1]])  # {0,1} data given to a +-1 model


def test_lattice_constructors_delegate_to_the_lattice_module():
    try:
        from toy_models import lattice  # issue 5
    except ImportError:
        with pytest.raises(NotImplementedError, match="lattice"):
            Ising.chain(4, 1.0)
        return
    chain, grid = Ising.chain(4, 0.5, field=0.1), Ising.grid(2, 3, 0.5, periodic=True)
    assert isinstance(chain, lattice.IsingLattice) and chain.space.n_states == 2 ** 4
    assert grid.space.n_states == 2 ** 6
