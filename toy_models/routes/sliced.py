"""Slicing: a graph too wide to contract in one piece, contracted as a sum of narrower pieces.

When the narrowest elimination order found has width w > max_width (a table would pass
MAX_TABLE_ENTRIES), condition on a few variables C (the CUT): for each of the q^|C| values
x_C the rest of the graph is a model of its own, G - C, whose site tables absorb the edges
into C (edge (c, j) adds pair[e, x_c, :] to j's table) and whose constant is the cut's own
terms. Then

    Z = sum_{x_C} e^{const(x_C)} Z_{G - C}(x_C),

each slice contracted with ONE plan of G - C (same graph for every slice, different site
tables), its log Z summed in log space. A slice needs only the memory of G - C, so the
limit is on the slice's width; the price is q^|C| contractions (cotengra's `slicing`, here
on elimination orders). Exact: every slice is a contraction of the usual kernels
(routes/_contract.py, buckets.py), and the sum is a log-sum-exp of float64 log values.

The negative phase: every marginal is the slices' marginals weighted by w(x_C) =
Z(x_C) / Z (computed in log space, normalised as the sum runs):
    P(x_i, x_j) = sum_{x_C} w(x_C) P(x_i, x_j | x_C)       an edge of G - C
    P(x_c = a, x_j) = sum_{x_C: x_c = a} w(x_C) P(x_j | x_C)  an edge into the cut
    P(x_c = a, x_d = b) = sum_{x_C: x_c = a, x_d = b} w(x_C)  an edge inside the cut
so the gradient costs one forward and one reverse pass per slice, in the slice's memory.

The cut is chosen greedily on an order of G: the vertex in the most (q^size-weighted) of
the order's cliques wider than the limit, among a few candidates the one whose removal
leaves the cheapest elimination (the same order without it: removing a vertex never adds
fill), until the width fits; then while one more cut variable lowers the total cost
(q^|C| x the slice's cost). Several base orders (min-degree, min-fill, nested dissection,
random tie-breaks) are tried within a time budget, and the best cut's slice graph gets an
order search of its own (routes/orders.py). Measured figures: benchmarks/bench_reach.py.
"""
from __future__ import annotations

import math
import time

import numpy as np
from autograd.tracer import getval

from . import orders

# The search: at most this share of the estimated contraction time, within [MIN, MAX] CPU
# seconds (a slicing plan is found once per graph structure and cached).
SHARE = 0.25
MIN_SEARCH_SECONDS = 0.05
MAX_SEARCH_SECONDS = 2.0
AGAIN_SECONDS = 0.5
RULES = ("degree", "fill", "dissection")
CANDIDATES = 6  # vertices scored highest, each tried as the next cut variable
MAX_CUT = 24
PER_VERTEX_ENTRIES = orders.SECONDS_PER_VERTEX / orders.SECONDS_PER_ENTRY  # a slice's Python, in entries  # never more than q^24 slices (a time refusal comes long before)


def _elimination(n, edges, order, removed):
    """(width, cliques) of `order` on the graph without `removed` (a clique: the eliminated
    vertex with its neighbours then, one per vertex)."""
    nbrs = [set() for _ in range(n)]
    for i, j in edges:
        if i not in removed and j not in removed:
            nbrs[i].add(j)
            nbrs[j].add(i)
    width, cliques = 0, []
    for u in order:
        if u in removed:
            continue
        near = orders._eliminate(nbrs, u)
        width = max(width, len(near))
        cliques.append((u, *near))
    return width, cliques


def _cost(cliques, q):
    """Entries one slice touches with this elimination (q^size a clique, as orders.py counts),
    plus its Python (orders.SECONDS_PER_VERTEX a vertex) in entries of the same time."""
    return sum(q ** len(c) for c in cliques) + len(cliques) * PER_VERTEX_ENTRIES


def greedy_cut(n, edges, order, q, limit, max_cut=MAX_CUT):
    """(cut, width, total cost) for one order: cut variables added greedily until the order
    restricted to the rest has width <= limit, then while one more still lowers the total
    cost q^|cut| x (a slice's cost). None when more than max_cut would be needed."""
    edges = [tuple(e) for e in np.asarray(edges).reshape(-1, 2).tolist()]
    cut = set()
    width, cliques = _elimination(n, edges, order, cut)
    total = _cost(cliques, q)
    while True:
        fits = width <= limit
        if len(cut) >= max_cut:
            return (sorted(cut), width, total) if fits else None
        # the cliques that set the width (all those past the limit while it does not fit),
        # each vertex scored by the entries of the cliques it is in
        least = width + 1 if fits else limit + 2
        score = {}
        for c in cliques:
            if len(c) >= least:
                for v in c:
                    score[v] = score.get(v, 0) + q ** len(c)
        best = None
        for v in sorted(score, key=lambda v: (-score[v], v))[:CANDIDATES]:
            w, cl = _elimination(n, edges, order, cut | {v})
            key = (max(w, limit), q ** (len(cut) + 1) * _cost(cl, q))
            if best is None or key < best[0]:
                best = (key, w, cl, v)
        if best is None or (fits and best[0][1] >= total):
            return (sorted(cut), width, total) if fits else None
        cut.add(best[3])
        width, cliques, total = best[1], best[2], best[0][1]


