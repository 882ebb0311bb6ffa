"""Elimination orders (routes/orders.py, routes/dissection.py): every strategy gives a
permutation, widths are those the graph allows (known treewidths: chains, trees, grids,
cliques), the search stops past its limit or at once when no order can fit, and the
dissection's separators separate."""
import numpy as np
import pytest

from toy_models.graph import grid_edges, random_regular_edges
from toy_models.routes import dissection, orders
from toy_models.routes.orders import (TooWide, _adjacency, best_order, degeneracy, greedy_order,
                                      order_cost, sweep_order)


def test_orders_are_permutations(rng):
    e = random_regular_edges(30, 3, rng)
    for order in (greedy_order(30, e)[0], sweep_order(30, e, 5), best_order(30, e)[0]):
        assert sorted(order) == list(range(30))


@pytest.mark.parametrize("rows,cols", [(4, 9), (7, 7), (12, 5), (16, 16)])
def test_grid_order_costs_no_more_than_a_row_sweep(rows, cols):
    # the treewidth of a grid is its narrow side; best_order picks by total cost, which
    # may take a slightly wider order (7 x 7: width 8) that touches fewer entries
    e = grid_edges(rows, cols)
    _, width, cost = best_order(rows * cols, e)
    row_major = list(range(rows * cols)) if cols <= rows else \
        [r * cols + c for c in range(cols) for r in range(rows)]
    _, sweep_width, sweep_cost = order_cost(rows * cols, e, row_major)
    assert sweep_width == min(rows, cols)
    assert cost <= sweep_cost and width <= min(rows, cols) + 2


def test_a_chain_and_a_tree_have_width_one(rng):
    assert best_order(50, [(i, i + 1) for i in range(49)])[1] == 1
    tree = [(k, int(rng.integers(0, k))) for k in range(1, 40)]
    assert best_order(40, tree)[1] == 1


def test_cost_of_a_given_order_counts_every_clique():
    # a triangle eliminated in any order: cliques of 3, 2, 1 vertices -> 8 + 4 + 2 entries
    assert order_cost(3, [(0, 1), (1, 2), (0, 2)], [0, 1, 2])[1:] == (2, 14)


def test_too_wide_stops_early_with_the_width_reached():
    k30 = [(i, j) for i in range(30) for j in range(i + 1, 30)]
    with pytest.raises(TooWide) as err:
        best_order(30, k30, max_width=10)
    assert err.value.width == 29 and err.value.done == 0


@pytest.mark.parametrize("rule", ["fill", "degree", "dissection"])
def test_every_restart_strategy_gives_a_permutation_and_its_true_cost(rng, rule):
    e = random_regular_edges(40, 3, rng)
    order, width, cost = orders._restart(40, e, 2, None, np.inf, np.random.default_rng(1), rule)
    assert sorted(order) == list(range(40))
    assert order_cost(40, e, order)[1:] == (width, cost)  # the cost it reports is the order's


def test_more_candidates_never_cost_more(rng):
    e = random_regular_edges(60, 3, rng)
    costs = [best_order(60, e, tries=k)[2] for k in (1, 6, 20)]
    assert costs[0] >= costs[1] >= costs[2]


def test_the_search_beats_min_fill_alone_on_a_3_regular_graph():
    # seeded graph, fixed number of candidates: deterministic
    e = random_regular_edges(100, 3, np.random.default_rng(5))
    alone = greedy_order(100, e)[2]
    assert best_order(100, e, tries=30)[2] < alone


def test_a_clique_is_refused_at_once_whatever_the_budget():
    k12 = [(i, j) for i in range(12) for j in range(i + 1, 12)]
    assert orders.hopeless(12, k12, 10) and not orders.hopeless(12, k12, 11)
    with pytest.raises(TooWide):
        best_order(12, k12, max_width=10)  # no search on to MAX_REFUSAL_SECONDS: degeneracy 11 > 10


@pytest.mark.parametrize("graph", ["grid", "3-regular"])
def test_dissection_separators_separate(rng, graph):
    e = grid_edges(9, 9) if graph == "grid" else random_regular_edges(80, 3, rng)
    n = int(e.max()) + 1
    nbrs = _adjacency(n, e)
    a, s, b = dissection._separate(list(range(n)), nbrs, np.random.default_rng(0))
    assert sorted(a + s + b) == list(range(n)) and a and b
    assert not any(nbrs[u] & set(b) for u in a)  # no edge from A to B: S separates them
    assert len(s) <= (9 if graph == "grid" else 20)
    groups = dissection.dissection_groups(n, nbrs, np.random.default_rng(0), 10)
    assert sorted(u for g in groups for u in g) == list(range(n))


def test_degeneracy_is_a_lower_bound_on_the_width(rng):
    assert degeneracy(20, grid_edges(4, 5)) == 2
    assert degeneracy(6, [(i, j) for i in range(6) for j in range(i + 1, 6)]) == 5
    assert degeneracy(10, [(k, k + 1) for k in range(9)]) == 1
    e = random_regular_edges(40, 3, rng)
    assert degeneracy(40, e) <= best_order(40, e)[1]


def test_every_strategy_s_order_gives_the_same_log_z_and_marginals(rng):
    # exactness does not depend on the order: min-degree, a sweep, min-fill, the dissection
    from toy_models import Ising
    from toy_models.routes import contraction
    from toy_models.routes.elimination import Plan
    e = random_regular_edges(30, 3, rng)
    model = Ising.graph(30, e, rng.normal(size=45), rng.normal(size=30))
    pair, unary = model.log_potentials()
    found = [orders._restart(30, e, 2, None, np.inf, np.random.default_rng(2), rule)
             for rule in ("degree", "fill", "dissection")] + [order_cost(30, e, sweep_order(30, e, 7))]
    results = [contraction.marginals(Plan(30, 2, e, o, w), model.edges, pair, unary) for o, w, _ in found]
    log_z, edge, site = results[0]
    for other in results[1:]:
        assert abs(other[0] - log_z) <= 1e-12 * abs(log_z)
        assert np.max(np.abs(other[1] - edge)) <= 1e-12 and np.max(np.abs(other[2] - site)) <= 1e-12


def test_a_refusal_says_the_width_of_a_complete_order(rng):
    # degeneracy 3 <= 4, so the search tries; every order of a 3-regular graph of 60 is wider
    e = random_regular_edges(60, 3, rng)
    with pytest.raises(TooWide) as err:
        best_order(60, e, max_width=4, seed=3)
    complete = [orders._restart(60, e, 2, None, np.inf, np.random.default_rng([3, 1]), rule)[1]
                for rule in orders.RULES]
    assert err.value.done == 60 and err.value.width == min(complete) > 4


def test_the_cheap_candidates_run_before_a_refusal():
    # on a 20 x 20 grid min-degree passes width 24 and min-fill too, a breadth-first sweep
    # does not: the search must not refuse on the first one's width
    e = grid_edges(20, 20)
    _, width, _ = best_order(400, e, max_width=24)
    assert width <= 22
