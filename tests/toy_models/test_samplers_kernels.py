"""Exact sweep kernels (toy_models/samplers/kernels.py): P_Θ is a fixed point to rounding,
they agree with transition matrices built by loops, and the samplers' chains after k sweeps
follow them (chi-square at 0.1%, as in test_samplers_gibbs.py)."""
import itertools

import numpy as np
import pytest

from toy_models import RBM, Categorical
from toy_models.errors import InputError
from toy_models.exact import probabilities
from toy_models.samplers import (data_distribution, gibbs_sweeps, sweep_distribution,
                                 uniform_distribution)

from .stats_bounds import chi_square_critical
from .test_samplers_gibbs import CASES, ising, make


@pytest.mark.parametrize("kind, scan", CASES)
def test_P_is_a_fixed_point(rng, kind, scan):
    model = make(kind, rng)
    P = probabilities(model)
    np.testing.assert_allclose(sweep_distribution(model, P, 3, scan), P, rtol=0, atol=1e-14)


@pytest.mark.parametrize("kind, scan", CASES)
def test_chains_after_two_sweeps_follow_the_kernel(rng, kind, scan):
    """Not only invariance: the whole transient of every sampler is right."""
    model = make(kind, rng)
    start = np.repeat(model.space.all_states()[[1]], 6000, axis=0)
    expected = sweep_distribution(model, data_distribution(model, start[:1]), 2, scan) * 6000
    counts = np.bincount(model.space.codes_of(gibbs_sweeps(model, start, 2, rng, scan)),
                         minlength=expected.shape[0])
    assert np.all(counts[expected == 0] == 0)  # states two sweeps cannot reach get no chain
    # bins with fewer than 5 expected chains are pooled, so the chi-square law applies
    big = expected >= 5
    obs = np.append(counts[big], counts[~big].sum())
    exp = np.append(expected[big], expected[~big].sum())
    keep = exp > 0
    stat = np.sum((obs[keep] - exp[keep]) ** 2 / exp[keep])
    assert stat < chi_square_critical(int(keep.sum()) - 1)


def _conditional(model, x, j):
    """P(x_j = v | rest) for every value v, by evaluating the energy (a loop, independent)."""
    e = []
    for v in model.space.values:
        y = x.copy()
        y[j] = v
        e.append(-float(model.energy(y[None, :])[0]))
    w = np.exp(np.array(e) - max(e))
    return w / w.sum()


@pytest.mark.parametrize("scan", ["systematic", "random"])
def test_ising_kernel_matches_a_transition_matrix_built_by_loops(rng, scan):
    model = ising(rng, d=3)
    states = [np.array(s, dtype=float) for s in itertools.product(model.space.values, repeat=3)]
    index = {tuple(s): i for i, s in enumerate(states)}
    sites = [np.zeros((8, 8)) for _ in range(3)]  # site-j update: rows from, columns to
    for j in range(3):
        for i, x in enumerate(states):
            for v, pv in zip(model.space.values, _conditional(model, x, j)):
                y = x.copy()
                y[j] = v
                sites[j][i, index[tuple(y)]] += pv
    sweep = sites[0] @ sites[1] @ sites[2] if scan == "systematic" \
        else np.linalg.matrix_power(sum(sites) / 3, 3)
    p0 = rng.dirichlet(np.ones(8))
    np.testing.assert_allclose(sweep_distribution(model, p0, 2, scan), p0 @ sweep @ sweep, atol=1e-14)


def test_rbm_kernel_matches_a_loop_over_hidden_states(rng):
    model = RBM(rng.standard_normal((2, 2)), rng.standard_normal(2), rng.standard_normal(2))
    W, b, c = (model.params[k] for k in ("W", "b", "c"))
    vs = [np.array(v, dtype=float) for v in itertools.product([0, 1], repeat=2)]
    sig = lambda z: 1 / (1 + np.exp(-z))  # noqa: E731
    T = np.zeros((4, 4))
    for i, v in enumerate(vs):
        for h in itertools.product([0, 1], repeat=2):
            h = np.array(h, dtype=float)
            ph = np.prod(np.where(h == 1, sig(c + v @ W), 1 - sig(c + v @ W)))
            for k, v2 in enumerate(vs):
                T[i, k] += ph * np.prod(np.where(v2 == 1, sig(b + W @ h), 1 - sig(b + W @ h)))
    p0 = np.array([0.1, 0.2, 0.3, 0.4])
    np.testing.assert_allclose(sweep_distribution(model, p0, 3), p0 @ T @ T @ T, atol=1e-14)


def test_start_distributions(rng):
    model = ising(rng, d=2)
    data = np.array([[-1, -1], [1, 1], [1, 1], [1, -1]], dtype=float)
    np.testing.assert_allclose(data_distribution(model, data), [0.25, 0, 0.25, 0.5])
    np.testing.assert_allclose(uniform_distribution(model), [0.25] * 4)


def test_refusals(rng):
    model = ising(rng)
    with pytest.raises(InputError, match="distribution"):
        sweep_distribution(model, np.ones(8), 1)
    with pytest.raises(InputError, match="Ising, Potts and RBM"):
        sweep_distribution(Categorical([0.0, 1.0]), np.array([0.5, 0.5]), 1)
    with pytest.raises(InputError, match="scan"):
        sweep_distribution(make("rbm", rng), np.full(8, 1 / 8), 1, "random")
