"""Slicing (routes/sliced.py) against brute-force enumeration written here.

The table limit is lowered (contraction.MAX_TABLE_ENTRIES) so that graphs small enough to
enumerate are too wide to contract in one piece and the route must slice them: log Z, every
edge and site marginal (the negative phase), autograd through the slices, a full J's
gradient (one sliced pass per clamped site), at couplings from weak to 1e3. Tolerance 1e-10
relative, as test_routes_contraction.py (observed ~1e-15).
"""
import itertools

import autograd
import numpy as np
import pytest

from toy_models import Ising, Potts
from toy_models.graph import grid_edges, random_regular_edges
from toy_models.routes import contraction, orders, sliced

RTOL = 1e-10
S = np.array([-1.0, 1.0])


@pytest.fixture
def narrow(monkeypatch):
    """Tables of at most q^4 entries (width 3 for q = 2), plans forgotten before and after."""
    contraction._PLANS.clear()
    monkeypatch.setattr(contraction, "MAX_TABLE_ENTRIES", 16)
    yield
    contraction._PLANS.clear()


def enumerate_all(n, q, edges, pair, unary):
    """log Z, P(x_i, x_j) per edge (m, q, q), P(x_i) per site (n, q), by listing every state."""
    x = np.array(list(itertools.product(range(q), repeat=n)), dtype=np.int64)
    neg = sum(pair[k][x[:, i], x[:, j]] for k, (i, j) in enumerate(edges)) + sum(
        unary[i][x[:, i]] for i in range(n))
    top = neg.max()
    p = np.exp(neg - top)
    z = p.sum()
    p /= z
    edge = np.array([np.bincount(x[:, i] * q + x[:, j], p, q * q).reshape(q, q) for i, j in edges])
    site = np.array([np.bincount(x[:, i], p, q) for i in range(n)])
    return top + np.log(z), edge, site


def ising(n, edges, rng, scale=1.0):
    return Ising.graph(n, edges, scale * rng.normal(size=len(edges)), scale * rng.normal(size=n))


def ising_reference(model):
    c, h = model.params["coupling"], model.params["field"]
    log_z, edge, site = enumerate_all(model.n, 2, model.edges.tolist(), [ck * np.outer(S, S) for ck in c],
                                      [hi * S for hi in h])
    return log_z, {"coupling": -np.einsum("eab,a,b->e", edge, S, S), "field": -(site @ S)}


def rel(a, b):
    return float(np.max(np.abs(a - b)) / max(np.max(np.abs(b)), 1e-300))


@pytest.mark.parametrize("scale", [0.1, 1.0, 10.0, 1e3])
@pytest.mark.parametrize("graph", ["3-regular 14", "grid 4x4", "two components"])
def test_sliced_log_z_and_negative_phase_equal_enumeration(narrow, rng, graph, scale):
    n, edges = {"3-regular 14": (14, random_regular_edges(14, 3, rng)), "grid 4x4": (16, grid_edges(4, 4)),
                "two components": (14, np.concatenate([grid_edges(3, 3), 9 + np.array(list(itertools.combinations(range(5), 2)))]))}[graph]
    model = ising(n, edges, rng, scale)
    plan = contraction.planned_for(model)
    assert isinstance(plan, sliced.Sliced) and len(plan.cut) >= 1 and plan.sub.width <= 3
    log_z, neg = contraction.log_partition_and_negative_phase(model)
    want_z, want = ising_reference(model)
    assert abs(log_z - want_z) <= RTOL * max(1.0, abs(want_z))
    assert abs(contraction.log_partition(model) - want_z) <= RTOL * max(1.0, abs(want_z))
    for k in ("coupling", "field"):
        assert rel(neg[k], want[k]) <= RTOL, k


def test_potts_marginals_of_every_edge_kind(monkeypatch, rng):
    # q = 3, tables of at most 3^3: a 3 x 4 grid (width 3) is sliced; edges inside the slices,
    # into the cut and (with two cut vertices adjacent, forced below) inside the cut
    contraction._PLANS.clear()
    monkeypatch.setattr(contraction, "MAX_TABLE_ENTRIES", 27)
    edges = grid_edges(3, 4)
    model = Potts.graph(12, 3, edges, rng.normal(size=(len(edges), 3, 3)), rng.normal(size=(12, 3)))
    try:
        for plan in (contraction.planned_for(model), _forced_cut(model, [5, 6])):
            assert isinstance(plan, sliced.Sliced)
            log_z, edge, site = contraction.marginals(plan, model.edges, *model.log_potentials())
            want_z, want_edge, want_site = enumerate_all(12, 3, edges.tolist(), *model.log_potentials())
            assert abs(log_z - want_z) <= RTOL * abs(want_z)
            assert rel(edge, want_edge) <= RTOL and rel(site, want_site) <= RTOL
        assert len(_forced_cut(model, [5, 6]).inside) == 1  # the edge (5, 6) lies inside the cut
    finally:
        contraction._PLANS.clear()


