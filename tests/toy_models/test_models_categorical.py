"""Categorical: E(k) = theta[k]; log Z = logsumexp(-theta); the gradient in closed form."""
import math

import numpy as np
import pytest

from toy_models import Categorical, log_partition, negative_phase, nll, nll_gradient, positive_phase
from toy_models.errors import InputError


def test_log_partition_closed_form(rng):
    theta = rng.standard_normal(9)
    expected = math.log(math.fsum(math.exp(-t) for t in theta))
    assert log_partition(Categorical(theta)) == pytest.approx(expected, rel=1e-14)


def test_phases_closed_form(rng):
    theta = rng.standard_normal(5)
    data = np.array([0, 3, 3, 4, 0, 0])
    p = np.exp(-theta) / np.exp(-theta).sum()
    np.testing.assert_allclose(positive_phase(Categorical(theta), data)["theta"],
                               np.bincount(data, minlength=5) / 6, rtol=1e-15)
    np.testing.assert_allclose(negative_phase(Categorical(theta))["theta"], p, rtol=1e-13)
    np.testing.assert_allclose(nll_gradient(Categorical(theta), data)["theta"],
                               np.bincount(data, minlength=5) / 6 - p, rtol=1e-12, atol=1e-15)


def test_nll_is_mean_negative_log_probability(rng):
    theta = rng.standard_normal(4)
    data = np.array([1, 2, 2])
    logp = -theta - np.log(np.exp(-theta).sum())
    assert nll(Categorical(theta), data) == pytest.approx(-logp[data].mean(), rel=1e-14)


def test_data_as_column_is_accepted(rng):
    m = Categorical(rng.standard_normal(3))
    assert nll(m, np.array([[0], [2]])) == pytest.approx(nll(m, np.array([0, 2])), rel=1e-15)


@pytest.mark.parametrize("theta, match", [([1.0], "K >= 2"), ([[1.0, 2.0]], "1-dimensional"),
                                          ([0.0, np.nan], "NaN")])
def test_bad_theta(theta, match):
    with pytest.raises(InputError, match=match):
        Categorical(theta)


@pytest.mark.parametrize("data, match", [(np.array([0, 5]), "outside"), (np.array([], dtype=int), "empty"),
                                         (np.zeros((2, 2), dtype=int), r"shape \(N,\)"),
                                         (np.array([0.5]), "outside")])
def test_bad_data(rng, data, match):
    with pytest.raises(InputError, match=match):
        nll(Categorical(rng.standard_normal(3)), data)