def _rules(record):
    """The base orders' rules: each once, then rounds of each once and the one with the
    cheapest cut so far (`record`) twice more (on 3-regular graphs nested dissection's
    orders need ~10x fewer entries than min-fill's, min-degree's ~100x more)."""
    yield from RULES
    while True:
        leader = min(record, key=record.get) if record else RULES[-1]
        yield from RULES + (leader, leader)


def search(n, edges, q, limit, max_seconds, seed=0):
    """The cheapest (cut, sub_order, sub_width, sub_edges) found, or None when no cut of at
    most MAX_CUT variables fits. The search takes SHARE of the contraction's estimated time
    (orders.contraction_seconds, every slice), within [MIN, MAX]_SEARCH_SECONDS, and stops
    after one round of rules when even the best cut would take 8 x max_seconds."""
    edges = np.asarray(edges, dtype=np.int64).reshape(-1, 2)
    start = time.process_time()
    best, record = None, {}
    for r, rule in enumerate(_rules(record)):
        rng = np.random.default_rng([seed, r])
        order = orders._restart(n, edges, q, None, np.inf, rng, rule)[0]
        found = greedy_cut(n, edges, order, q, limit)
        if found is not None:
            record[rule] = min(record.get(rule, np.inf), found[2])
            if best is None or found[2] < best[0]:
                best = (found[2], found[0], order)
        spent = time.process_time() - start
        if best is None:
            budget = MAX_SEARCH_SECONDS if r < len(RULES) else 0.0
        else:
            seconds = orders.contraction_seconds(n * q ** len(best[1]), best[0])
            budget = 0.0 if seconds > 8 * max_seconds and r >= len(RULES) - 1 else min(
                MAX_SEARCH_SECONDS, max(MIN_SEARCH_SECONDS, SHARE * seconds))
        if spent >= budget:
            break
    if best is None:
        return None
    _, cut, order = best
    sub_edges, _, _ = split_edges(n, edges, cut)
    index = np.full(n, -1)
    rest = np.setdiff1d(np.arange(n), cut)
    index[rest] = np.arange(len(rest))
    own = orders.order_cost(len(rest), sub_edges, [int(index[u]) for u in order if index[u] >= 0], q)
    try:  # an order search of the slice graph itself, a quarter of the time spent so far
        again = orders.best_order(len(rest), sub_edges, q, limit, seed,
                                  budget=min(AGAIN_SECONDS, 0.25 * (time.process_time() - start)))
        if again[2] < own[2]:
            own = again
    except orders.TooWide:
        pass
    return list(cut), own[0], own[1], sub_edges


def slice_plan(n, q, edges, limit, width, planned, max_seconds):
    """A Sliced plan (the cut, one `planned` (contraction.Planned) for the rest), or None when
    no cut fits; `width`: the narrowest order found for the whole graph (for messages)."""
    found = search(n, edges, q, limit, max_seconds)
    if found is None:
        return None
    cut, order, sub_width, sub_edges = found
    if not cut:  # a single piece fits after all (this search runs every order to the end)
        return planned(n, q, sub_edges, order, sub_width)
    return Sliced(n, q, edges, cut, planned(n - len(cut), q, sub_edges, order, sub_width), width)


def split_edges(n, edges, cut):
    """(sub_edges relabelled to the rest, into-cut edges, inside-cut edges): an edge into the
    cut as (edge, its cut vertex's place in `cut`, the other end's new label, the cut end's
    axis 0 or 1); inside the cut as (edge, place of end 0, place of end 1)."""
    edges = np.asarray(edges, dtype=np.int64).reshape(-1, 2)
    place = np.full(n, -1)
    place[np.asarray(cut, dtype=np.int64)] = np.arange(len(cut))
    rest = place < 0
    index = np.cumsum(rest) - 1
    a, b = rest[edges[:, 0]], rest[edges[:, 1]]
    inner = np.flatnonzero(a & b)
    sub_edges = index[edges[inner]]
    into = []
    for axis, e in ((0, np.flatnonzero(~a & b)), (1, np.flatnonzero(a & ~b))):
        into.append(np.stack([e, place[edges[e, axis]], index[edges[e, 1 - axis]],
                              np.full(len(e), axis)], axis=1))
    inside = np.flatnonzero(~a & ~b)
    return (sub_edges.reshape(-1, 2), np.concatenate(into).reshape(-1, 4),
            np.stack([inside, place[edges[inside, 0]], place[edges[inside, 1]]], axis=1))


