"""Nested dissection: an elimination order from small vertex separators, found recursively.

Greedy orders (min-fill, min-degree) look one vertex ahead; on expanders such as random
3-regular graphs they pay for it (a 3-regular graph of 150 spins: min-fill width 28 in 20
restarts, cotengra's partition-based trees 24). Nested dissection looks at the whole graph:
split the vertices into A | S | B with no edge between A and B and S small, order A and B
recursively, then S. Every table made while eliminating A then involves only A's own
separators and S, so the width is bounded by the separators above a vertex.

The separator: a spectral bisection (the Fiedler vector, split at a random quantile near
the median), improved by Fiduccia-Mattheyses passes (single moves, best cut kept), then the
smallest vertex cover of the cut edges (König: from a maximum matching of the bipartite cut
graph), the smallest separator that cut admits; the best of TRIES perturbed bisections. Parts of at most LEAF vertices are ordered by min-degree.
"""
from __future__ import annotations

import numpy as np

LEAF = 12  # the default; routes/orders.py passes its own
BALANCE = 0.35  # each side keeps at least this share of the vertices
# Bisections tried per part (the Fiedler vector, then perturbed). Measured on 3-regular graphs
# of 100 / 150 / 180 spins, 8 runs: 1 try, least width 18 / 25 / 32; 16 tries, 15 / 23 / 29.
TRIES = 12


def dissection_order(n, nbrs, rng, leaf=None) -> list:
    """An elimination order of all n vertices (nbrs: a set of neighbours per vertex)."""
    return [u for group in dissection_groups(n, nbrs, rng, leaf) for u in group]


def dissection_ranks(n, nbrs, rng, leaf=None) -> list:
    """The rank of each vertex's group (parts and separators, in elimination order): a
    greedy order that eliminates lower ranks first keeps the dissection's structure and
    picks the order within each group itself (constrained min-fill)."""
    rank = [0] * n
    for k, group in enumerate(dissection_groups(n, nbrs, rng, leaf)):
        for u in group:
            rank[u] = k
    return rank


def dissection_groups(n, nbrs, rng, leaf=None) -> list:
    """The parts and separators of the dissection, in the order they are eliminated."""
    leaf = LEAF if leaf is None else leaf
    order = []
    work = [("part", list(range(n)))]  # a stack: A, then B, then the separator S
    while work:
        kind, verts = work.pop()
        if kind == "sep":
            order.append(verts)
            continue
        if len(verts) <= leaf:
            order.append(_min_degree(verts, nbrs))
            continue
        a, s, b = _separate(verts, nbrs, rng)
        if not a or not b:  # no useful split: order the part greedily
            order.append(_min_degree(verts, nbrs))
            continue
        work.append(("sep", s))  # popped last: S after A and B
        work.append(("part", b))
        work.append(("part", a))
    return order


def _min_degree(verts, nbrs):
    inside = set(verts)
    local = {u: nbrs[u] & inside for u in verts}
    out = []
    while local:
        u = min(local, key=lambda v: len(local[v]))
        near = local.pop(u)
        for x in near:
            local[x].discard(u)
            local[x] |= near - {x}
        out.append(u)
    return out


def _components(verts, nbrs):
    inside, seen, parts = set(verts), set(), []
    for r in verts:
        if r in seen:
            continue
        seen.add(r)
        queue = [r]
        for u in queue:
            for v in nbrs[u]:
                if v in inside and v not in seen:
                    seen.add(v)
                    queue.append(v)
        parts.append(queue)
    return parts


def _separate(verts, nbrs, rng, tries=None):
    """(A, S, B): S separates A from B; the smallest S of a few bisections."""
    parts = _components(verts, nbrs)
    if len(parts) > 1:  # already apart: two balanced groups of components, no separator
        a, b = [], []
        for p in sorted(parts, key=len, reverse=True):
            (a if len(a) <= len(b) else b).extend(p)
        return a, [], b
    k = len(verts)
    index = {u: i for i, u in enumerate(verts)}
    local = [[index[v] for v in nbrs[u] if v in index] for u in verts]
    L = np.zeros((k, k))
    for i, js in enumerate(local):
        L[i, js] = -1.0
        L[i, i] = len(js)
    fiedler = np.linalg.eigh(L)[1][:, 1]
    best = None
    for _ in range(TRIES if tries is None else tries):
        side = fiedler > np.quantile(fiedler, rng.uniform(0.4, 0.6))
        _refine(local, side)
        a = [u for u in verts if not side[index[u]]]
        b = [u for u in verts if side[index[u]]]
        cover = _vertex_cover(a, set(b), nbrs)
        if best is None or len(cover) < len(best[1]):
            best = (a, cover, b)
        fiedler = fiedler + rng.normal(scale=0.3 * fiedler.std(), size=k)  # the next try starts elsewhere
    a, cover, b = best
    return [u for u in a if u not in cover], list(cover), [u for u in b if u not in cover]


def _refine(local, side, passes=6):
    """Fiduccia-Mattheyses: move the vertex whose move cuts the most edges (or adds the
    fewest), each once per pass, within the balance; keep the best cut seen on the way."""
    k = len(local)
    low = int(np.ceil(BALANCE * k))
    gain = np.array([sum(1 if side[j] != side[i] else -1 for j in js) for i, js in enumerate(local)])
    for _ in range(passes):
        count = int(side.sum())
        locked = np.zeros(k, dtype=bool)
        moves, cut, best_cut, best_len = [], 0, 0, 0
        for _ in range(k):
            can = ~locked & np.where(side, count - 1 >= low, count + 1 <= k - low)
            if not can.any():
                break
            i = int(np.argmax(np.where(can, gain, -10 ** 9)))
            _move(local, side, gain, i)
            count += -1 if not side[i] else 1
            locked[i] = True
            moves.append(i)
            cut -= int(-gain[i])  # gain[i] is now minus the gain of the move just made
            if cut < best_cut:
                best_cut, best_len = cut, len(moves)
        for i in reversed(moves[best_len:]):  # undo the moves past the best cut
            _move(local, side, gain, i)
        if best_len == 0:
            break


def _move(local, side, gain, i):
    side[i] = not side[i]
    gain[i] = -gain[i]
    for j in local[i]:
        gain[j] += -2 if side[j] == side[i] else 2


def _vertex_cover(a, b_set, nbrs):
    """The smallest set of vertices touching every edge from `a` to `b_set` (König)."""
    left = [u for u in a if nbrs[u] & b_set]
    adj = {u: sorted(nbrs[u] & b_set) for u in left}
    match_r = {}

    def augment(u, seen):
        for v in adj[u]:
            if v not in seen:
                seen.add(v)
                if v not in match_r or augment(match_r[v], seen):
                    match_r[v] = u
                    return True
        return False

    for u in left:
        augment(u, set())
    matched_l = set(match_r.values())
    # alternating search from unmatched left vertices
    z_left = [u for u in left if u not in matched_l]
    seen_l, seen_r = set(z_left), set()
    queue = list(z_left)
    for u in queue:
        for v in adj[u]:
            if v not in seen_r and match_r.get(v) != u:
                seen_r.add(v)
                w = match_r.get(v)
                if w is not None and w not in seen_l:
                    seen_l.add(w)
                    queue.append(w)
    return {u for u in left if u not in seen_l} | seen_r
