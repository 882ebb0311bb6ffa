"""The contraction route against brute-force enumeration (written here, independent of the
route), closed forms (trees), the transfer route (uniform grids), the blocked route (full
J) and autograd through its own steps; and its refusals, before any work.

Tolerance 1e-10 relative: log Z relative to max(1, |log Z|), each negative-phase block
relative to its largest entry (probabilities: <= 1). Both sides are float64 sums of
positive terms; observed gaps are ~1e-15 (1e-12 at couplings of 1e3, where the energies
themselves carry ~1e4 x 1e-16).
"""
import itertools

import autograd
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toy_models import Ising, Potts, check_identity, log_partition, negative_phase
from toy_models.errors import StateSpaceTooLarge
from toy_models.graph import grid_edges, random_regular_edges
from toy_models.routes import blocked, choose_route, contraction, transfer
from toy_models.routes._contract import forward

RTOL = 1e-10


def rel(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    scale = max(float(np.max(np.abs(a))), float(np.max(np.abs(b))), 1e-300) if a.size else 1.0
    return float(np.max(np.abs(a - b)) / scale) if a.size else 0.0


def brute_force(n, q, edges, pair, unary):
    """log Z, P(x_i, x_j) per edge, P(x_i) per site, by listing every state."""
    x = np.array(list(itertools.product(range(q), repeat=n)), dtype=np.int64).reshape(-1, n)
    neg = np.zeros(len(x))
    for k, (i, j) in enumerate(edges):
        neg += pair[k][x[:, i], x[:, j]]
    for i in range(n):
        neg += unary[i][x[:, i]]
    m = neg.max()
    p = np.exp(neg - m)
    z = p.sum()
    p /= z
    edge = np.array([[[p[(x[:, i] == a) & (x[:, j] == b)].sum() for b in range(q)] for a in range(q)]
                     for i, j in edges]).reshape(len(edges), q, q)
    site = np.array([[p[x[:, i] == a].sum() for a in range(q)] for i in range(n)])
    return m + np.log(z), edge, site


def ising_reference(model):
    s = np.array([-1.0, 1.0])
    c, h = model.params["coupling"], model.params["field"]
    pair = [ck * np.outer(s, s) for ck in c]
    unary = [hi * s for hi in h]
    log_z, edge, site = brute_force(model.n, 2, model.edges.tolist(), pair, unary)
    return log_z, {"coupling": -np.einsum("eab,a,b->e", edge, s, s), "field": -(site @ s)}


def potts_reference(model):
    c, h = model.params["coupling"], model.params["field"]
    log_z, edge, site = brute_force(model.n, model.q, model.edges.tolist(), list(c), list(h))
    return log_z, {"coupling": -edge, "field": -site}


def assert_agrees(model, reference):
    log_z, neg = contraction.log_partition_and_negative_phase(model)
    ref_log_z, ref_neg = reference(model)
    assert abs(log_z - ref_log_z) <= RTOL * max(1.0, abs(ref_log_z))
    assert abs(contraction.log_partition(model) - ref_log_z) <= RTOL * max(1.0, abs(ref_log_z))
    for k in model.params:
        assert np.shape(neg[k]) == np.shape(model.params[k])
        assert rel(neg[k], ref_neg[k]) <= RTOL, k


GRAPHS = {
    "grid 3x4": (12, grid_edges(3, 4).tolist()),
    "3-regular 12": (12, None),
    "two components and a lone site": (9, [(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 6), (6, 3), (3, 5)]),
    "complete K6": (6, [(i, j) for i in range(6) for j in range(i + 1, 6)]),
    "star, edges listed backwards": (7, [(k, 0) for k in range(1, 7)]),
    "no edges": (4, []),
}


@pytest.mark.parametrize("graph", sorted(GRAPHS))
def test_ising_graph_matches_brute_force(rng, graph):
    n, edges = GRAPHS[graph]
    edges = random_regular_edges(n, 3, rng) if edges is None else edges
    model = Ising.graph(n, edges, rng.normal(size=len(edges)), rng.normal(size=n))
    assert_agrees(model, ising_reference)


@pytest.mark.parametrize("graph", ["grid 3x4", "two components and a lone site", "star, edges listed backwards"])
def test_potts_graph_matches_brute_force(rng, graph):
    n, edges = GRAPHS[graph]
    n, q = min(n, 8), 3  # 3^8 states
    edges = [(i, j) for i, j in edges if i < n and j < n]
    # asymmetric tables: an edge marginal read the wrong way round would show
    model = Potts.graph(n, q, edges, rng.normal(size=(len(edges), q, q)), rng.normal(size=(n, q)))
    assert_agrees(model, potts_reference)


@settings(max_examples=30, deadline=None)
@given(n=st.integers(1, 9), density=st.floats(0.0, 1.0), scale=st.floats(0.1, 1e3),
       q=st.sampled_from([2, 3]), seed=st.integers(0, 2 ** 32 - 1))
def test_random_graphs_at_every_scale_match_brute_force(n, density, scale, q, seed):
    rng = np.random.default_rng(seed)
    i, j = np.triu_indices(n, 1)
    pick = rng.random(len(i)) < density
    edges = np.stack([i[pick], j[pick]], axis=1)
    if q == 2 or n > 7:
        model = Ising.graph(n, edges, scale * rng.normal(size=len(edges)), scale * rng.normal(size=n))
        assert_agrees(model, ising_reference)
    else:
        model = Potts.graph(n, q, edges, scale * rng.normal(size=(len(edges), q, q)), scale * rng.normal(size=(n, q)))
        assert_agrees(model, potts_reference)


def test_a_tree_of_500_sites_matches_its_closed_form(rng):
    # zero field on a tree: Z = 2^n prod_e cosh(c_e), and E[s_i s_j] = tanh(c_e) on each edge
    n = 500
    parent = [int(rng.integers(0, k)) for k in range(1, n)]
    edges = [(k + 1, p) for k, p in enumerate(parent)]
    c = 2.0 * rng.normal(size=n - 1)
    model = Ising.graph(n, edges, c)
    log_z, neg = contraction.log_partition_and_negative_phase(model)
    want = n * np.log(2.0) + np.sum(np.log(np.cosh(c)))
    assert abs(log_z - want) <= RTOL * abs(want)
    assert rel(neg["coupling"], -np.tanh(c)) <= RTOL
    assert np.max(np.abs(neg["field"])) <= 1e-12


@pytest.mark.parametrize("K,H", [(0.3, 0.1), (4.0, -0.5)])
def test_uniform_grid_matches_the_transfer_route_far_above_float_range(K, H):
    # 12 x 12, K = 4: log Z ~ 1100 > 709.8, where summing probabilities in float64 gives inf
    model = Ising.graph(144, grid_edges(12, 12), K, H)
    log_z, neg = contraction.log_partition_and_negative_phase(model)
    want, dK, dH = transfer.grid_log_partition(12, 12, K, H)
    assert np.isfinite(log_z) and abs(log_z - want) <= RTOL * abs(want)
    assert abs(-neg["coupling"].sum() - dK) <= RTOL * abs(dK)
    assert abs(-neg["field"].sum() - dH) <= RTOL * max(1.0, abs(dH))


def test_both_kernels_give_the_same_log_z(rng):
    model = Ising.graph(36, grid_edges(6, 6), rng.normal(size=60), rng.normal(size=36))
    plan = contraction.plan_for(model)
    leaves = contraction.leaf_tables(plan, model.edges, *model.log_potentials())
    linear = forward(plan, leaves, log=False, keep=False)
    logspace = forward(plan, leaves, log=True, keep=False)
    assert linear is not None and abs(linear[0] - logspace[0]) <= RTOL * abs(logspace[0])


def test_the_linear_kernel_gives_way_at_extreme_couplings(rng):
    model = Ising.graph(16, grid_edges(4, 4), 1e3 * rng.normal(size=24), 1e3 * rng.normal(size=16))
    plan = contraction.plan_for(model)
    leaves = contraction.leaf_tables(plan, model.edges, *model.log_potentials())
    assert forward(plan, leaves, log=False, keep=False) is None  # e^-2000 underflows: refused
    assert_agrees(model, ising_reference)  # and the log kernel takes over, exactly


@pytest.mark.parametrize("make", [
    lambda rng: Ising.graph(60, random_regular_edges(60, 3, rng), rng.normal(size=90), rng.normal(size=60)),
    lambda rng: Ising.graph(64, grid_edges(8, 8), 3.0 * rng.normal(size=112), rng.normal(size=64)),
    lambda rng: Potts.graph(30, 3, random_regular_edges(30, 3, rng), rng.normal(size=(45, 3, 3)),
                            rng.normal(size=(30, 3))),
])
def test_reverse_pass_equals_autograd_through_the_contraction(rng, make):
    model = make(rng)  # 2^60, 2^64, 3^30 states: no enumeration reaches these
    by_autograd = autograd.grad(lambda p: contraction.traced_log_partition(model, p))(dict(model.params))
    neg = negative_phase(model)
    for k in model.params:
        assert rel(-by_autograd[k], neg[k]) <= RTOL, k


def test_check_identity_beyond_enumeration_uses_autograd_through_the_contraction(rng):
    model = Ising.graph(40, random_regular_edges(40, 3, rng), 0.5 * rng.normal(size=60), rng.normal(size=40))
    data = rng.choice([-1.0, 1.0], size=(5, 40))
    report = check_identity(model, data)
    assert report.route == "contraction"
    assert report.max_rel_vs_autograd <= RTOL and report.max_rel_vs_finite_difference <= 1e-6


@pytest.mark.parametrize("spins", [(-1, 1), (0, 1)])
def test_full_J_ising_with_sparse_J_matches_the_blocked_route(rng, spins):
    d = 12
    e = random_regular_edges(d, 3, rng)
    J = np.zeros((d, d))
    J[e[:, 0], e[:, 1]] = J[e[:, 1], e[:, 0]] = rng.normal(size=len(e))
    model = Ising(J, rng.normal(size=d), spins=spins)
    log_z, neg = contraction.log_partition_and_negative_phase(model)
    ref_log_z, ref_neg = blocked.log_partition_and_negative_phase(model)
    assert abs(log_z - ref_log_z) <= RTOL * abs(ref_log_z)
    for k in ("J", "h"):  # every entry of J, also where J_ij = 0: E[x_i x_j] by clamping
        assert rel(neg[k], ref_neg[k]) <= RTOL, k


def test_full_J_potts_with_sparse_J_matches_the_blocked_route(rng):
    d, q = 6, 3
    J = np.zeros((d, d, q, q))
    for i, j in [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 0)]:
        a = rng.normal(size=(q, q))
        J[i, j], J[j, i] = a, a.T
    model = Potts(J, rng.normal(size=(d, q)))
    log_z, neg = contraction.log_partition_and_negative_phase(model)
    ref_log_z, ref_neg = blocked.log_partition_and_negative_phase(model)
    assert abs(log_z - ref_log_z) <= RTOL * abs(ref_log_z)
    for k in ("J", "h"):
        assert rel(neg[k], ref_neg[k]) <= RTOL, k


