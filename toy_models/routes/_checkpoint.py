"""The reverse pass in bounded memory: keep a few tables, recompute the rest (checkpointing).

The plain reverse pass (_contract.leaf_marginals) needs every table the forward pass made:
plan.stored entries, 2.5 GiB on a 22 x 22 grid where log Z alone streams them. Instead,
cut the steps into SEGMENTS. The forward pass keeps only the tables that cross a cut (made
before it, used after it: the CHECKPOINTS) and frees the rest; then, segment by segment
from the last, the steps of one segment are run again from its checkpoints (the leaves
are always there), with every table kept, and reversed. Each step is computed twice
forward and once backward (~4/3 the work of the plain reverse pass), and the memory is
    the checkpoints + the largest segment's tables, its adjoints and those crossing its end
(`memory` computes it exactly, in entries). The recomputed steps reuse the first pass's
scales (ratios), so each table is the very same array of numbers and the adjoints are those
of the plain pass (tests compare them to rounding).

The cuts: a segment grows step by step until its tables pass a budget B; B is chosen among
a geometric range (largest table .. everything) for the least memory, which balances the
checkpoints (many cuts) against the segment (few cuts), the O(sqrt(steps)) trade-off.
"""
from __future__ import annotations

import numpy as np

from ._contract import FLOOR, contract, forward, leaf_products, reverse_step, root_adjoints  # noqa: F401


def _lifetimes(plan):
    """(made, used, size) per table: the step that makes it (-1: a leaf), the step that
    consumes it (len(steps): a root), its entries."""
    n_tables = len(plan.scopes)
    made = np.full(n_tables, -1)
    used = np.full(n_tables, len(plan.steps))
    for i, step in enumerate(plan.steps):
        made[step.out] = i
        used[step.a] = i
        if step.b is not None:
            used[step.b] = i
    size = np.array([plan.q ** len(s) for s in plan.scopes], dtype=np.int64)
    return made, used, size


def crossing(made, used, cuts):
    """Tables made before some cut (not leaves) and used at or after it: the checkpoints."""
    keep = np.zeros(len(made), dtype=bool)
    for k in cuts:
        keep |= (made >= 0) & (made < k) & (used >= k)
    return keep


def memory(plan, cuts) -> int:
    """Peak entries held by the checkpointed reverse pass with these cuts (0 < k < steps)."""
    made, used, size = _lifetimes(plan)
    keep = crossing(made, used, cuts)
    bounds = [0] + list(cuts) + [len(plan.steps)]
    worst = 0
    for lo, hi in zip(bounds[:-1], bounds[1:]):
        inside = (made >= lo) & (made < hi)
        ends = (made >= 0) & (made < hi) & (used >= hi)  # their adjoints arrive from later segments
        worst = max(worst, 2 * int(size[inside].sum()) + int(size[ends].sum()))
    return int(size[keep].sum()) + worst + int(size[:plan.n_leaves].sum())


def choose_cuts(plan):
    """(cuts, entries): the cuts with the least peak memory among segment budgets from the
    largest table to all of them (factors of 2)."""
    made, used, size = _lifetimes(plan)
    produced = [int(size[s.out]) for s in plan.steps]
    budget = max(produced) if produced else 1
    best = ([], memory(plan, []))
    while budget < 2 * sum(produced):
        cuts, held = [], 0
        for i, entries in enumerate(produced):
            if held and held + entries > budget:
                cuts.append(i)
                held = 0
            held += entries
        found = memory(plan, cuts)
        if found < best[1]:
            best = (cuts, found)
        budget *= 2
    return best


def checkpointed_marginals(plan, leaves, log: bool, cuts):
    """(log Z, leaf marginals) like forward + leaf_marginals, in the memory of `cuts`;
    None when the linear kernel meets an entry below FLOOR (as forward)."""
    made, used, _ = _lifetimes(plan)
    keep = crossing(made, used, cuts)
    keep[:plan.n_leaves] = True
    run = forward(plan, leaves, log, keep)
    if run is None:
        return None
    log_z, tables, ratios = run
    adj = root_adjoints(plan, tables, log)
    bounds = [0] + list(cuts) + [len(plan.steps)]
    for lo, hi in reversed(list(zip(bounds[:-1], bounds[1:]))):
        for i in range(lo, hi):  # the segment again, from its checkpoints, every table kept
            step = plan.steps[i]
            if tables[step.out] is not None:  # a root kept by forward
                continue
            c = contract(step.forward, tables[step.a], None if step.b is None else tables[step.b], log)
            if not log and ratios[i] != 1.0:
                c *= 1.0 / ratios[i]
            tables[step.out] = c
        for i in range(hi - 1, lo - 1, -1):
            reverse_step(plan, i, tables, adj, ratios, log)
    return log_z, leaf_products(plan, tables, adj, log)
