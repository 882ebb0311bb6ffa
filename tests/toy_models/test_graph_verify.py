"""`eq7 verify --model ising-graph`: a random 3-regular graph beyond enumeration, checked
against autograd through the contraction and central differences."""
import numpy as np
import pytest

from toy_models.cli import verify
from toy_models.errors import StateSpaceTooLarge
from toy_models.examples import random_model


def test_verify_ising_graph_passes_beyond_enumeration():
    (row,) = verify(["ising-graph"], None, 7, 5)
    assert row["route"] == "contraction" and row["passed"]
    assert row["n_states"] == 2 ** 32  # 2^27 is where enumeration stops
    assert row["max_rel_vs_autograd"] <= 1e-10 and row["max_rel_vs_finite_difference"] <= 1e-6


@pytest.mark.parametrize("size", [1, 3, 5, 6])
def test_small_and_odd_sizes_give_a_random_graph(size):
    model = random_model("ising-graph", size, np.random.default_rng(size))
    assert model.n == size
    if size >= 4 and size % 2 == 0:
        assert np.bincount(model.edges.ravel(), minlength=size).tolist() == [3] * size


def test_a_graph_too_wide_for_any_route_is_refused_before_checking(monkeypatch):
    from toy_models.routes import contraction
    monkeypatch.setattr(contraction, "MAX_TABLE_ENTRIES", 2 ** 4)  # width <= 3 only
    monkeypatch.setattr(contraction, "MAX_SECONDS", 1e-9)  # and too slow to slice (routes/sliced.py)
    contraction._PLANS.clear()
    try:
        with pytest.raises(StateSpaceTooLarge, match="too wide to contract"):
            verify(["ising-graph"], 40, 7, 5)
    finally:
        contraction._PLANS.clear()


def test_verify_budget_takes_the_default_graph_and_refuses_a_huge_one_before_building(monkeypatch):
    from toy_models import budget, graph
    budget.require_verify_budget(["ising-graph"], None, 20)
    monkeypatch.setattr(graph, "random_regular_edges", lambda *a: pytest.fail("a graph was built"))
    with pytest.raises(StateSpaceTooLarge, match="far too wide to contract"):
        verify(["ising-graph"], 10 ** 9, 7, 5)


def test_graph_estimates_grow_with_size_and_are_infinite_past_the_limit():
    from toy_models import budget
    a, b = budget.estimate("ising-graph", 32, 20), budget.estimate("ising-graph", 64, 20)
    assert 0 < a.seconds < b.seconds and a.bytes < b.bytes
    assert budget.estimate("ising-graph", 10 ** 6, 20).seconds == float("inf")
