"""Elimination orders for pairwise models on a graph: several strategies, one time budget.

Summing the variables out in an order v1, v2, ... (variable elimination) makes each
eliminated vertex's neighbours a clique; the order's WIDTH w (the most neighbours a vertex
has when eliminated) fixes the largest table, q^(w+1) entries, and its COST (the sum over
vertices of q^(clique size)) the entries a contraction touches. Finding the best order is
NP-hard; greedy heuristics with random tie-breaks are the standard answer, and which one
wins depends on the graph (measured, 20 runs each, on one loaded core):

    graph          min-fill             min-degree           breadth-first sweep
    grid 16 x 16   w 21-22, 54 ms/run   w 21-22, 4 ms/run    w 17-20, 2 ms/run
    3-regular 100  w 17-19, 13 ms/run   w 18-20, 1.7 ms/run  w 25-30, 1.4 ms/run
    4 x 4 x 4      w 16-17, 7 ms/run    w 16-18, 0.7 ms/run  w 14-18, 0.4 ms/run

so `best_order` runs them cheapest first (min-degree, sweeps, min-fill), then random
restarts of min-degree, min-fill and min-fill within a nested dissection (routes/dissection.py:
on 3-regular graphs it finds orders 1-2 narrower than min-fill alone) in turn, the one that
did best so far twice a round, and stops on a TIME BUDGET proportional to the contraction
the best order found so far would cost (searching longer than the contraction itself would
take is wasted): a first call on a 10 x 10 grid takes the first order, min-degree, in ~1 ms.
A candidate expected to overrun the budget is not started, and every candidate stops as soon
as its cost passes the best one's (or its width the caller's limit), so most restarts cost a
fraction of a full run. The result depends on the machine's speed only through how many
restarts fit: any order gives the same log Z (to rounding).
"""
from __future__ import annotations

import heapq
import time

import numpy as np


class TooWide(Exception):
    """Every order found passed max_width: `width` reached after eliminating `done` of n
    vertices (the candidate that got furthest with the least width)."""

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


def _fill(nbrs, u):
    s = nbrs[u]
    k = len(s)
    return k * (k - 1) // 2 - sum(len(s & nbrs[x]) for x in s) // 2  # edges missing among them


def greedy_order(n, edges, q=2, max_width=None, cap=np.inf, rng=None, rule="fill", rank=None):
    """(order, width, cost) of min-fill (rule "fill": fewest new edges, ties by fewest
    neighbours) or min-degree (rule "degree"), remaining ties at random with `rng`. None
    when the cost passes `cap` (a better order is known); TooWide past max_width. `rank`:
    a group per vertex, lower groups eliminated first (routes/dissection.py).
    A heap with stale entries skipped: O(n log n) choices, so long chains cost little."""
    nbrs = _adjacency(n, edges)
    noise = rng.random if rng is not None else (lambda: 0.0)
    group = rank if rank is not None else [0] * n
    if rule == "fill":
        def key(u):
            return (group[u], _fill(nbrs, u), len(nbrs[u]), noise(), u)
    else:
        def key(u):
            return (group[u], len(nbrs[u]), 0, noise(), u)
    current = [key(u) for u in range(n)]
    heap = list(current)
    heapq.heapify(heap)
    done_set = [False] * n
    order, width, cost = [], 0, 0
    for done in range(n):
        while True:
            entry = heapq.heappop(heap)
            u = entry[4]
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
        touched = set(near)
        if rule == "fill":  # a pair of u's neighbours joined: their common neighbours' fill drops
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
    seen, order = [False] * n, []
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


