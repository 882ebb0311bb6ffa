"""Elimination orders and contraction plans for pairwise models on a graph.

A pairwise model is a tensor network: one q x q table per edge (the site tables are
folded into them, routes/contraction.py), one q-vector per isolated site. Summing the
variables out in an order v1, v2, ... (variable elimination) turns it into a sequence of
PAIRWISE steps: two tables in, one out, every variable held by no other table summed.
Each step is a batched matrix product (batch = variables both keep, contracted = the
shared ones summed), so the work is BLAS and Python only pays per step, not per state.

The order comes from routes/orders.py (several strategies on a time budget); its WIDTH w
(the most neighbours a vertex has when eliminated) fixes the largest table, q^(w+1)
entries. Found once per graph and cached (routes/contraction.py, plan_for).

Why not opt_einsum: its path finders search over arbitrary pairings of the ~m tables
(greedy costs O(m^2) candidate pairs, its optimal ones exponential); for a pairwise model
elimination orders ARE the natural paths, min-fill is the standard heuristic for them and
is a page of code with no dependency. On the benchmark graphs (grids, random 3-regular)
the orders' widths are near those of the known good orders (a rows x cols grid: min(rows, cols)).
"""
from __future__ import annotations

import numpy as np

from ._pairs import consumer_labels, pair_spec
from .orders import TooWide, best_order, degeneracy  # noqa: F401 (the order search lives there)


class Step:
    """One forward step: tables a (and b) -> out (scope in the order the step leaves it)."""

    def __init__(self, a, b, keep, scopes, q, labels=None):
        self.a, self.b = a, b
        self.forward = pair_spec(scopes[a], None if b is None else scopes[b], keep, q, labels)
        self.scope = self.forward.out
        assert not self.forward.only
        self.terms = self.forward.work // q ** len(self.scope)  # products summed per output entry


class Plan:
    """The contraction of one graph: leaves (edge tables, then isolated sites), steps, roots.

    width      the elimination order's width (largest table: q^(width+1) entries)
    cost       entries touched by one forward pass (sum over steps of q^|union|)
    largest    entries of the largest table a step forms
    stored     entries of every table kept for the reverse pass (the gradient's memory)
    The reverse pass has its own specs (back_a, back_b per step) and the scope order of
    every adjoint (adj_scopes), compiled here once.
    """

    def __init__(self, n, q, edges, order, width):
        edges = np.asarray(edges, dtype=np.int64).reshape(-1, 2)
        self.n, self.q, self.order, self.width = n, q, list(order), width
        if sorted(self.order) != list(range(n)):  # a vertex left out would never be summed
            raise ValueError(f"an elimination order must list each of the {n} vertices once")
        degree = np.bincount(edges.ravel(), minlength=n)
        self.isolated = np.flatnonzero(degree == 0)
        scopes = [tuple(e) for e in edges.tolist()] + [(int(i),) for i in self.isolated]
        self.n_leaves = len(scopes)
        holders = [set() for _ in range(n)]
        for t, s in enumerate(scopes):
            for v in s:
                holders[v].add(t)
        # 1. which tables each step joins (scopes as sets: the orders come after)
        sets = [set(x) for x in scopes]
        struct = []
        for v in self.order:
            while holders[v]:
                bucket = sorted(holders[v])
                if len(bucket) == 1:
                    a, b = bucket[0], None
                else:  # the pair whose result is smallest, then the cheapest
                    a, b = min(((x, y) for k, x in enumerate(bucket) for y in bucket[k + 1:]),
                               key=lambda p: self._size(p, sets, holders))
                inputs = {a} if b is None else {a, b}
                held = {x for t in inputs for x in sets[t]}
                keep = {x for x in held if holders[x] - inputs}
                sets.append(keep)
                out = len(sets) - 1
                for x in held:
                    holders[x] -= inputs
                for x in keep:
                    holders[x].add(out)
                struct.append((a, b, keep, out))
        consumer = {}
        for a, b, keep, out in struct:
            consumer[a] = (None if b is None else b, keep)
            if b is not None:
                consumer[b] = (a, keep)
        # 2. the axis order of every table, each laid out for the step that consumes it
        self.steps = []
        for a, b, keep, out in struct:
            labels = None
            if out in consumer:
                other, ckeep = consumer[out]
                labels = consumer_labels(keep, None if other is None else sets[other], ckeep)
            step = Step(a, b, keep, scopes, q, labels)
            scopes.append(step.scope)
            step.out = out
            self.steps.append(step)
        self.scopes = scopes
        consumed = {s.a for s in self.steps} | {s.b for s in self.steps if s.b is not None}
        self.roots = [t for t in range(len(scopes)) if t not in consumed]
        assert all(scopes[t] == () for t in self.roots)
        self.adj_scopes = [None] * len(scopes)
        for t in self.roots:
            self.adj_scopes[t] = ()
        for step in reversed(self.steps):  # dZ/dA = sum (dZ/dC) * B over what A lacks
            g = self.adj_scopes[step.out]
            sb = None if step.b is None else scopes[step.b]
            step.back_a = pair_spec(g, sb, scopes[step.a], q, target=scopes[step.a])
            self.adj_scopes[step.a] = step.back_a.out
            step.back_b = None
            if step.b is not None:
                step.back_b = pair_spec(g, scopes[step.a], scopes[step.b], q, target=scopes[step.b])
                self.adj_scopes[step.b] = step.back_b.out
        self.cost = sum(s.forward.work for s in self.steps) + self.n_leaves * q * q
        self.largest = max([s.forward.work for s in self.steps] + [q])
        self.stored = sum(q ** len(s) for s in scopes)

    # Output buffers reused from call to call (forward and reverse pass of the linear kernel),
    # for plans whose kept tables fit in this many entries (64 MB). Why: fresh large arrays
    # cost page faults, and once SciPy is imported (it is, with pgmpy or pandas) glibc stops
    # keeping freed memory for reuse: measured 200 -> 3,800-7,700 page faults and 27 -> 41 ms
    # per 16 x 16 gradient. Not thread-safe: one contraction of a plan at a time.
    BUFFER_ENTRIES = 2 ** 23

    def buffer(self, i, spec):
        """The forward output buffer of step i (kept between calls), or None (large plans,
        single steps): each step writes its own, as every table is kept for the reverse pass."""
        if spec.single or self.stored > self.BUFFER_ENTRIES:
            return None
        store = self.__dict__.setdefault("_buffers", {})
        if i not in store:
            store[i] = np.empty(spec.mm_shape)
        return store[i]

    def pool(self):
        """Free arrays by shape for the reverse pass, whose adjoints die as fast as they are
        born: kept between calls for small plans (None for large ones)."""
        if self.stored > self.BUFFER_ENTRIES:
            return None
        return self.__dict__.setdefault("_pool", {})

    @staticmethod
    def _size(pair, scopes, holders):
        a, b = pair
        union = set(scopes[a]) | set(scopes[b])
        kept = [x for x in union if holders[x] - {a, b}]
        return (len(kept), len(union))
