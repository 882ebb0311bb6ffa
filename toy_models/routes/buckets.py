"""Bucket elimination by einsum: the plan a cheap graph is worth, compiled in ~10 us a vertex.

The pairwise plan of routes/elimination.py runs each step as a tuned batched matmul, but
compiling it costs ~80 us of Python per step (three specs: forward and two adjoints): a
10 x 10 grid's 278 steps take ~25 ms to compile and ~3.5 ms to run. A user who builds a
model and asks once pays the compilation, so graphs whose contraction is cheap take this
plan instead: eliminating vertex v is ONE einsum over the tables holding v (its bucket),
onto the variables they share with the rest of the graph. Compiling it is naming axes, the
steps are one per vertex, and the reverse pass one einsum per input. einsum's own loop is
no BLAS, so an einsum over many large tables is slower than the matmuls: routes/contraction.py
takes this plan only while its cost (table entries touched) stays small, CHEAP_COST.

The numbers are the linear kernel's of routes/_contract.py, the same rules: tables hold
e^(log potential) divided by a scale, an output whose bounds leave [FLOOR, HIGH] is read
and rescaled by its maximum (the ratio r), the reverse pass divides each adjoint by its
step's r. Where an entry would fall below FLOOR the run gives up (None) and the caller
takes the pairwise plan, whose log kernel is exact at any scale.

Reverse pass: with A_t = (scale of T_t / Z) dZ/dT_t, a step C = einsum(T_1..T_k) / r gives
A_i = einsum(A_C, T_j for j != i) / r, onto T_i's axes (v, summed in the step, appears in
every input but not in A_C: a one-input step broadcasts A_C along it); A_root = 1 / T_root,
and a leaf's marginal is T_leaf * A_leaf.
"""
from __future__ import annotations

import math

import numpy as np

from ._contract import FLOOR, HIGH, LOW