# The time budget of the search: SHARE x the seconds the best order found so far would take
# to contract (forward and reverse pass: SECONDS_PER_ENTRY per entry of its cost plus
# SECONDS_PER_VERTEX of Python, measured with routes/buckets.py on 10 x 10 to 20 x 20 grids on
# a loaded 2-core machine), never beyond MAX_SEARCH_SECONDS: a first call pays the search and
# the contraction, and the cheap candidates find the grids' best orders (measured: 16 x 16 and
# 20 x 20, a sweep, never bettered by longer searches), so the search gets a tenth of the
# contraction's time (it had a quarter: 8 ms of a 16 x 16 grid's first call of ~40 ms, for
# nothing better); a 10 x 10 grid takes the first order, min-degree (~1 ms). While no order
# fits max_width but a COMPLETE order (`narrowest`: min-degree, min-fill and a dissection run to
# the end, ~0.4 s at 180 vertices) came within NEAR of it, the search goes on to
# MAX_REFUSAL_SECONDS (the benchmark's 3-regular graph of 150 spins: width 25-26 complete, 24
# found within ~0.5 s); one wider than that is given up at once with that width (its 3-regular
# graph of 180: width 30, cotengra's trees 28: 2^29+ entries a table). Giving up is not a
# refusal: the contraction route then slices the graph (routes/sliced.py, whose search also
# finds single-piece orders: it runs every candidate to the end), so this search is short.
# A graph whose degeneracy passes max_width is given up at once: no order can fit it.
SHARE = 0.1
SECONDS_PER_ENTRY = 4e-9
SECONDS_PER_VERTEX = 2e-5
MAX_SEARCH_SECONDS = 2.0
MAX_REFUSAL_SECONDS = 0.5
NEAR = 3
MAX_REPORTED_VERTICES = 2000  # a refusal finishes complete orders to say their width up to this size
SWEEPS = 4  # breadth-first sweeps from the least connected vertex and a few random ones
# Nested dissection's parts of at most this many vertices are left to min-fill (measured on
# random 3-regular graphs of 100-180 spins, 12 runs: parts of 30 gave the least widths).
DISSECTION_LEAF = 30


RULES = ("degree", "fill", "dissection")
# A rule's first run is expected to take this many times the first min-degree run (measured
# on grids and 3-regular graphs of 100-400 vertices: sweeps ~0.5-1, min-fill 10-20, a
# nested dissection 100-200); later runs, as long as its last run took.
SLOWER = {"sweep": 1.0, "fill": 15.0, "dissection": 150.0}


def candidates(n, edges, q, max_width, seed, record):
    """(rule, order maker) pairs, cheapest and most often best first, then random restarts
    without end: each round tries every rule once and the one with the best `record` so far
    (best_order keeps it) once more. A maker is called with the cost cap (the best so far)."""
    rng = np.random.default_rng(seed)
    degree = np.bincount(np.asarray(edges, dtype=np.int64).ravel(), minlength=n)
    yield "degree", lambda cap: greedy_order(n, edges, q, max_width, cap, rule="degree")
    starts = [int(np.argmin(degree))] + rng.choice(n, size=min(n, SWEEPS - 1), replace=False).tolist()
    for s in starts:
        yield "sweep", lambda cap, s=s: order_cost(n, edges, sweep_order(n, edges, s), q, max_width, cap)
    yield "fill", lambda cap: greedy_order(n, edges, q, max_width, cap, rule="fill")
    r = 0
    while True:
        tried = [x for x in RULES if x in record]
        leader = min(tried, key=record.get) if tried else None
        for rule in RULES + ((leader,) if leader else ()):
            yield rule, lambda cap, g=np.random.default_rng([seed, r]), rule=rule: _restart(
                n, edges, q, max_width, cap, g, rule)
            r += 1


def _restart(n, edges, q, max_width, cap, rng, rule):
    if rule != "dissection":
        return greedy_order(n, edges, q, max_width, cap, rng, rule)
    from .dissection import dissection_ranks
    rank = dissection_ranks(n, _adjacency(n, edges), rng, DISSECTION_LEAF)
    return greedy_order(n, edges, q, max_width, cap, rng, "fill", rank)