def _forced_cut(model, cut):
    """A Sliced plan with a given cut (the rest ordered by min-degree)."""
    sub_edges = sliced.split_edges(model.n, model.edges, cut)[0]
    rest = model.n - len(cut)
    order, width, _ = orders.greedy_order(rest, sub_edges, model.q, rule="degree")
    return sliced.Sliced(model.n, model.q, model.edges, cut,
                         contraction.Planned(rest, model.q, sub_edges, order, width), width)


def test_autograd_through_the_slices_equals_enumeration(narrow, rng):
    model = ising(14, random_regular_edges(14, 3, rng), rng)
    assert isinstance(contraction.planned_for(model), sliced.Sliced)
    grad = autograd.grad(lambda p: contraction.traced_log_partition(model, p))(dict(model.params))
    _, want = ising_reference(model)
    for k in ("coupling", "field"):
        assert rel(-grad[k], want[k]) <= RTOL, k
    want_z = ising_reference(model)[0]
    assert abs(float(contraction.traced_log_partition(model, model.params)) - want_z) <= RTOL * abs(want_z)


def test_full_J_gradient_through_slices(narrow, rng):
    d, edges = 12, random_regular_edges(12, 3, rng)
    J = np.zeros((d, d))
    J[edges[:, 0], edges[:, 1]] = rng.normal(size=len(edges))
    J = J + J.T
    model = Ising(J, rng.normal(size=d))
    assert isinstance(contraction.planned_for(model), sliced.Sliced)
    log_z, neg = contraction.log_partition_and_negative_phase(model)
    x = np.array(list(itertools.product([-1.0, 1.0], repeat=d)))
    e = 0.5 * np.einsum("si,ij,sj->s", x, J, x) + x @ model.params["h"]
    p = np.exp(e - e.max())
    want_z = e.max() + np.log(p.sum())
    p /= p.sum()
    assert abs(log_z - want_z) <= RTOL * abs(want_z)
    assert rel(neg["J"], -0.5 * np.einsum("s,si,sj->ij", p, x, x)) <= RTOL
    assert rel(neg["h"], -(p @ x)) <= RTOL


def test_greedy_cut_leaves_an_order_within_the_limit(rng):
    n, edges = 40, random_regular_edges(40, 3, rng)
    order = orders.greedy_order(n, edges, rule="degree")[0]
    cut, width, total = sliced.greedy_cut(n, edges, order, 2, 3)
    sub_edges = sliced.split_edges(n, edges, cut)[0]
    keep = np.setdiff1d(np.arange(n), cut)
    index = {int(v): k for k, v in enumerate(keep)}
    _, sub_width, sub_cost = orders.order_cost(len(keep), sub_edges, [index[u] for u in order if u in index])
    assert width == sub_width <= 3 < orders.order_cost(n, edges, order)[1]
    assert total == pytest.approx(2 ** len(cut) * (sub_cost + len(keep) * sliced.PER_VERTEX_ENTRIES), rel=1e-12)


def test_a_graph_that_fits_is_not_sliced(narrow, rng):
    model = ising(12, np.stack([np.arange(11), np.arange(1, 12)], axis=1), rng)  # a chain: width 1
    assert isinstance(contraction.planned_for(model), contraction.Planned)


def test_slicing_too_slow_is_refused_with_the_slices_it_would_take(narrow, monkeypatch, rng):
    monkeypatch.setattr(contraction, "MAX_SECONDS", 1e-9)
    model = ising(14, random_regular_edges(14, 3, rng), rng)
    with pytest.raises(ValueError, match=r"too wide to contract.*limit is width 3.*cutting \d+ variables into"):
        contraction.log_partition(model)


def test_sliced_gradient_beyond_enumeration_equals_central_differences(monkeypatch, rng):
    # 40 spins (2^40 states: no enumeration), sliced with tables of at most 2^5 entries; the reference
    # is independent of slicing and of the reverse pass: central differences of log Z from the
    # one-piece contraction (normal limits), h = 1e-5, error ~ h^2 + eps |log Z| / h ~ 1e-9
    n, edges = 40, random_regular_edges(40, 3, rng)
    model = ising(n, edges, rng)
    contraction._PLANS.clear()
    monkeypatch.setattr(contraction, "MAX_TABLE_ENTRIES", 32)
    try:
        plan = contraction.planned_for(model)
        assert isinstance(plan, sliced.Sliced) and plan.n_slices >= 4
        _, neg = contraction.log_partition_and_negative_phase(model)
    finally:
        contraction._PLANS.clear()
        monkeypatch.undo()
    h = 1e-5
    for k in ("coupling", "field"):
        fd = np.empty_like(model.params[k])
        for e in range(fd.size):
            p = {key: value.copy() for key, value in model.params.items()}
            p[k][e] += h
            up = contraction.log_partition(Ising.graph(n, edges, p["coupling"], p["field"]))
            p[k][e] -= 2 * h
            down = contraction.log_partition(Ising.graph(n, edges, p["coupling"], p["field"]))
            fd[e] = (up - down) / (2 * h)
        # E_P[dE/dtheta] = -d log Z/dtheta for E = -(coupling s_i s_j + field s_i)
        assert np.max(np.abs(neg[k] + fd)) <= 1e-7, k
    contraction._PLANS.clear()