class Sliced:
    """The slices of one graph: the cut, the plan of the rest (a contraction.Planned), and how
    each edge and site enters a slice. `cost` and `steps` count every slice (time estimates);
    `stored` and `full` are one slice's (memory is one slice's: slices run one at a time)."""

    def __init__(self, n, q, edges, cut, sub_planned, width):
        self.n, self.q, self.cut, self.sub = n, q, np.asarray(cut, dtype=np.int64), sub_planned
        self.width = width  # the width of the whole graph's order (the slices': sub.width)
        edges = np.asarray(edges, dtype=np.int64).reshape(-1, 2)
        self.m = len(edges)
        self.sub_edges, self.into, self.inside = split_edges(n, edges, self.cut)
        self.rest = np.setdiff1d(np.arange(n), self.cut)
        self.inner = np.flatnonzero(np.all(np.isin(edges, self.rest), axis=1))
        k = len(self.cut)
        self.n_slices = q ** k
        self.cost = self.n_slices * sub_planned.cost
        self.steps = range(self.n_slices * len(sub_planned.steps))  # only its length is read
        self.stored, self.isolated = sub_planned.stored, ()
        # each into-cut edge's row of pair (or of pair transposed), summed into its site
        self.scatter = np.zeros((len(self.rest), len(self.into)))
        self.scatter[self.into[:, 2], np.arange(len(self.into))] = 1.0

    def values(self):
        """The cut's values, one slice after another (x[k]: the value of cut[k])."""
        shape = (self.q,) * len(self.cut)
        for s in range(self.n_slices):
            yield np.array(np.unravel_index(s, shape), dtype=np.int64)

    @property
    def full(self):
        return self.sub.full

    def slice_tables(self, pair, unary, x, xp=np):
        """(pair, unary, constant) of the slice where the cut takes the values x."""
        q, e, c, axis = self.q, self.into[:, 0], self.into[:, 1], self.into[:, 3]
        rows = xp.reshape(pair, (-1, q))  # row e q + a: pair[e, a, :]
        cols = xp.reshape(xp.transpose(pair, (0, 2, 1)), (-1, q))  # row e q + a: pair[e, :, a]
        pick = e * q + x[c]
        zero = axis == 0
        added = xp.dot(self.scatter[:, zero], rows[pick[zero]]) + xp.dot(self.scatter[:, ~zero], cols[pick[~zero]])
        sub_unary = unary[self.rest] + added
        flat_u, flat_p = xp.reshape(unary, (-1,)), xp.reshape(pair, (-1,))
        i = self.inside
        const = xp.sum(flat_u[self.cut * q + x]) + xp.sum(flat_p[i[:, 0] * q * q + x[i[:, 1]] * q + x[i[:, 2]]])
        return pair[self.inner], sub_unary, const

    def log_partition(self, pair, unary, log_partition_of, xp=np):
        """log Z = log-sum-exp over the slices; traceable with xp = autograd.numpy. `log_partition_of` is the
        contraction of one piece (contraction.py passes its own: the route above, never imported from here)."""
        parts = []
        for x in self.values():
            sub_pair, sub_unary, const = self.slice_tables(pair, unary, x, xp)
            parts.append(const + log_partition_of(self.sub, self.sub_edges, sub_pair, sub_unary, xp))
        parts = xp.stack(parts) if xp is not np else np.array(parts, dtype=np.float64)
        top = float(np.max(getval(parts)))
        return top + xp.log(xp.sum(xp.exp(parts - top)))

    def marginals(self, pair, unary, marginals):
        """(log Z, edge marginals (m, q, q), site marginals (n, q)): the slices' marginals
        weighted by Z(x_C) / Z, the running sum renormalised in log space as it goes. `marginals` is the
        contraction of one piece (passed by contraction.py)."""
        q = self.q
        edge, site, total = np.zeros((self.m, q, q)), np.zeros((self.n, q)), -np.inf
        e, c, j, axis = self.into.T
        i = self.inside
        for x in self.values():
            sub_pair, sub_unary, const = self.slice_tables(pair, unary, x)
            log_z, sub_edge, sub_site = marginals(self.sub, self.sub_edges, sub_pair, sub_unary)
            log_z += float(const)
            new = np.logaddexp(total, log_z)
            keep, w = math.exp(total - new), math.exp(log_z - new)
            edge *= keep
            site *= keep
            edge[self.inner] += w * sub_edge
            zero = axis == 0
            edge[e[zero], x[c[zero]], :] += w * sub_site[j[zero]]  # P(x_c = a, x_j) into the cut
            edge[e[~zero], :, x[c[~zero]]] += w * sub_site[j[~zero]]
            edge[i[:, 0], x[i[:, 1]], x[i[:, 2]]] += w
            site[self.rest] += w * sub_site
            site[self.cut, x] += w
            total = new
        return float(total), edge, site