def test_choose_route_prefers_contraction_only_where_it_is_fastest(rng):
    sparse = np.zeros((34, 34))
    idx = np.arange(33)
    sparse[idx, idx + 1] = sparse[idx + 1, idx] = 0.7  # a chain given as a full J: 2^34 states
    assert choose_route(Ising(sparse, np.zeros(34))) is contraction
    assert choose_route(Ising.graph(9, grid_edges(3, 3), 0.3)) is contraction
    dense = rng.normal(size=(9, 9))
    dense = (dense + dense.T) / 2
    np.fill_diagonal(dense, 0.0)
    assert choose_route(Ising(dense, np.zeros(9))) is blocked
    assert choose_route(Ising.grid(3, 3, 0.3)) is transfer
    chain = Ising(sparse, np.zeros(34))
    assert log_partition(chain) == pytest.approx(34 * np.log(2) + 33 * np.log(np.cosh(0.7)), rel=1e-12)


class _Spy:
    """Counts energy evaluations: a refusal must come before any."""

    def __init__(self, model):
        self.calls = 0
        energy = model.energy

        def counted(*a, **k):
            self.calls += 1
            return energy(*a, **k)
        model.energy = counted


def test_too_wide_graph_is_refused_before_any_work_with_width_memory_and_time():
    n = 40
    model = Ising.graph(n, [(i, j) for i in range(n) for j in range(i + 1, n)], 0.1)  # K40
    spy = _Spy(model)
    for call in (lambda: log_partition(model), lambda: negative_phase(model),
                 lambda: check_identity(model, np.ones((2, n)))):
        with pytest.raises(StateSpaceTooLarge, match=r"too wide to contract.*width 39.*entries.*limit is width"):
            call()
    assert spy.calls == 0


