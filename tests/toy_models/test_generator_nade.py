"""The autoregressive generator: exact log q, exact sampling (toy_models/generator_nade.py)."""
import itertools

import numpy as np
import pytest

from toy_models.errors import InputError
from toy_models.generator_nade import NADEGenerator


def states(d):
    return np.array(list(itertools.product([0.0, 1.0], repeat=d)))


def direct_log_prob(gen, x):
    """The chain rule written out with a loop over positions (an independent path)."""
    W, c, V, b = (gen.unpack(gen.params)[k] for k in ("W", "c", "V", "b"))
    total = 0.0
    for j in range(gen.d):
        hidden = 1 / (1 + np.exp(-(c + W[:, :j] @ x[:j])))
        p1 = 1 / (1 + np.exp(-(b[j] + V[j] @ hidden)))
        total += np.log(p1 if x[j] == 1 else 1 - p1)
    return total


def test_log_prob_is_the_chain_rule(rng):
    gen = NADEGenerator(4, n_hidden=3, rng=rng, scale=1.0)
    xs = states(4)
    np.testing.assert_allclose(gen.log_prob(xs, gen.params), [direct_log_prob(gen, x) for x in xs],
                               rtol=1e-12, atol=1e-12)


def test_per_row_and_per_prefix_paths_agree(rng):
    """Many rows go through the prefix table, a single row through the per-row path."""
    gen = NADEGenerator(5, n_hidden=3, rng=rng, scale=1.0)
    xs = states(5)
    one_by_one = [gen.log_prob(x[None, :], gen.params)[0] for x in xs]
    np.testing.assert_allclose(gen.log_prob(xs, gen.params), one_by_one, rtol=1e-13, atol=1e-13)
    np.testing.assert_allclose(one_by_one, [direct_log_prob(gen, x) for x in xs], rtol=1e-12, atol=1e-12)


def test_q_is_normalised(rng):
    gen = NADEGenerator(6, n_hidden=5, rng=rng, scale=2.0)
    assert np.exp(gen.log_prob(states(6), gen.params)).sum() == pytest.approx(1.0, abs=1e-12)


def test_samples_follow_q(rng):
    gen = NADEGenerator(3, n_hidden=4, rng=rng, scale=1.5)
    q = np.exp(gen.log_prob(states(3), gen.params))
    n = 40_000
    codes = gen.sample(n, rng) @ np.array([4, 2, 1])
    freq = np.bincount(codes.astype(int), minlength=8) / n
    # binomial frequencies: 5 standard deviations per state
    assert np.all(np.abs(freq - q) < 5 * np.sqrt(q * (1 - q) / n))


def test_can_hold_two_modes():
    """NADE can put the mass of a two-mode target on both modes (mean field cannot):
    copy the first bit into every later one."""
    gen = NADEGenerator(3, n_hidden=1, rng=np.random.default_rng(0))
    p = gen.unpack(gen.params)
    p["W"][:] = [[20.0, 0.0, 0.0]]
    p["c"][:] = [-10.0]
    p["V"][:] = 40.0
    p["b"][:] = [0.0, -20.0, -20.0]
    gen.params = np.concatenate([p[k].ravel() for k in ("W", "c", "V", "b")])
    q = np.exp(gen.log_prob(states(3), gen.params))
    assert q[0] + q[7] > 0.9999
    assert q[0] == pytest.approx(0.5, abs=1e-3) and q[7] == pytest.approx(0.5, abs=1e-3)


def test_same_seed_same_generator_and_samples():
    a, b = NADEGenerator(4, rng=np.random.default_rng(3)), NADEGenerator(4, rng=np.random.default_rng(3))
    np.testing.assert_array_equal(a.params, b.params)
    np.testing.assert_array_equal(a.sample(5, np.random.default_rng(1)), b.sample(5, np.random.default_rng(1)))


@pytest.mark.parametrize("kwargs, match", [({"d": 0}, "d"), ({"d": 3, "n_hidden": 0}, "n_hidden"),
                                           ({"d": 3, "rng": 5}, "rng")])
def test_bad_arguments(kwargs, match):
    with pytest.raises(InputError, match=match):
        NADEGenerator(**kwargs)
