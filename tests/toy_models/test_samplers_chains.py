"""CD-k chains start at the data; persistent chains carry their state across updates."""
import numpy as np
import pytest

from toy_models import Categorical, Ising
from toy_models.errors import InputError
from toy_models.samplers import PersistentChains, cd_chains, gibbs_sweeps


def model(coupling=0.5, d=4):
    J = np.full((d, d), coupling)
    np.fill_diagonal(J, 0.0)
    return Ising(J, np.zeros(d))


def test_cd_with_zero_sweeps_returns_data_rows(rng):
    data = np.array([[1, 1, -1, -1], [-1, 1, 1, 1], [1, -1, 1, -1]], dtype=float)
    xs = cd_chains(model(), data, 50, 0, rng)
    assert xs.shape == (50, 4)
    assert all(any(np.array_equal(x, row) for row in data) for x in xs)
    assert len({tuple(x) for x in xs}) == 3  # every row drawn at least once in 50 tries


def test_cd_k_is_gibbs_from_the_drawn_rows():
    data = np.array([[1, 1, -1, -1], [-1, 1, 1, 1]], dtype=float)
    m = model()
    a = cd_chains(m, data, 7, 2, np.random.default_rng(4))
    rng = np.random.default_rng(4)
    start = data[rng.integers(2, size=7)]
    np.testing.assert_array_equal(a, gibbs_sweeps(m, start, 2, rng))


def test_persistent_chains_continue_where_they_stopped():
    m = model()
    chains = PersistentChains(m, 30, np.random.default_rng(0))
    first = chains.advance(m, 2, np.random.default_rng(1)).copy()
    second = chains.advance(m, 3, np.random.default_rng(2))
    np.testing.assert_array_equal(second, gibbs_sweeps(m, first, 3, np.random.default_rng(2)))
    assert chains.sweeps_done == 5


def test_persistent_chains_follow_a_changed_model(rng):
    """After the field flips sign, the same chains move to the new mode."""
    m = model(0.0)
    m.params["h"] = np.full(4, 3.0)
    chains = PersistentChains(m, 200, rng)
    assert chains.advance(m, 3, rng).mean() > 0.9
    m.params["h"] = np.full(4, -3.0)
    assert chains.advance(m, 3, rng).mean() < -0.9


def test_persistent_chains_start_uniform(rng):
    chains = PersistentChains(model(), 4000, rng)
    assert set(np.unique(chains.state)) == {-1.0, 1.0}
    assert abs(chains.state.mean()) < 5 / np.sqrt(4 * 4000)


@pytest.mark.parametrize("bad, match", [(0, "n_chains"), (2.0, "n_chains")])
def test_bad_chain_counts(rng, bad, match):
    with pytest.raises(InputError, match=match):
        PersistentChains(model(), bad, rng)
    with pytest.raises(InputError, match=match):
        cd_chains(model(), np.ones((2, 4)), bad, 1, rng)


def test_unsupported_model_refused(rng):
    with pytest.raises(InputError, match="Ising, Potts and RBM"):
        PersistentChains(Categorical([0.0, 1.0]), 3, rng)