def test_reverse_pass_refused_when_its_tables_would_not_fit(rng, monkeypatch):
    model = Ising.graph(36, grid_edges(6, 6), rng.normal(size=60))
    monkeypatch.setattr(contraction, "MAX_STORED_ENTRIES", 100)
    assert np.isfinite(log_partition(model))  # log Z streams its tables: still fine
    with pytest.raises(StateSpaceTooLarge, match=r"reverse pass .*width 6.* would hold .* even with checkpoints"):
        negative_phase(model)


def test_plan_is_found_once_per_graph(rng):
    edges = random_regular_edges(20, 3, rng)
    a = contraction.plan_for(Ising.graph(20, edges, rng.normal(size=30)))
    b = contraction.plan_for(Ising.graph(20, edges.copy(), rng.normal(size=30)))
    assert a is b


def test_leaf_marginals_are_distributions(rng):
    model = Potts.graph(12, 3, random_regular_edges(12, 3, rng), rng.normal(size=(18, 3, 3)))
    plan = contraction.plan_for(model)
    _, edge, site = contraction.marginals(plan, model.edges, *model.log_potentials())
    assert np.all(edge >= 0) and np.allclose(edge.sum(axis=(1, 2)), 1.0, rtol=0, atol=1e-13)
    assert np.allclose(site.sum(axis=1), 1.0, rtol=0, atol=1e-13)


