"""The checkpointed reverse pass (routes/_checkpoint.py): the same numbers as the plain
reverse pass, bit for bit (the recomputed steps reuse the first pass's scales), at any
cuts and in both kernels; brute force agrees when the memory limit forces it; and its
memory is what `memory` says, below keeping every table."""
import tracemalloc

import numpy as np
import pytest

from toy_models import Ising, Potts, negative_phase
from toy_models.graph import grid_edges, random_regular_edges
from toy_models.routes import contraction
from toy_models.routes._checkpoint import checkpointed_marginals, choose_cuts, crossing, memory, _lifetimes
from toy_models.routes._contract import forward, leaf_marginals
from toy_models.routes.elimination import Plan

from .test_routes_contraction import RTOL, ising_reference, potts_reference, rel


def plain(plan, leaves):
    run = forward(plan, leaves, False, True)
    log = run is None
    if log:
        run = forward(plan, leaves, True, True)
    return run[0], leaf_marginals(plan, run[1], run[2], log), log


@pytest.mark.parametrize("scale", [1.0, 1e3])  # 1e3: the linear kernel gives way to the log kernel
def test_same_numbers_as_the_plain_reverse_pass_at_any_cuts(rng, scale):
    e = grid_edges(5, 6)
    model = Ising.graph(30, e, scale * rng.normal(size=len(e)), rng.normal(size=30))
    plan = contraction.plan_for(model)
    leaves = contraction.leaf_tables(plan, model.edges, *model.log_potentials())
    log_z, P, log = plain(plan, leaves)
    assert log == (scale > 1)
    steps = len(plan.steps)
    for cuts in (choose_cuts(plan)[0], [], [1], [3, 11, 12, 30], list(range(1, steps))):
        got = checkpointed_marginals(plan, leaves, False, cuts) or checkpointed_marginals(plan, leaves, True, cuts)
        assert got[0] == log_z
        assert all(np.array_equal(a, b) for a, b in zip(P, got[1]))


@pytest.mark.parametrize("make", ["ising", "potts"])
def test_forced_checkpoints_agree_with_brute_force(rng, monkeypatch, make):
    e = random_regular_edges(12, 3, rng)
    if make == "ising":
        model, reference = Ising.graph(12, e, rng.normal(size=18), rng.normal(size=12)), ising_reference
    else:
        model, reference = Potts.graph(12, 3, e, rng.normal(size=(18, 3, 3)), rng.normal(size=(12, 3))), potts_reference
    plan = contraction.plan_for(model)
    # on graphs this small checkpoints save nothing: force them (cuts every few steps)
    monkeypatch.setattr(contraction, "MAX_STORED_ENTRIES", plan.stored - 1)
    monkeypatch.setattr(contraction, "checkpoints", lambda plan: (list(range(3, len(plan.steps), 4)), 0))
    log_z, neg = contraction.log_partition_and_negative_phase(model)
    ref_log_z, ref = reference(model)
    assert abs(log_z - ref_log_z) <= RTOL * max(1.0, abs(ref_log_z))
    for k in model.params:
        assert rel(neg[k], ref[k]) <= RTOL, k


def test_checkpoints_are_the_tables_that_cross_a_cut():
    plan = contraction.plan_for(Ising.graph(16, grid_edges(4, 4), 0.3))
    made, used, _ = _lifetimes(plan)
    cuts = [7, 19]
    keep = crossing(made, used, cuts)
    for t in range(len(plan.scopes)):
        want = t >= plan.n_leaves and any(made[t] < k <= used[t] for k in cuts)
        assert keep[t] == want


def test_memory_bounds_the_measured_peak_and_beats_keeping_every_table(rng):
    e = grid_edges(12, 12)
    model = Ising.graph(144, e, rng.normal(size=len(e)), rng.normal(size=144))
    plan = Plan(144, 2, e, range(144), 12)  # a row sweep: its long run of wide tables is the case
    leaves = contraction.leaf_tables(plan, model.edges, *model.log_potentials())
    cuts, peak = choose_cuts(plan)
    assert peak == memory(plan, cuts) and peak < plan.stored / 2
    tracemalloc.start()
    try:
        checkpointed_marginals(plan, leaves, False, cuts)
        measured = tracemalloc.get_traced_memory()[1] / 8
    finally:
        tracemalloc.stop()
    assert measured <= 1.5 * peak  # entries; the 0.5: work arrays of one step (views, copies)


def test_the_gradient_past_the_memory_of_every_table_is_computed_not_refused(rng, monkeypatch):
    e = grid_edges(12, 12)
    model = Ising.graph(144, e, rng.normal(size=len(e)), rng.normal(size=144))
    want = negative_phase(model)
    plan = contraction.plan_for(model)
    monkeypatch.setattr(contraction, "MAX_STORED_ENTRIES", contraction.checkpoints(plan)[1])
    assert plan.stored > contraction.MAX_STORED_ENTRIES
    got = negative_phase(model)
    for k in want:
        assert rel(got[k], want[k]) <= 1e-14