def best_order(n, edges, q=2, max_width=None, seed=0, budget=None, tries=None):
    """The cheapest (order, width, cost) the strategies find within the time budget (module
    constants; `budget` seconds overrides it, `tries` caps the number of candidates, for
    deterministic results). TooWide when every candidate passes max_width: the width of the
    narrowest complete order (`narrowest`), or where the candidates stopped."""
    edges = np.asarray(edges, dtype=np.int64).reshape(-1, 2)
    start = time.process_time()
    best, least, doomed, reach = None, None, None, None
    record = {}  # rule -> its best result: (0, cost) found, (1, width, -done) too wide
    took, skipped = {}, 0  # rule -> seconds its last run took; candidates skipped in a row
    for k, (rule, make) in enumerate(candidates(n, edges, q, max_width, seed, record)):
        if tries is not None and k >= tries:
            break
        # the first (min-degree) always runs; the other cheap ones (sweeps, min-fill) too while
        # no order fits (a 20 x 20 grid: min-degree width 27, a sweep 20)
        if tries is None and k > 0 and not (best is None and k <= SWEEPS + 1):
            spent = time.process_time() - start
            if budget is not None:
                limit = budget
            elif best is None:  # nothing fits yet: search on while a complete order came near
                if doomed is None:
                    doomed = hopeless(n, edges, max_width)
                    reach = narrowest(n, edges, q, seed, least, doomed)
                near = not doomed and reach.done >= n and reach.width <= max_width + NEAR
                # as long as a quarter of a contraction whose every step is just past the limit
                limit = min(MAX_REFUSAL_SECONDS, SHARE * contraction_seconds(n, n * q ** (max_width + 2))) if near else 0.0
            else:
                limit = min(MAX_SEARCH_SECONDS, SHARE * contraction_seconds(n, best[2]))
            if spent >= limit or skipped > 2 * len(RULES) + 2:
                break
            # a candidate expected to overrun the budget is not started (a dissection of a
            # 20 x 20 grid takes ~1 s, a min-degree run 5 ms): the budget stays a budget
            if spent + took.get(rule, SLOWER.get(rule, 1.0) * took["degree"]) > limit:
                skipped += 1
                continue
        skipped = 0
        t = time.process_time()
        try:
            found = make(np.inf if best is None else best[2])
        except TooWide as exc:
            found = exc
        took[rule] = time.process_time() - t
        if isinstance(found, TooWide):
            if least is None or (found.width, -found.done) < (least.width, -least.done):
                least = found
            record[rule] = min(record.get(rule, (2,)), (1, found.width, -found.done))
            continue
        if found is not None and (best is None or found[2] < best[2]):
            best = found
            record[rule] = (0, found[2])
        if best is not None and best[1] <= 1:  # a forest: nothing can be cheaper in width
            break
    if best is None:
        raise reach or narrowest(n, edges, q, seed, least, hopeless(n, edges, max_width))
    return best


def narrowest(n, edges, q, seed, least, doomed):
    """The refusal: TooWide with the width of the narrowest COMPLETE order of min-degree,
    min-fill and a nested dissection (the search stops its candidates past max_width, so the
    widths it saw are only where they stopped); `least` itself when no order can fit anyway
    (the degeneracy passes the limit) or the graph is too large to finish them cheaply."""
    if doomed or n > MAX_REPORTED_VERTICES:
        return least
    found = []
    for rule in RULES:
        found.append(_restart(n, edges, q, None, np.inf, np.random.default_rng([seed, 1]), rule)[1])
    return TooWide(min(found), n)


def contraction_seconds(n, cost) -> float:
    """Rough CPU seconds of a contraction (forward and reverse pass) of this cost."""
    return SECONDS_PER_ENTRY * cost + SECONDS_PER_VERTEX * n


def hopeless(n, edges, max_width) -> bool:
    """True when no order can have width <= max_width (the degeneracy is a lower bound)."""
    return max_width is not None and degeneracy(n, edges) > max_width


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
