"""Streaming log-sum-exp: log Z, probabilities and expectations against brute force."""
import itertools
import math

import numpy as np
import pytest

from toy_models import Ising, Potts, exact
from toy_models.errors import StateSpaceTooLarge
from toy_models.examples import random_model
from .toy_reference import brute_log_partition, ising_energy

# Exact sums of O(2^d) positive terms, reference in math.fsum: any difference is rounding;
# 1e-12 relative is ~1e4 ulps, far below what a wrong term or sign would give.
RTOL = 1e-12


class Shifted:
    """The same model with every energy lowered by `c` (so log Z rises by exactly c)."""

    def __init__(self, model, c):
        self.model, self.c, self.space = model, c, model.space

    def free_energy(self, x, params=None):
        return self.model.free_energy(x, params) - self.c


def test_log_partition_matches_brute_force_loop(rng):
    model = random_model("ising", 7, rng)
    J, h = model.params["J"].tolist(), model.params["h"].tolist()
    expected = brute_log_partition(lambda x: ising_energy(J, h, x), (-1, 1), 7)
    assert exact.log_partition(model) == pytest.approx(expected, rel=RTOL)


@pytest.mark.parametrize("chunk_rows", [1, 3, 64, 10_000])
def test_log_partition_does_not_depend_on_chunking(rng, chunk_rows):
    # chunk_rows = 1 exercises the running-max rescale on nearly every state
    model = random_model("potts", 4, rng)
    ref = exact.log_partition(model, chunk_rows=81)
    assert exact.log_partition(model, chunk_rows=chunk_rows) == pytest.approx(ref, rel=RTOL)


def test_probabilities_sum_to_one_and_match_brute_force(rng):
    model = random_model("ising01", 5, rng)
    J, h = model.params["J"].tolist(), model.params["h"].tolist()
    states = list(itertools.product((0, 1), repeat=5))
    weights = [math.exp(-ising_energy(J, h, s)) for s in states]
    expected = np.array(weights) / math.fsum(weights)
    p = exact.probabilities(model, chunk_rows=7)
    np.testing.assert_allclose(p, expected, rtol=1e-12)
    assert p.sum() == pytest.approx(1.0, abs=1e-14)


def test_probabilities_refused_when_they_would_not_fit():
    model = Ising(np.zeros((25, 25)), np.zeros(25))
    with pytest.raises(StateSpaceTooLarge, match="33,554,432 states"):
        exact.probabilities(model)


def test_expectation_of_a_vector_function(rng):
    model = random_model("ising", 6, rng)
    states = model.space.all_states()
    p = np.exp(-model.energy(states) - exact.log_partition(model))
    expected = p @ (states ** 2 + states)
    np.testing.assert_allclose(exact.expectation(model, lambda x: x ** 2 + x, chunk_rows=5),
                               expected, rtol=1e-12, atol=1e-15)
    assert exact.expectation(model, lambda x: np.ones(len(x))) == pytest.approx(1.0, rel=1e-14)


@pytest.mark.parametrize("c", [-1e4, 1e4, 1e300 ** 0.5])
def test_log_partition_shifts_by_c_when_energies_shift_by_minus_c(rng, c):
    model = random_model("ising", 6, rng)
    base = exact.log_partition(model)
    # rounding of c + O(1) in float64 is ~eps*|c|
    assert exact.log_partition(Shifted(model, c)) == pytest.approx(base + c, rel=1e-14, abs=4e-16 * abs(c))


def test_large_energies_stream_when_the_max_rises_late():
    # energies fall (so -E rises) along the enumeration order: every chunk raises the max
    h = 1e3 * np.arange(1, 11, dtype=float)
    model = Potts(np.zeros((10, 10, 2, 2)), np.stack([np.zeros(10), h], axis=1))
    closed = sum(hi + math.log1p(math.exp(-hi)) for hi in h)  # independent sites
    assert exact.log_partition(model, chunk_rows=3) == pytest.approx(closed, rel=1e-14)


def test_nan_energy_is_an_error_not_a_number(rng):
    class Broken(Shifted):
        def free_energy(self, x, params=None):
            e = self.model.free_energy(x, params)
            e[0] = np.nan
            return e
    with pytest.raises(FloatingPointError, match="NaN"):
        exact.log_partition(Broken(random_model("ising", 3, rng), 0.0))