class Buckets:
    """One einsum per vertex of `order`: leaves (edge tables, then isolated sites), steps, roots.

    cost     entries touched by one forward pass (sum over steps of q^|variables of its inputs|)
    stored   entries of every table (all are kept for the reverse pass)
    """

    def __init__(self, n, q, edges, order, width):
        edges = np.asarray(edges, dtype=np.int64).reshape(-1, 2)
        self.n, self.q, self.order, self.width = n, q, list(order), width
        if sorted(self.order) != list(range(n)):
            raise ValueError(f"an elimination order must list each of the {n} vertices once")
        degree = np.bincount(edges.ravel(), minlength=n)
        self.isolated = np.flatnonzero(degree == 0)
        scopes = [tuple(e) for e in edges.tolist()] + [(int(i),) for i in self.isolated]
        self.n_leaves = len(scopes)
        holders = [[] for _ in range(n)]  # the live tables holding each variable
        for t, s in enumerate(scopes):
            for v in s:
                holders[v].append(t)
        self.steps = []  # (a, b or None, the step's layout: see _join / _sum)
        self.cost = 0
        for v in self.order:
            # the bucket's tables joined two at a time, v summed by the last join
            bucket = sorted(holders[v], key=lambda t: len(scopes[t]))
            for t in bucket:
                for x in scopes[t]:
                    if x != v:
                        holders[x].remove(t)
            while bucket:
                last = len(bucket) <= 2
                if len(bucket) == 1:
                    a, b = bucket[0], None
                    layout, out = _sum(scopes[a], v, q)
                    self.cost += q ** len(scopes[a])
                else:  # the pair with the fewest variables between them (a 3-regular graph's
                    # buckets hold several wide tables: joining the two most alike first)
                    a, b = bucket[:2] if last else min(
                        ((x, y) for k, x in enumerate(bucket) for y in bucket[k + 1:]),
                        key=lambda p: len(set(scopes[p[0]]).union(scopes[p[1]])))
                    layout, out = _join(scopes[a], scopes[b], v if last else None, q)
                    self.cost += q ** (len(out) + last)
                self.steps.append((a, b, layout))
                scopes.append(out)
                t_out = len(scopes) - 1
                bucket = [t for t in bucket if t != a and t != b]
                if not last:  # back into the bucket, in order of size
                    k = 0
                    while k < len(bucket) and len(scopes[bucket[k]]) < len(out):
                        k += 1
                    bucket.insert(k, t_out)
                else:
                    for x in out:
                        holders[x].append(t_out)
            holders[v] = []
        self.scopes = scopes
        self.roots = [t for t in range(self.n_leaves, len(scopes)) if not scopes[t]]
        self.stored = sum(q ** len(s) for s in scopes)

    def leaves(self, edge_logs, lone):
        """(tables, lo, offset): e^(log table - its max) of every leaf, their least entries
        and the maxima's sum; None when an entry falls below FLOOR."""
        tables = [None] * len(self.scopes)
        lo = [1.0] * len(self.scopes)
        offset = 0.0
        m = len(edge_logs)
        if m:
            mx = edge_logs.max(axis=(1, 2))
            T = np.exp(edge_logs - mx[:, None, None])
            least = T.min(axis=(1, 2))
            if least.min() < FLOOR:
                return None
            tables[:m], lo[:m] = list(T), least.tolist()
            offset += float(mx.sum())
        for k, L in enumerate(lone):
            top = float(np.max(L))
            t = np.exp(L - top)
            lo[m + k] = float(t.min())
            if lo[m + k] < FLOOR:
                return None
            tables[m + k], offset = t, offset + top
        return tables, lo, offset

    def forward(self, edge_logs, lone, keep=True):
        """(log Z, tables, ratios), every table kept (keep=False: each freed once used, for log Z
        alone); None when an entry falls below FLOOR."""
        start = self.leaves(edge_logs, lone)
        if start is None:
            return None
        tables, lo, offset = start
        hi = [1.0] * len(tables)
        ratios = [1.0] * len(self.steps)
        matmul = np.matmul
        t_out = self.n_leaves
        for i, (a, b, lay) in enumerate(self.steps):
            if b is None:
                c = tables[a].sum(axis=lay[0])
                low, high = lo[a], lay[1] * hi[a]
            else:
                pa, sha, pb, shb, shape, terms = lay[:6]
                c = matmul(tables[a].transpose(pa).reshape(sha), tables[b].transpose(pb).reshape(shb)).reshape(shape)
                low, high = lo[a] * lo[b], terms * hi[a] * hi[b]
            low, high = low * (1.0 - 1e-12), high * (1.0 + 1e-12)
            if low < FLOOR or high > HIGH:  # the bounds are not enough: read the table
                r, low = float(np.max(c)), float(np.min(c))
                if not (0.0 < r < np.inf) or low < FLOOR * max(1.0, r):
                    return None
                high = r
                if not LOW <= r <= HIGH:
                    c = c * (1.0 / r)
                    ratios[i] = r
                    offset += math.log(r)
                    low, high = low / r, 1.0
            tables[t_out], lo[t_out], hi[t_out] = c, low, high
            if not keep:
                tables[a] = None
                if b is not None:
                    tables[b] = None
            t_out += 1
        return offset + sum(math.log(tables[t]) for t in self.roots), tables, ratios

    def leaf_marginals(self, tables, ratios):
        """The marginal of every leaf table (edges, then isolated sites) by one reverse pass."""
        adj = [None] * len(tables)
        for t in self.roots:
            adj[t] = 1.0 / np.asarray(tables[t])
        matmul = np.matmul
        for i in range(len(self.steps) - 1, -1, -1):
            a, b, lay = self.steps[i]
            t_out = self.n_leaves + i
            g = adj[t_out]
            if ratios[i] != 1.0:
                g = g * (1.0 / ratios[i])
            if b is None:  # v summed alone: the adjoint is constant along it
                adj[a] = np.broadcast_to(np.expand_dims(g, lay[0]), lay[2])
            else:
                pa, sha, pb, shb, _, _, gsh, back_a, full_a, back_b, full_b = lay
                g = np.reshape(g, gsh)
                A = tables[a].transpose(pa).reshape(sha)
                B = tables[b].transpose(pb).reshape(shb)
                adj[a] = matmul(g, B.transpose(0, 2, 1)).reshape(full_a).transpose(back_a)
                adj[b] = matmul(A.transpose(0, 2, 1), g).reshape(full_b).transpose(back_b)
            adj[t_out] = tables[t_out] = None
        return [tables[k] * adj[k] for k in range(self.n_leaves)]

    def marginals(self, edge_logs, lone):
        """(log Z, leaf marginals), or None (an entry below FLOOR: take the log kernel)."""
        run = self.forward(edge_logs, lone)
        if run is None:
            return None
        log_z, tables, ratios = run
        return log_z, self.leaf_marginals(tables, ratios)

    def log_partition(self, edge_logs, lone):
        run = self.forward(edge_logs, lone, keep=False)
        return None if run is None else run[0]


def _sum(sa, v, q):
    """A table summed over v alone: (axis, terms, the table's shape), the output's scope."""
    return (sa.index(v), q, (q,) * len(sa)), tuple(x for x in sa if x != v)


def _join(sa, sb, v, q):
    """Two tables as one batched matmul (batch, free in a, v) @ (batch, v, free in b), v summed
    (None: nothing summed yet, more of the bucket to come); the output's scope is the
    matmul's own order (batch, free a, free b), so it is never transposed."""
    batch = [x for x in sa if x in sb and x != v]
    fa = [x for x in sa if x not in sb]
    fb = [x for x in sb if x not in sa]
    c = [] if v is None else [v]
    nb, na, nc, nf = q ** len(batch), q ** len(fa), q ** len(c), q ** len(fb)
    pa = tuple(sa.index(x) for x in batch + fa + c)
    pb = tuple(sb.index(x) for x in batch + c + fb)
    out = tuple(batch + fa + fb)
    layout = (pa, (nb, na, nc), pb, (nb, nc, nf), (q,) * len(out), nc, (nb, na, nf),
              _inverse(pa), (q,) * len(pa), _inverse(pb), (q,) * len(pb))
    return layout, out


def _inverse(perm):
    back = [0] * len(perm)
    for k, p in enumerate(perm):
        back[p] = k
    return tuple(back)
