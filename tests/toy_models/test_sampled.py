"""The sampled negative phase against the exact one (toy_models/sampled.py)."""
import itertools

import numpy as np
import pytest

from toy_models import Categorical, Ising
from toy_models.errors import InputError
from toy_models.exact import probabilities
from toy_models.identity import negative_phase
from toy_models.sampled import (contrastive_divergence_error, exact_samples, gibbs_sweeps,
                                negative_phase_error, relative_error, sampled_negative_phase)


def small_ising(rng, d=3, spins=(-1, 1)):
    a = 0.6 * rng.standard_normal((d, d))
    J = (a + a.T) / 2
    np.fill_diagonal(J, 0.0)
    return Ising(J, 0.4 * rng.standard_normal(d), spins=spins)


def brute_force_probabilities(model):
    """P(x) by a plain loop over states, in the enumeration order of the space."""
    states = [np.array(s, dtype=float) for s in itertools.product(model.space.values, repeat=model.d)]
    w = np.array([np.exp(-float(model.energy(s[None, :])[0])) for s in states])
    return states, w / w.sum()


def test_exact_samples_follow_P(rng):
    model = Categorical([0.0, 1.0, -0.5, 2.0, 0.3])
    m = 200_000
    xs = exact_samples(model, m, rng)
    freq = np.bincount(xs, minlength=5) / m
    p = probabilities(model)
    # Each frequency is binomial: 5 standard deviations is a bound a correct sampler
    # breaks with probability ~1e-6 per entry.
    assert np.all(np.abs(freq - p) < 5 * np.sqrt(p * (1 - p) / m))


def test_sampled_negative_phase_of_categorical_is_the_histogram(rng):
    model = Categorical([0.0, 1.0, -0.5])
    xs = np.array([0, 2, 2, 1, 2])
    est = sampled_negative_phase(model, xs)
    np.testing.assert_allclose(est["theta"], [1 / 5, 1 / 5, 3 / 5], rtol=0, atol=1e-15)


@pytest.mark.parametrize("spins", [(-1, 1), (0, 1)])
def test_gibbs_chains_reach_P(rng, spins):
    model = small_ising(rng, spins=spins)
    states, p = brute_force_probabilities(model)
    chains = gibbs_sweeps(model, np.full((40_000, 3), spins[0], dtype=float), 30, rng)
    # Back to codes in the space's order: digit j is 1 where site j holds the high value.
    codes = (chains == spins[1]).astype(int) @ (2 ** np.arange(2, -1, -1))
    freq = np.bincount(codes, minlength=len(states)) / chains.shape[0]
    assert np.all(np.abs(freq - p) < 5 * np.sqrt(p * (1 - p) / chains.shape[0]) + 1e-3)


def test_broken_gibbs_would_be_caught(rng):
    """The test above can fail: chains that never move stay far from P."""
    model = small_ising(rng)
    _, p = brute_force_probabilities(model)
    chains = gibbs_sweeps(model, np.full((1000, 3), -1.0), 0, rng)
    assert np.all(chains == -1.0) and p[0] < 0.9


def test_error_falls_like_one_over_sqrt_m(rng):
    model = small_ising(rng, d=4)
    err = negative_phase_error(model, [100, 10_000], repeats=20, rng=rng).mean(axis=1)
    # 100x the samples -> 10x smaller error in expectation; the averages of 20 repeats
    # scatter by roughly 20%, so a factor within [5, 20] is a safe check of the rate.
    assert 5 < err[0] / err[1] < 20


def test_cd_error_at_zero_sweeps_is_the_positive_phase(rng):
    model = small_ising(rng, d=4)
    data = model.space.states_from_codes(rng.integers(16, size=50))
    exact = negative_phase(model)
    pos = sampled_negative_phase(model, data)
    errs = contrastive_divergence_error(model, data, [0, 50], rng)
    assert errs[0] == pytest.approx(relative_error(pos, exact), rel=1e-12)
    assert errs[1] < errs[0]


def test_relative_error_is_zero_on_exact_and_one_on_zero():
    exact = {"a": np.array([1.0, -2.0]), "b": np.array(3.0)}
    assert relative_error(exact, exact) == 0.0
    assert relative_error({"a": np.zeros(2), "b": np.array(0.0)}, exact) == 1.0


@pytest.mark.parametrize("bad, match", [(0, "n_samples"), (2.5, "n_samples"), (True, "n_samples")])
def test_bad_sample_counts(rng, bad, match):
    with pytest.raises(InputError, match=match):
        exact_samples(Categorical([0.0, 1.0]), bad, rng)


def test_bad_rng_and_model():
    with pytest.raises(InputError, match="rng"):
        exact_samples(Categorical([0.0, 1.0]), 3, np.random.RandomState(0))
    with pytest.raises(InputError, match="Ising"):
        gibbs_sweeps(Categorical([0.0, 1.0]), np.array([0]), 1, np.random.default_rng(0))