def test_a_long_chain_is_ordered_and_contracted_quickly(rng):
    # 20,000 spins: the order search must not be quadratic in n (it keeps a heap)
    n = 20000
    c = rng.normal(size=n - 1)
    model = Ising.graph(n, np.stack([np.arange(n - 1), np.arange(1, n)], axis=1), c)
    want = n * np.log(2.0) + np.sum(np.log(np.cosh(c)))
    assert abs(log_partition(model) - want) <= RTOL * want


def test_a_contraction_too_slow_is_refused_with_its_time(rng, monkeypatch):
    monkeypatch.setattr(contraction, "MAX_SECONDS", 1e-9)
    contraction._PLANS.clear()
    try:
        model = Ising.graph(36, grid_edges(6, 6), rng.normal(size=60))
        with pytest.raises(StateSpaceTooLarge, match=r"would take roughly .* beyond the limit"):
            log_partition(model)
    finally:
        contraction._PLANS.clear()


def test_full_J_gradient_too_slow_is_refused_with_a_pointer_to_ising_graph(monkeypatch):
    d = 40
    J = np.zeros((d, d))
    J[np.arange(d - 1), np.arange(1, d)] = J[np.arange(1, d), np.arange(d - 1)] = 0.5
    model = Ising(J, np.zeros(d))
    assert np.isfinite(log_partition(model))  # log Z: one contraction
    monkeypatch.setattr(contraction, "MAX_SECONDS", 1e-4)
    with pytest.raises(StateSpaceTooLarge, match=r"1 \+ d \(q - 1\) = 41 contractions.*Ising.graph"):
        negative_phase(model)


@pytest.mark.parametrize("make", [
    lambda rng: Ising.graph(10, random_regular_edges(10, 3, rng), rng.normal(size=15), rng.normal(size=10)),
    lambda rng: Potts.graph(6, 3, grid_edges(2, 3), rng.normal(size=(7, 3, 3)), rng.normal(size=(6, 3))),
])
def test_agrees_with_the_plain_route(rng, make):
    from toy_models.routes import plain
    model = make(rng)
    assert choose_route(model) is contraction
    log_z, neg = contraction.log_partition_and_negative_phase(model)
    ref_log_z, ref_neg = plain.log_partition_and_negative_phase(model)
    assert abs(log_z - ref_log_z) <= RTOL * abs(ref_log_z)
    for k in model.params:
        assert rel(neg[k], ref_neg[k]) <= RTOL, k


def test_a_dense_J_goes_to_blocked_without_an_order_search(rng):
    a = rng.normal(size=(20, 20))
    J = (a + a.T) / 2
    np.fill_diagonal(J, 0.0)
    contraction._PLANS.clear()
    assert choose_route(Ising(J, np.zeros(20))) is blocked
    assert not contraction._PLANS  # degeneracy 19 already loses to enumeration: no plan built
