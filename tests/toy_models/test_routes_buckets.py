"""The bucket plan (routes/buckets.py) against brute-force enumeration and the pairwise plan:
log Z and every leaf marginal, on graphs with isolated sites, chains, q = 3, any order; it
gives up (None) where an entry would underflow, and the route then answers by the log
kernel; a first call compiles no pairwise plan. Tolerance as test_routes_contraction.py."""
import numpy as np
import pytest

from toy_models import Ising, Potts
from toy_models.graph import grid_edges, random_regular_edges
from toy_models.routes import contraction
from toy_models.routes.buckets import Buckets
from toy_models.routes.elimination import Plan

from .test_routes_contraction import RTOL, brute_force, ising_reference, potts_reference, rel


def bucket_marginals(model, order):
    pair, unary = contraction.log_potentials(model)
    n, q, edges = contraction.structure(model)
    width = max(1, len(order))  # not used by the executor
    buckets = Buckets(n, q, edges, order, width)
    leaves = contraction.leaf_tables(buckets, edges, pair, unary)
    return buckets, leaves, buckets.marginals(*leaves)


@pytest.mark.parametrize("n,edges", [
    (7, [(0, 1), (1, 2), (4, 5)]),                     # isolated sites 3 and 6, a lone edge
    (6, [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5)]),     # a chain: every bucket of one or two tables
    (8, [(i, j) for i in range(4) for j in range(4, 8)]),  # K4,4: buckets of four tables
])
def test_log_z_and_marginals_match_enumeration_in_any_order(rng, n, edges):
    edges = np.array(edges)
    pair = [rng.normal(size=(3, 3)) for _ in edges]
    unary = [rng.normal(size=3) for _ in range(n)]
    log_z, edge, site = brute_force(n, 3, edges.tolist(), pair, unary)
    for order in (list(range(n)), rng.permutation(n).tolist()):
        b = Buckets(n, 3, edges, order, 0)
        leaves = contraction.leaf_tables(b, edges, np.array(pair), np.array(unary))
        got_z, P = b.marginals(*leaves)
        assert abs(got_z - log_z) <= RTOL * max(1.0, abs(log_z))
        assert rel(np.stack(P[:len(edges)]), edge) <= RTOL
        for k, i in enumerate(b.isolated):
            assert rel(P[len(edges) + k], site[i]) <= RTOL
        assert abs(b.log_partition(*leaves) - log_z) <= RTOL * max(1.0, abs(log_z))


def test_the_route_by_buckets_matches_enumeration_ising_and_potts(rng):
    e = random_regular_edges(14, 3, rng)
    ising = Ising.graph(14, e, rng.normal(size=len(e)), rng.normal(size=14))
    potts = Potts.graph(9, 3, grid_edges(3, 3), rng.normal(size=(12, 3, 3)), rng.normal(size=(9, 3)))
    for model, reference in ((ising, ising_reference), (potts, potts_reference)):
        contraction._PLANS.clear()
        log_z, neg = contraction.log_partition_and_negative_phase(model)
        ref_z, ref = reference(model)
        assert abs(log_z - ref_z) <= RTOL * max(1.0, abs(ref_z))
        for k in ref:
            assert rel(neg[k], ref[k]) <= RTOL, k
        assert contraction.planned_for(model)._full is None  # the pairwise plan was never compiled


def test_buckets_agree_with_the_pairwise_plan_on_a_larger_graph(rng):
    e = random_regular_edges(60, 3, rng)
    model = Ising.graph(60, e, rng.normal(size=len(e)), rng.normal(size=60))
    planned = contraction.planned_for(model)
    pair, unary = contraction.log_potentials(model)
    got = contraction.marginals(planned, model.edges, pair, unary)
    want = contraction.marginals(planned.full, model.edges, pair, unary)
    assert abs(got[0] - want[0]) <= RTOL * abs(want[0])
    assert rel(got[1], want[1]) <= RTOL and rel(got[2], want[2]) <= RTOL


