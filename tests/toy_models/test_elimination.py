"""Elimination orders and plans: every order is a permutation, widths are those the graph
allows, the search stops past its limit, and a plan's steps sum every variable once."""
import numpy as np
import pytest

from toy_models.graph import grid_edges, random_regular_edges
from toy_models.routes.elimination import Plan
from toy_models.routes.orders import (TooWide, best_order, degeneracy, greedy_order,
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


def test_plan_sums_each_variable_once_and_ends_in_scalars(rng):
    e = random_regular_edges(16, 3, rng)
    order, width, _ = best_order(16, e)
    plan = Plan(16, 2, e, order, width)
    assert all(plan.scopes[t] == () for t in plan.roots)
    summed = []
    for s in plan.steps:
        held = set(plan.scopes[s.a]) | (set() if s.b is None else set(plan.scopes[s.b]))
        summed += sorted(held - set(s.scope))
        assert len(held) <= width + 1  # no step holds more than the order's clique
    assert sorted(summed) == list(range(16))


def test_degeneracy_is_a_lower_bound_on_the_width(rng):
    assert degeneracy(20, grid_edges(4, 5)) == 2
    assert degeneracy(6, [(i, j) for i in range(6) for j in range(i + 1, 6)]) == 5
    assert degeneracy(10, [(k, k + 1) for k in range(9)]) == 1
    e = random_regular_edges(40, 3, rng)
    assert degeneracy(40, e) <= best_order(40, e)[1]
