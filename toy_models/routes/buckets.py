"""Bucket elimination with plain matmuls: a plan compiled in ~10 us a vertex.

The pairwise plan of routes/elimination.py tunes every step's memory layout (three specs a
step: forward and two adjoints), which costs ~80 us of Python per step to compile: a 10 x 10
grid's 278 steps took ~25 ms to compile and ~3 ms to run, so a user who builds a model and
asks once paid mostly compilation. This plan makes the same kind of steps (eliminating v
joins v's tables two at a time, the pair with the fewest variables left first; a join sums
every variable no other table holds) but lays each out the simplest way: transpose and
reshape both inputs into (batch, free, contracted) x (batch, contracted, free) for one
np.matmul, the output kept in the matmul's own axis order. Compiling is naming axes;
running is as fast as the tuned plan (measured: 10 x 10 grid 2 ms against 3 ms, 20 x 20
0.7 s against 0.8 s, 3-regular 100 spins 4.4 ms against 4.3 ms).

The numbers are the linear kernel's of routes/_contract.py, the same rules: tables hold
e^(log potential) divided by a scale, an output whose bounds leave [FLOOR, HIGH] is read
and rescaled by its maximum (the ratio r), the reverse pass divides each adjoint by its
step's r. Where an entry would fall below FLOOR the run gives up (None) and the caller
takes the pairwise plan, whose log kernel is exact at any scale; the checkpointed reverse
pass and the autograd trace are the pairwise plan's too (routes/contraction.py, Planned).

Reverse pass: with A_t = (scale of T_t / Z) dZ/dT_t, a join C = (A @ B) / r gives
A_A = (A_C @ B^T) / r and A_B = (A^T @ A_C) / r in the matmul's shapes, then back to each
table's axes (broadcast along the axes it summed alone); A_root = 1 / T_root, and a leaf's
marginal is T_leaf * A_leaf. A and B are the forward pass's own operands, kept instead of the
tables they were laid out from (laying them out again cost the reverse pass ~20%: 16 x 16 grid
41 -> 35 ms, 3-regular 100 spins 3.6 -> 2.6 ms, the same numbers to the bit).
"""
from __future__ import annotations

import math

import numpy as np

from ._contract import FLOOR, HIGH, LOW