def test_an_underflowing_entry_gives_up_and_the_log_kernel_answers(rng):
    # couplings of 800: e^(-1600) underflows, so the linear kernel of the buckets cannot hold it
    e = grid_edges(3, 3)
    model = Ising.graph(9, e, 800.0 * rng.choice([-1.0, 1.0], size=len(e)), rng.normal(size=9))
    _, _, found = bucket_marginals(model, list(range(9)))
    assert found is None
    contraction._PLANS.clear()
    log_z, neg = contraction.log_partition_and_negative_phase(model)
    ref_z, ref = ising_reference(model)
    assert abs(log_z - ref_z) <= 1e-12 * abs(ref_z)
    for k in ref:
        assert rel(neg[k], ref[k]) <= 1e-9, k


def test_an_order_missing_a_vertex_is_refused():
    with pytest.raises(ValueError, match="each of the 4 vertices once"):
        Buckets(4, 2, np.array([(0, 1), (2, 3)]), [0, 1, 2], 1)


def test_on_the_searched_orders_the_cost_is_the_pairwise_plans_within_a_factor_two():
    # (a variable whose tables all meet in one step is summed there by the pairwise plan and
    # at its own turn here: on random orders the buckets may touch ~2x more entries)
    from toy_models.routes.orders import greedy_order, sweep_order
    e = grid_edges(6, 6)
    for order in (sweep_order(36, e, 0), greedy_order(36, e, rule="fill")[0], greedy_order(36, e, rule="degree")[0]):
        b, p = Buckets(36, 2, e, order, 0), Plan(36, 2, e, order, 0)
        assert p.cost / 2 <= b.cost <= 2 * p.cost


def test_rescaled_steps_match_the_pairwise_plan(rng):
    # 48 weakly coupled spins: tables grow past HIGH (Z ~ 2^48 once the leaves are divided by
    # their maxima), so they are divided by their maxima on the way (ratios), which the
    # reverse pass must divide by again; too many states to list, so against the pairwise plan
    e = grid_edges(4, 12)
    model = Ising.graph(48, e, 0.01 * rng.normal(size=len(e)), 0.01 * rng.normal(size=48))
    b, leaves, (log_z, P) = bucket_marginals(model, list(range(48)))
    assert any(r != 1.0 for r in b.forward(*leaves)[2])
    plan = Plan(48, 2, e, list(range(48)), 12)
    want_z, edge, _ = contraction.marginals(plan, e, *contraction.log_potentials(model))
    assert abs(log_z - want_z) <= RTOL * abs(want_z)
    assert rel(np.stack(P), edge) <= RTOL


@pytest.mark.parametrize("q", [2, 3])
def test_edges_joined_into_stars_match_enumeration(rng, q):
    # every edge goes to the star of its end eliminated first; stars of 1 to 3 edges (q = 2) or
    # 1 to 2 (q = 3: 3^3 entries at most 64), a centre that is an edge's second end (flipped),
    # and the same pair twice (two stars: a star's variables are distinct)
    n = 9
    edges = np.array(grid_edges(3, 3).tolist() + [(4, 0), (4, 8), (2, 6), (0, 1)])
    pair = [rng.normal(size=(q, q)) for _ in edges]
    unary = [rng.normal(size=q) for _ in range(n)]
    log_z, edge, site = brute_force(n, q, edges.tolist(), pair, unary)
    for order in ([4, 0, 2, 6, 8, 1, 3, 5, 7], rng.permutation(n).tolist()):
        b = Buckets(n, q, edges, order, 0)
        sizes = [len(chunk) for _, _, chunk in b.stars]
        assert sorted(e for _, _, chunk in b.stars for e in chunk) == list(range(len(edges)))
        assert max(sizes) == (3 if q == 2 else 2) and len(b.stars) < len(edges)
        assert all(len(set(scope)) == len(scope) for scope, _, _ in b.stars)
        got_z, P = b.marginals(*contraction.leaf_tables(b, edges, np.array(pair), np.array(unary)))
        assert abs(got_z - log_z) <= RTOL * abs(log_z)
        assert rel(np.stack(P[:len(edges)]), edge) <= RTOL


def test_stars_make_fewer_steps_on_a_grid():
    # 180 edge tables took 179 joins; as stars of the vertices eliminated first, ~100
    e = grid_edges(10, 10)
    assert len(Buckets(100, 2, e, list(range(100)), 0).steps) <= 110
