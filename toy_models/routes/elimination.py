"""Elimination orders and contraction plans for pairwise models on a graph.

A pairwise model is a tensor network: one q x q table per edge (the site tables are
folded into them, routes/contraction.py), one q-vector per isolated site. Summing the
variables out in an order v1, v2, ... (variable elimination) turns it into a sequence of
PAIRWISE steps: two tables in, one out, every variable held by no other table summed.
Each step is a batched matrix product (batch = variables both keep, contracted = the
shared ones summed), so the work is BLAS and Python only pays per step, not per state.

The order: the cheapest of several candidates (best_order): min-fill (eliminate the
vertex whose neighbours need the fewest new edges to become a clique; ties by fewest
neighbours), min-fill with random tie-breaks, and breadth-first sweeps. Its WIDTH w (the
most neighbours a vertex has when eliminated) fixes the largest table, q^(w+1) entries.
Found once per graph and cached (routes/contraction.py, plan_for). Every candidate stops
as soon as w passes the caller's limit, so a graph the route refuses costs little.

Why not opt_einsum: its path finders search over arbitrary pairings of the ~m tables
(greedy costs O(m^2) candidate pairs, its optimal ones exponential); for a pairwise model
elimination orders ARE the natural paths, min-fill is the standard heuristic for them and
is a page of code with no dependency. On the benchmark graphs (grids, random 3-regular)
min-fill's widths are those of the known good orders (a rows x cols grid: min(rows, cols)).
"""
from __future__ import annotations

import heapq

import numpy as np

from ._pairs import PairSpec, consumer_labels


class TooWide(Exception):
    """Min-fill passed max_width: `width` reached after eliminating `done` of n vertices."""

    def __init__(self, width: int, done: int):
        super().__init__(width, done)
        self.width, self.done = width, done


def _adjacency(n, edges):
    nbrs = [set() for _ in range(n)]
    for i, j in np.asarray(edges, dtype=np.int64).reshape(-1, 2).tolist():
        nbrs[i].add(j)
        nbrs[j].add(i)
    return nbrs


def _eliminate(nbrs, u):
    """Remove u; its neighbours become a clique. Returns u's neighbours."""
    near = nbrs[u]
    for x in near:
        nbrs[x].discard(u)
        nbrs[x] |= near
        nbrs[x].discard(x)
    nbrs[u] = set()
    return near


