"""The graph models: energy against loops written out by hand, sufficient statistics
against autograd, constructors, random graphs, and bad input named by its argument."""
import autograd
import numpy as np
import pytest

from toy_models import Ising, Potts, log_partition
from toy_models.errors import InputError, StateSpaceTooLarge
from toy_models.models.graph import (IsingGraph, PottsGraph, check_edges, grid_edges, ising_graph,
                              potts_graph, random_regular_edges)

EDGES = [(0, 1), (1, 2), (2, 0), (3, 1), (4, 3)]


def loop_ising_energy(s, edges, coupling, field):
    e = 0.0
    for k, (i, j) in enumerate(edges):
        e -= coupling[k] * s[i] * s[j]
    for i in range(len(s)):
        e -= field[i] * s[i]
    return e


def loop_potts_energy(x, edges, coupling, field):
    e = 0.0
    for k, (i, j) in enumerate(edges):
        e -= coupling[k][x[i]][x[j]]
    for i in range(len(x)):
        e -= field[i][x[i]]
    return e


def test_ising_graph_energy_matches_loop(rng):
    c, h = rng.normal(size=5), rng.normal(size=5)
    model = Ising.graph(5, EDGES, c, h)
    x = rng.choice([-1.0, 1.0], size=(9, 5))
    want = [loop_ising_energy(s, EDGES, c, h) for s in x]
    np.testing.assert_allclose(model.energy(x), want, rtol=1e-13, atol=1e-13)


def test_potts_graph_energy_matches_loop(rng):
    c, h = rng.normal(size=(5, 3, 3)), rng.normal(size=(5, 3))
    model = Potts.graph(5, 3, EDGES, c, h)
    x = rng.integers(0, 3, size=(9, 5))
    want = [loop_potts_energy(s, EDGES, c, h) for s in x]
    np.testing.assert_allclose(model.energy(x), want, rtol=1e-13, atol=1e-13)


@pytest.mark.parametrize("make", [
    lambda rng: IsingGraph(5, EDGES, rng.normal(size=5), rng.normal(size=5)),
    lambda rng: PottsGraph(5, 3, EDGES, rng.normal(size=(5, 3, 3)), rng.normal(size=(5, 3))),
])
def test_weighted_statistics_equal_autograd_of_the_energy(rng, make):
    model = make(rng)
    x = model.space.values[rng.integers(0, model.q, size=(7, 5))]
    w = rng.random(7)
    by_autograd = autograd.grad(lambda p: (w * model.energy(x, p)).sum())(dict(model.params))
    by_stats = model.weighted_energy_gradient(x, w)
    for k in model.params:
        np.testing.assert_allclose(by_stats[k], by_autograd[k], rtol=1e-13, atol=1e-13)


def test_scalars_broadcast_and_params_have_one_entry_per_edge_and_site():
    m = ising_graph(4, [(0, 1), (2, 3)], 0.5)
    assert m.params["coupling"].tolist() == [0.5, 0.5] and m.params["field"].tolist() == [0.0] * 4
    p = potts_graph(3, 4, [(0, 2)], np.ones((1, 4, 4)), 0.25)
    assert p.params["field"].shape == (3, 4) and p.space.q == 4
    assert repr(m) == "IsingGraph(n=4, edges=2)"


def test_a_graph_without_edges_is_independent_spins(rng):
    h = rng.normal(size=6)
    want = float(np.sum(np.logaddexp(h, -h)))
    assert log_partition(Ising.graph(6, [], [], h)) == pytest.approx(want, rel=1e-13)


@pytest.mark.parametrize("call,match", [
    (lambda: Ising.graph(3, [(0, 1), (1, 0)], [1.0, 2.0]), r"edges\[1\] = \(1, 0\) repeats edges\[0\]"),
    (lambda: Ising.graph(3, [(0, 1), (0, 1)], [1.0, 2.0]), r"edges\[1\] = \(0, 1\) repeats"),
    (lambda: Ising.graph(3, [(0, 1), (2, 2)], [1.0, 2.0]), r"edges\[1\] = \(2, 2\) is a self-loop"),
    (lambda: Ising.graph(3, [(0, 3)], [1.0]), r"edges\[0\] = \(0, 3\) has a vertex outside 0..2"),
    (lambda: Ising.graph(3, [(-1, 0)], [1.0]), r"edges\[0\] = \(-1, 0\) has a vertex outside"),
    (lambda: Ising.graph(3, [(0, 1, 2)], [1.0]), r"edges must have shape \(n_edges, 2\)"),
    (lambda: Ising.graph(3, [(0, 1.5)], [1.0]), "edges must hold integer"),
    (lambda: Ising.graph(3, [(0, 1), (1, 2)], [1.0]), r"coupling must have shape \(2,\)"),
    (lambda: Ising.graph(3, [(0, 1)], [1.0], field=[0.0, 1.0]), r"field must have shape \(3,\)"),
    (lambda: Ising.graph(3, [(0, 1)], [np.nan]), "coupling holds NaN"),
    (lambda: Ising.graph(0, [], []), "n must be an integer >= 1"),
    (lambda: Potts.graph(3, 1, [(0, 1)], np.zeros((1, 1, 1))), "q must be an integer >= 2"),
    (lambda: Potts.graph(3, 2, [(0, 1)], np.zeros((1, 3, 3))), r"coupling must have shape \(1, 2, 2\)"),
    (lambda: Potts.graph(3, 2, [(0, 1)], np.zeros((1, 2, 2)), np.zeros(3)), r"field must have shape \(3, 2\)"),
])
def test_bad_input_is_refused_naming_the_argument(call, match):
    with pytest.raises(InputError, match=match):
        call()


def test_edited_params_of_the_wrong_shape_are_refused(rng):
    model = Ising.graph(4, [(0, 1), (1, 2)], [0.1, 0.2])
    model.params["coupling"] = np.zeros(3)
    with pytest.raises(InputError, match=r"coupling'?\]? must have shape \(2,\)"):
        log_partition(model)


def test_data_outside_the_spin_set_is_refused():
    from toy_models import nll
    with pytest.raises(InputError, match="outside the allowed values"):
        nll(Ising.graph(3, [(0, 1)], [0.3]), np.array([[1.0, 0.0, 1.0]]))


def test_check_edges_keeps_the_given_order():
    assert check_edges(4, [(3, 0), (1, 2)]).tolist() == [[3, 0], [1, 2]]
    assert check_edges(4, []).shape == (0, 2)


@pytest.mark.parametrize("n", [4, 10, 40])
def test_random_regular_graph_is_simple_and_cubic(rng, n):
    e = random_regular_edges(n, 3, rng)
    check_edges(n, e)  # no loops, no repeats
    assert np.bincount(e.ravel(), minlength=n).tolist() == [3] * n


def test_random_regular_graph_refuses_impossible_degrees(rng):
    with pytest.raises(InputError, match="n \\* degree even"):
        random_regular_edges(5, 3, rng)


def test_grid_edges_count():
    assert len(grid_edges(4, 6)) == 4 * 5 + 3 * 6


def test_a_huge_graph_says_how_large_it_is_without_overflow():
    model = Ising.graph(2000, [(i, i + 1) for i in range(1999)], 0.1)
    with pytest.raises(StateSpaceTooLarge, match=r"2\^2000 states \(about 10\^602\)"):
        model.space.require_enumerable()