class Buckets:
    """The joins and sums of `order`: leaves (stars of edge tables, then isolated sites), steps, roots.

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
        self.m, self.stars = len(edges), _stars(edges, self.order, q)
        scopes = [scope for scope, _, _ in self.stars] + [(int(i),) for i in self.isolated]
        self.n_leaves = len(scopes)
        holders = [set() for _ in range(n)]  # the live tables holding each variable
        for t, s in enumerate(scopes):
            for v in s:
                holders[v].add(t)
        self.steps = []  # (a, b or None, the step's layout: see _join / _sum)
        self.cost = 0
        for v in self.order:
            # v's tables joined two at a time, the pair with the fewest variables left first
            # (a 3-regular graph's buckets hold several wide tables); a join sums every
            # variable no other table holds (v at the last join, and any later vertex whose
            # tables all meet here: on a 3-regular graph that keeps ~10x fewer entries)
            while holders[v]:
                bucket = sorted(holders[v])
                if len(bucket) == 1:
                    a, b = bucket[0], None
                elif len(bucket) == 2:
                    a, b = bucket
                else:
                    a, b = min(((x, y) for k, x in enumerate(bucket) for y in bucket[k + 1:]),
                               key=lambda p: _size(scopes[p[0]], scopes[p[1]], holders))
                sa, sb = scopes[a], () if b is None else scopes[b]
                union = sa + tuple(x for x in sb if x not in sa)
                # x stays when a table besides a and b holds it (a and b hold it if it is theirs)
                summed = {x for x in union if len(holders[x]) <= (x in sa) + (x in sb)}
                if b is None:
                    layout, out = _sum(sa, summed, q)
                else:
                    layout, out = _join(sa, sb, summed, q)
                self.cost += q ** len(union)
                self.steps.append((a, b, layout))
                scopes.append(out)
                t_out = len(scopes) - 1
                for x in sa:
                    holders[x].discard(a)
                for x in sb:
                    holders[x].discard(b)
                for x in out:
                    holders[x].add(t_out)
        self.scopes = scopes
        self.roots = [t for t in range(self.n_leaves, len(scopes)) if not scopes[t]]
        self.flip = np.zeros(self.m, dtype=bool)  # an edge whose centre is its second end
        self.groups = []  # (first leaf, edge indices (stars, k)) per size k of star
        for k in sorted({len(chunk) for _, _, chunk in self.stars}):
            first = next(t for t, st in enumerate(self.stars) if len(st[2]) == k)
            self.groups.append((first, np.array([chunk for _, _, chunk in self.stars if len(chunk) == k],
                                                dtype=np.int64).reshape(-1, k)))
        for _, c, chunk in self.stars:
            for e in chunk:
                self.flip[e] = edges[e, 0] != c
        self.cost += sum(q ** len(scope) for scope, _, chunk in self.stars if len(chunk) > 1)
        self.stored = sum(q ** len(s) for s in scopes)

    def leaves(self, edge_logs, lone):
        """(tables, lo, offset): e^(log table - its max) of every leaf, their least entries
        and the maxima's sum; None when an entry falls below FLOOR."""
        tables = [None] * len(self.scopes)
        lo = [1.0] * len(self.scopes)
        offset = 0.0
        m = len(self.stars)
        if len(edge_logs):
            mx = edge_logs.max(axis=(1, 2))
            T = np.exp(edge_logs - mx[:, None, None])
            least = T.min(axis=(1, 2))
            if least.min() < FLOOR:
                return None
            offset += float(mx.sum())
            T[self.flip] = T[self.flip].transpose(0, 2, 1)  # each edge with its star's centre first
            for start, idx in self.groups:  # the stars of k edges: one broadcast product for all
                star = T[idx[:, 0]]
                for j in range(1, idx.shape[1]):
                    star = star[..., None] * T[idx[:, j]].reshape((len(idx), self.q) + (1,) * j + (self.q,))
                tables[start:start + len(idx)] = list(star)
                lo[start:start + len(idx)] = np.prod(least[idx], axis=1).tolist()  # a lower bound
        for k, L in enumerate(lone):
            top = float(np.max(L))
            t = np.exp(L - top)
            lo[m + k] = float(t.min())
            if lo[m + k] < FLOOR:
                return None
            tables[m + k], offset = t, offset + top
        return tables, lo, offset

    def forward(self, edge_logs, lone, keep=True):
        """(log Z, tables, ratios, operands); None when an entry falls below FLOOR.

        keep=True (for the reverse pass): each join's two matmul operands are kept in `operands`, laid out
        as the matmul read them, and the intermediate tables they were read from are dropped (the reverse
        pass needs a table only as an operand: it no longer lays each out a second time; the leaves and
        the roots stay in `tables`). Nothing more is held than the tables were (an operand is its table,
        summed over its lone axes or transposed), so `stored` still bounds it. keep=False (log Z alone):
        every table freed once used, no operands."""
        start = self.leaves(edge_logs, lone)
        if start is None:
            return None
        tables, lo, offset = start
        hi = [1.0] * len(tables)
        ratios = [1.0] * len(self.steps)
        operands = [None] * len(self.steps)
        matmul = np.matmul
        n_leaves = t_out = self.n_leaves
        for i, (a, b, lay) in enumerate(self.steps):
            if b is None:
                c = tables[a].sum(axis=lay[0])
                low, high = lo[a], lay[1] * hi[a]
            else:
                pa, sha, pb, shb, shape, terms = lay[:6]
                ta, tb = tables[a], tables[b]
                if lay[11]:
                    ta = ta.sum(axis=lay[11])
                if lay[13]:
                    tb = tb.sum(axis=lay[13])
                A, B = ta.transpose(pa).reshape(sha), tb.transpose(pb).reshape(shb)
                c = matmul(A, B).reshape(shape)
                if keep:
                    operands[i] = (A, B)
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
            for t in (a, b):   # a table is consumed once; a leaf is kept for its marginal
                if t is not None and (not keep or t >= n_leaves):
                    tables[t] = None
            t_out += 1
        return offset + sum(math.log(tables[t]) for t in self.roots), tables, ratios, operands

    def leaf_marginals(self, tables, ratios, operands):
        """The marginal of every leaf table (edges, then isolated sites) by one reverse pass over
        forward(keep=True)'s tables (leaves and roots), ratios and operands."""
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
            if b is None:  # summed alone: the adjoint is constant along the summed axes
                adj[a] = np.broadcast_to(np.expand_dims(g, lay[0]), lay[2])
            else:
                gsh, back_a, full_a, back_b, full_b, alone_a, shape_a, alone_b, shape_b = lay[6:]
                g = np.reshape(g, gsh)
                A, B = operands[i]
                operands[i] = None
                ga = matmul(g, B.transpose(0, 2, 1)).reshape(full_a).transpose(back_a)
                gb = matmul(A.transpose(0, 2, 1), g).reshape(full_b).transpose(back_b)
                adj[a] = np.broadcast_to(np.expand_dims(ga, alone_a), shape_a) if alone_a else ga
                adj[b] = np.broadcast_to(np.expand_dims(gb, alone_b), shape_b) if alone_b else gb
            adj[t_out] = tables[t_out] = None
        edge = np.empty((self.m, self.q, self.q))
        for start, idx in self.groups:  # a star's marginal summed to each of its edges'
            P = np.stack([tables[t] * adj[t] for t in range(start, start + len(idx))])
            k = idx.shape[1]
            for j in range(k):
                edge[idx[:, j]] = P.sum(axis=tuple(2 + i for i in range(k) if i != j)) if k > 1 else P
        edge[self.flip] = edge[self.flip].transpose(0, 2, 1)
        return list(edge) + [tables[t] * adj[t] for t in range(len(self.stars), self.n_leaves)]

    def marginals(self, edge_logs, lone):
        """(log Z, leaf marginals), or None (an entry below FLOOR: take the log kernel)."""
        run = self.forward(edge_logs, lone)
        if run is None:
            return None
        log_z, tables, ratios, operands = run
        return log_z, self.leaf_marginals(tables, ratios, operands)

    def log_partition(self, edge_logs, lone):
        run = self.forward(edge_logs, lone, keep=False)
        return None if run is None else run[0]