def greedy_order(n, edges, q=2, max_width=None, cap=np.inf, rng=None):
    """(order, width, cost) of min-fill (ties: fewest neighbours, then `rng` at random);
    cost = sum of q^(clique size), the entries the elimination touches. None when the
    cost passes `cap` (a better order is known); TooWide when the width passes max_width.
    A heap with stale entries skipped: O(n log n) choices, so long chains cost little."""
    nbrs = _adjacency(n, edges)

    def key(u):
        s = nbrs[u]
        k = len(s)
        inner = sum(len(s & nbrs[x]) for x in s) // 2  # edges already among the neighbours
        return (k * (k - 1) // 2 - inner, k, rng.random() if rng is not None else 0.0, u)

    current = [key(u) for u in range(n)]
    heap = list(current)
    heapq.heapify(heap)
    done_set = np.zeros(n, dtype=bool)
    order, width, cost = [], 0, 0
    for done in range(n):
        while True:
            entry = heapq.heappop(heap)
            u = entry[3]
            if not done_set[u] and entry == current[u]:
                break
        done_set[u] = True
        near = _eliminate(nbrs, u)
        width, cost = max(width, len(near)), cost + q ** (len(near) + 1)
        if max_width is not None and width > max_width:
            raise TooWide(width, done)
        if cost > cap:
            return None
        order.append(u)
        # fill changes for the neighbours and for any vertex that saw a pair of them connect
        touched = set(near)
        for x in near:
            touched |= nbrs[x]
        for y in touched:
            current[y] = key(y)
            heapq.heappush(heap, current[y])
    return order, width, cost


def sweep_order(n, edges, start):
    """Breadth-first order from `start` (then from every unreached vertex): eliminating a
    graph in this order keeps the frontier one BFS layer wide (a grid: its narrow side)."""
    nbrs = [sorted(s) for s in _adjacency(n, edges)]
    seen, order = np.zeros(n, dtype=bool), []
    for root in [start] + list(range(n)):
        if seen[root]:
            continue
        seen[root] = True
        queue, head = [root], 0
        while head < len(queue):
            u = queue[head]
            head += 1
            for v in nbrs[u]:
                if not seen[v]:
                    seen[v] = True
                    queue.append(v)
        order.extend(queue)
    return order


def order_cost(n, edges, order, q=2, max_width=None, cap=np.inf):
    """(order, width, cost) of a given order, None past `cap`, TooWide past max_width."""
    nbrs = _adjacency(n, edges)
    width, cost = 0, 0
    for done, u in enumerate(order):
        near = _eliminate(nbrs, u)
        width, cost = max(width, len(near)), cost + q ** (len(near) + 1)
        if max_width is not None and width > max_width:
            raise TooWide(width, done)
        if cost > cap:
            return None
    return list(order), width, cost


# Random restarts of min-fill and breadth-first sweeps tried per graph. Measured (random
# 3-regular, n = 100 / 140: min-fill width 19 / 26, best of 20 restarts 18 / 23; a 16 x 16
# grid: min-fill 22, the best sweep 16). Each candidate stops once its cost passes the best.
RESTARTS = 8
SWEEPS = 8


def best_order(n, edges, q=2, max_width=None, seed=0):
    """The cheapest (order, width, cost) among min-fill, its random restarts and sweeps.
    TooWide (the least width any candidate reached, the furthest it got) when every one
    passes max_width."""
    rng = np.random.default_rng(seed)
    degree = np.bincount(np.asarray(edges, dtype=np.int64).ravel(), minlength=n)
    starts = [int(np.argmin(degree))] + sorted(rng.choice(n, size=min(n, SWEEPS - 1), replace=False).tolist())
    # the cheap sweeps first: their cost is the cap that cuts the greedy searches short
    candidates = [lambda cap, s=s: order_cost(n, edges, sweep_order(n, edges, s), q, max_width, cap)
                  for s in starts]
    candidates += [lambda cap: greedy_order(n, edges, q, max_width, cap)]
    candidates += [lambda cap, r=r: greedy_order(n, edges, q, max_width, cap, np.random.default_rng([seed, r]))
                   for r in range(RESTARTS)]
    best, least = None, None
    for make in candidates:
        try:
            found = make(np.inf if best is None else best[2])
        except TooWide as exc:
            least = exc if least is None or (exc.width, -exc.done) < (least.width, -least.done) else least
            continue
        if found is not None and (best is None or found[2] < best[2]):
            best = found
    if best is None:
        raise least
    return best


def degeneracy(n, edges) -> int:
    """The largest minimum degree of any subgraph (peel the least connected vertex): a lower
    bound on the width of every elimination order."""
    nbrs = _adjacency(n, edges)
    degree = np.array([len(x) for x in nbrs], dtype=float)
    best = 0
    for _ in range(n):
        u = int(np.argmin(degree))
        best = max(best, int(degree[u]))
        degree[u] = np.inf
        for x in nbrs[u]:
            nbrs[x].discard(u)
            degree[x] -= 1
    return best


class Step:
    """One forward step: tables a (and b) -> out (scope in the order the step leaves it)."""

    def __init__(self, a, b, keep, scopes, q, labels=None):
        self.a, self.b = a, b
        self.forward = PairSpec(scopes[a], None if b is None else scopes[b], keep, q, labels)
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
            step.back_a = PairSpec(g, sb, scopes[step.a], q, target=scopes[step.a])
            self.adj_scopes[step.a] = step.back_a.out
            step.back_b = None
            if step.b is not None:
                step.back_b = PairSpec(g, scopes[step.a], scopes[step.b], q, target=scopes[step.b])
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
