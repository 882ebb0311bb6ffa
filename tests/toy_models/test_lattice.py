"""The lattice Ising models: energy, bonds, constructors, bad input, and the whole
pipeline (log Z, NLL, gradient) on lattices far beyond enumeration."""
import autograd
import numpy as np
import pytest

from toy_models import Ising, log_partition, nll, nll_gradient
from toy_models.errors import InputError, StateSpaceTooLarge
from toy_models.lattice import IsingLattice, chain, grid


def loop_energy(s, rows, cols, K, H, periodic):
    """E(s) with the neighbours written out by hand (right and down, wrapping if periodic)."""
    e = 0.0
    for r in range(rows):
        for c in range(cols):
            i = r * cols + c
            if c + 1 < cols or periodic:
                e -= K * s[i] * s[r * cols + (c + 1) % cols]
            if r + 1 < rows or periodic:
                e -= K * s[i] * s[((r + 1) % rows) * cols + c]
            e -= H * s[i]
    return e


@pytest.mark.parametrize("rows,cols", [(1, 1), (1, 5), (3, 4), (5, 2)])
@pytest.mark.parametrize("periodic", [False, True])
def test_grid_energy_matches_loop(rng, rows, cols, periodic):
    model = grid(rows, cols, 0.7, -0.3, periodic=periodic)
    x = rng.choice([-1.0, 1.0], size=(7, rows * cols))
    want = [loop_energy(s, rows, cols, 0.7, -0.3, periodic) for s in x]
    assert np.allclose(model.energy(x), want, rtol=1e-13, atol=1e-13)


@pytest.mark.parametrize("periodic", [False, True])
def test_chain_energy_and_bond_count(rng, periodic):
    model = chain(6, 1.1, 0.4, periodic=periodic)
    assert len(model.bonds[0]) == (6 if periodic else 5)
    x = rng.choice([-1.0, 1.0], size=(5, 6))
    # a periodic chain is a periodic 1 x 6 grid minus its 6 vertical self bonds (-K each)
    want = [loop_energy(s, 1, 6, 1.1, 0.4, periodic) + (1.1 * 6 if periodic else 0.0) for s in x]
    assert np.allclose(model.energy(x), want, rtol=1e-13)


def test_energy_is_traceable_and_gradient_is_the_statistics(rng):
    model = grid(3, 3, 0.5, 0.2)
    x = rng.choice([-1.0, 1.0], size=(4, 9))
    w = rng.random(4)
    by_autograd = autograd.grad(lambda p: (w * model.energy(x, p)).sum())(dict(model.params))
    by_stats = model.weighted_energy_gradient(x, w)
    for k in ("coupling", "field"):
        assert np.shape(by_stats[k]) == ()
        assert abs(by_autograd[k] - by_stats[k]) <= 1e-13 * max(1.0, abs(by_stats[k]))


def test_ising_constructors_delegate():
    m = Ising.chain(5, 0.3, field=0.1, periodic=True)
    assert isinstance(m, IsingLattice) and m.kind == "chain" and m.periodic
    g = Ising.grid(2, 7, 0.3)
    assert g.shape == (2, 7) and g.n_sites == 14 and not g.periodic
    assert set(g.params) == {"coupling", "field"} and g.params["coupling"].shape == ()


@pytest.mark.parametrize("call,match", [
    (lambda: chain(0, 0.3), "n must be a positive integer"),
    (lambda: chain(2.5, 0.3), "n must be a positive integer"),
    (lambda: grid(3, -1, 0.3), "cols must be a positive integer"),
    (lambda: grid(3, 3, [0.3, 0.1]), "coupling must be 0-dimensional"),
    (lambda: grid(3, 3, float("nan")), "coupling holds NaN"),
    (lambda: chain(3, 0.3, field="x"), "field must be a numeric"),
    (lambda: chain(3, 0.3, periodic="yes"), "periodic must be True or False"),
])
def test_bad_input_is_refused(call, match):
    with pytest.raises(InputError, match=match):
        call()


def test_too_wide_grid_is_refused_with_the_reason():
    # 40 x 40: 2^1600 states; neither enumeration nor the transfer matrix can take it
    with pytest.raises(StateSpaceTooLarge, match="2\\^1600 states"):
        log_partition(grid(40, 40, 0.3))


@pytest.mark.parametrize("method", ["autograd", "finite_difference"])
def test_enumerating_references_refuse_a_huge_lattice_clearly(method):
    # 2^2000 states: the references that enumerate refuse with the size (not OverflowError)
    with pytest.raises(StateSpaceTooLarge, match="2\\^2000 states"):
        nll_gradient(chain(2000, 0.3), np.ones((2, 2000)), method=method)


def test_data_outside_spins_refused():
    with pytest.raises(InputError, match="outside the allowed values"):
        nll(chain(4, 0.3), np.array([[1, -1, 0, 1]]))


def test_large_lattices_end_to_end(rng):
    # 100000-site ring: log Z, the NLL and the gradient through the transfer route
    model = Ising.chain(100000, 0.5, 0.1, periodic=True)
    assert np.isfinite(log_partition(model))
    data = rng.choice([-1.0, 1.0], size=(3, 100000))
    g = nll_gradient(model, data)
    assert all(np.isfinite(g[k]) and np.shape(g[k]) == () for k in ("coupling", "field"))
    # gradient of the NLL vs central differences of the NLL (transfer route both times);
    # step 1e-5 on an NLL ~ 1e5 with gradients ~ 3e4: rounding ~ 1e-16 * 1e5 / 1e-5 = 1e-6,
    # truncation ~ h^2/6 * third cumulant (~ n = 1e5) ~ 2e-6 absolute; 1e-8 relative (~ 3e-4)
    # leaves a wide margin yet fails on any wrong sign or factor.
    h = 1e-5
    for k in ("coupling", "field"):
        up, down = (Ising.chain(100000, 0.5 + (s * h if k == "coupling" else 0),
                                0.1 + (s * h if k == "field" else 0), periodic=True) for s in (1, -1))
        fd = (nll(up, data) - nll(down, data)) / (2 * h)
        assert abs(fd - g[k]) <= 1e-8 * max(1.0, abs(g[k])), k