# Edge tables are joined into STARS before the contraction: every edge goes to its endpoint
# eliminated first (the centre), and a centre's edges make one table over the centre and their
# other ends (at most MAX_STAR_EDGES of them and MAX_STAR_ENTRIES entries a star), built for all
# stars of one size by one broadcast product. A star's variables are all in its centre's
# elimination clique, so the width is unchanged, and there are fewer, larger steps: a grid's 2
# edges a vertex make 1 table (a 10 x 10 grid: 179 steps -> ~100; compiling and running are ~10 us
# of Python a step). The reverse pass gives each star's marginal; its edges' are its sums.
MAX_STAR_EDGES = 3
MAX_STAR_ENTRIES = 64


def _stars(edges, order, q):
    """[(scope, centre, edge indices)] grouped by size: each edge once, its centre first in scope."""
    pos = np.empty(len(order), dtype=np.int64)
    pos[np.asarray(order, dtype=np.int64)] = np.arange(len(order))
    most = 1
    while most < MAX_STAR_EDGES and q ** (most + 2) <= MAX_STAR_ENTRIES:
        most += 1
    by_centre = {}
    for e, (i, j) in enumerate(edges.tolist()):
        c, o = (i, j) if pos[i] <= pos[j] else (j, i)
        chunks = by_centre.setdefault(c, [[]])
        if len(chunks[-1]) >= 2 * most or o in chunks[-1][1::2]:  # full (edge, other end) pairs, or a repeated pair
            chunks.append([])
        chunks[-1] += [e, o]
    stars = [((c,) + tuple(chunk[1::2]), c, chunk[0::2]) for c, chunks in by_centre.items() for chunk in chunks]
    return sorted(stars, key=lambda st: len(st[2]))


def _size(sa, sb, holders):
    """(variables a join of these scopes keeps, variables it touches): the pair to join first is
    the least."""
    union = set(sa).union(sb)
    return (sum(1 for x in union if len(holders[x]) > (x in sa) + (x in sb)), len(union))


def _sum(sa, summed, q):
    """A table summed over some of its variables: (axes, terms, the table's shape), the
    output's scope."""
    axes = tuple(k for k, x in enumerate(sa) if x in summed)
    return (axes, q ** len(axes), (q,) * len(sa)), tuple(x for x in sa if x not in summed)


def _join(sa, sb, summed, q):
    """Two tables as one batched matmul (batch, free in a, contracted) @ (batch, contracted,
    free in b), the variables `summed` contracted (in both) or summed first (in one alone);
    the output's scope is the matmul's own order (batch, free a, free b): never transposed."""
    in_a, in_b = set(sa), set(sb)
    alone_a = tuple(k for k, x in enumerate(sa) if x in summed and x not in in_b)
    alone_b = tuple(k for k, x in enumerate(sb) if x in summed and x not in in_a)
    ra = [x for x in sa if x in in_b or x not in summed] if alone_a else list(sa)  # after summing
    rb = [x for x in sb if x in in_a or x not in summed] if alone_b else list(sb)  # the lone axes
    batch, c, fa = [], [], []
    for x in ra:
        (fa if x not in in_b else c if x in summed else batch).append(x)
    fb = [x for x in rb if x not in in_a]
    nb, na, nc, nf = q ** len(batch), q ** len(fa), q ** len(c), q ** len(fb)
    pa = tuple(map(ra.index, batch + fa + c))
    pb = tuple(map(rb.index, batch + c + fb))
    out = tuple(batch + fa + fb)
    terms = nc * q ** (len(alone_a) + len(alone_b))
    layout = (pa, (nb, na, nc), pb, (nb, nc, nf), (q,) * len(out), terms, (nb, na, nf),
              _inverse(pa), (q,) * len(pa), _inverse(pb), (q,) * len(pb),
              alone_a, (q,) * len(sa), alone_b, (q,) * len(sb))
    return layout, out


def _inverse(perm):
    back = [0] * len(perm)
    for k, p in enumerate(perm):
        back[p] = k
    return tuple(back)
