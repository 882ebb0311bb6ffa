"""Contraction plans: a plan's steps sum every variable once, and a broken order is refused
(the orders themselves: test_orders.py)."""
import numpy as np
import pytest

from toy_models.graph import grid_edges, random_regular_edges
from toy_models.routes.elimination import Plan
from toy_models.routes.orders import best_order


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


@pytest.mark.parametrize("broken", [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 14],  # 15 left out
                                    list(range(15)), list(range(17))])
def test_a_broken_order_is_refused(rng, broken):
    e = random_regular_edges(16, 3, rng)
    with pytest.raises(ValueError, match="each of the 16 vertices once"):
        Plan(16, 2, e, broken, 3)
