"""Executing a contraction plan (routes/elimination.py): forward for log Z, reverse for marginals.

Two kernels run the same plan:

  linear  tables hold e^(log potential) divided by a scale, every step is a batched matmul
          whose result is divided by its maximum when that leaves [1e-10, 1e10] (log Z adds
          up the logs of the scales). Fast (BLAS), exact while every entry of every table
          stays >= FLOOR (1e-270): then every entry is a sum of positive terms, each rounded
          relatively, with nothing that matters lost to underflow. Each step checks this.
  log     tables hold log values, every step a log-sum-exp over the contracted axes. Exact
          at any scale (couplings of 1e3 and beyond); ~10x slower on large plans (an exp per entry).

The linear kernel is tried first; a step that finds an entry below FLOOR abandons it for
the log kernel. Both forward passes are written against an array module `xp` (numpy, or
autograd.numpy to differentiate log Z through the very same steps; scales are constants).

Reverse pass (marginals of every table): with Z the network and T_k any table,
A_k = (scale of T_k / Z) dZ/dT_k obeys, for a step C = contract(A, B) with ratio r,
    A_A = contract(A_C, T_B -> scope of A) / r,
and A_root = 1 / T_root; the marginal of a leaf is T_leaf * A_leaf (its entries sum to 1).
Since sum(T * A) = 1 with T, A >= 0 and min T >= FLOOR, no A exceeds 1/FLOOR. In log
space, O = log dZ/dT - log Z: O_A = logsumexp(O_C + log T_B), O_root = -log T_root.
"""
from __future__ import annotations

import math

import numpy as np
from autograd.tracer import getval

# Every table of the linear kernel keeps its entries in [FLOOR, HIGH]: a step whose output
# has an entry below FLOOR (or below FLOOR x its maximum, were it rescaled) is abandoned for
# the log kernel; one whose maximum leaves [LOW, HIGH] is divided by it. Why these numbers:
#  - underflow: an output entry >= 1e-270 loses at most 2^25 terms < 2.2e-308 each: < 1e-29
#    of itself; the check is absolute, so it also holds when a step's maximum is tiny;
#  - overflow: inputs <= 1e10 give outputs <= 2^25 x 1e20; in the reverse pass an adjoint
#    is <= 1 / FLOOR = 1e270 (sum T * A = 1), times a table <= 1e10, summed over <= 2^25
#    terms: <= 1e288, and a rescaled step's ratio r <= 3e27 keeps A * r finite too.
FLOOR = 1e-270
LOW, HIGH = 1e-10, 1e10


def _lse(x, axis, xp):
    m = np.max(getval(x), axis=axis, keepdims=True)
    return xp.log(xp.sum(xp.exp(x - m), axis=axis)) + np.squeeze(m, axis=axis)


def _reduce(t, axes, log, xp):
    if log:
        return _lse(t, axes, xp)
    return t.sum(axis=axes) if xp is np else xp.sum(t, axis=axes)


def contract(spec, A, B, log: bool, xp=np, out=None):
    """spec's contraction of A and B (None: A alone), in linear or log space; the result's
    axes are spec.out. `out`: a flat float64 buffer the linear matmul may write into."""
    if spec.single:
        c = xp.reshape(spec.x(A, xp, log, _reduce), spec.natural_shape)
    else:
        X, Y = (A, B) if spec.x_is_a else (B, A)
        if not log:  # (batch, free x, contracted) @ (batch, contracted, free y), or swapped
            x, y = spec.x(X, xp, log, _reduce), spec.y(Y, xp, log, _reduce)
            if out is not None:  # a (batch, rows, cols) buffer of spec.mm_shape
                c = np.matmul(y, x, out=out) if spec.swap else np.matmul(x, y, out=out)
            else:
                c = xp.matmul(y, x) if spec.swap else xp.matmul(x, y)
            if xp is np and not spec.only and spec.perm_out is None:
                return c.reshape(spec.full_shape)
        else:  # both (batch, free, contracted): log-sum-exp over the last axis
            x, y = spec.x_log(X, xp, log, _reduce), spec.y_log(Y, xp, log, _reduce)
            if spec.swap:
                x, y = y, x
            s = x[:, :, None, :] + y[:, None, :, :]
            c = s[..., 0] if s.shape[-1] == 1 else _lse(s, 3, xp)
        c = xp.reshape(c, spec.natural_shape)
    if spec.only:  # an adjoint is constant along axes its forward step summed alone
        c = np.broadcast_to(np.reshape(c, spec.expand_shape), spec.full_shape)
    if spec.perm_out is not None:  # an adjoint in its table's own axis order (a view)
        c = np.transpose(c, spec.perm_out)
    return c


def forward(plan, leaves, log: bool, keep: bool, xp=np):
    """(log Z, tables, ratios) from the leaves' log tables (edges (m, q, q), then a list of
    isolated sites' vectors); None when the linear kernel meets an entry below FLOOR.
    keep=False frees each table once it is used (log Z only); keep=True keeps them all (the
    reverse pass); a boolean per table keeps those marked (the checkpoints of _checkpoint.py).

    Linear kernel: each table carries bounds [lo, hi] on its entries. An output entry is a
    sum of `terms` products of one entry of each input, so it lies in
    [lo_a lo_b, terms hi_a hi_b]; only when that interval leaves [FLOOR, HIGH] are the
    true minimum and maximum read (two passes over the table) and the table rescaled."""
    edge_logs, lone = leaves
    m = len(plan.scopes[:plan.n_leaves]) - len(lone)
    tables = [None] * len(plan.scopes)
    lo, hi = [1.0] * len(plan.scopes), [1.0] * len(plan.scopes)
    ratios = np.ones(len(plan.steps))
    offset = 0.0
    if log:
        tables[:m] = [edge_logs[k] for k in range(m)]
        tables[m:plan.n_leaves] = lone
    elif m or lone:
        mx = np.max(getval(edge_logs), axis=(1, 2)) if m else np.zeros(0)
        T = xp.exp(edge_logs - mx[:, None, None]) if m else None
        if m:
            lo[:m] = np.min(getval(T), axis=(1, 2)).tolist()  # and hi = 1: the maximum
            if min(lo[:m]) < FLOOR:
                return None
        tables[:m] = [T[k] for k in range(m)]
        offset += float(mx.sum())
        for k, L in enumerate(lone):
            top = float(np.max(getval(L)))
            t = xp.exp(L - top)
            lo[m + k] = float(np.min(getval(t)))
            if lo[m + k] < FLOOR:
                return None
            tables[m + k], offset = t, offset + top
    plain = xp is np
    for i, step in enumerate(plan.steps):
        a, b = step.a, step.b
        buf = plan.buffer(i, step.forward) if plain and not log and keep is True else None
        c = contract(step.forward, tables[a], None if b is None else tables[b], log, xp, buf)
        if keep is not True:
            if keep is False or not keep[a]:
                tables[a] = None
            if b is not None and (keep is False or not keep[b]):
                tables[b] = None
        if not log:
            low = lo[a] * (1.0 if b is None else lo[b]) * (1.0 - 1e-12)
            high = step.terms * hi[a] * (1.0 if b is None else hi[b]) * (1.0 + 1e-12)
            if low < FLOOR or high > HIGH:  # the bounds are not enough: read the table
                raw = c if plain else getval(c)
                r, low = float(raw.max()), float(raw.min())
                if not (0.0 < r < np.inf) or low < FLOOR * max(1.0, r):
                    return None
                high = r
                if not LOW <= r <= HIGH:  # rescale only when the maximum drifts
                    if plain:
                        c *= 1.0 / r  # in place: c is the fresh output of this step's matmul or sum
                    else:
                        c = c / r
                    ratios[i] = r
                    offset += math.log(r)
                    low, high = low / r, 1.0
            lo[step.out], hi[step.out] = low, high
        tables[step.out] = c
    roots = [tables[t] for t in plan.roots]
    tail = sum(roots) if log else sum(xp.log(t) for t in roots)  # Z = offset x the roots (traced)
    return offset + tail, tables, ratios


def _take(pool, spec):
    """A free array of spec's matmul shape from the pool, if any (None: matmul allocates)."""
    if pool is None or spec.single:
        return None
    free = pool.get(spec.mm_shape)
    return free.pop() if free else None


def leaf_marginals(plan, tables, ratios, log: bool):
    """The marginal of every leaf table (edges, then isolated sites) by one reverse pass."""
    pool = None if log else plan.pool()
    adj = root_adjoints(plan, tables, log)
    for i in range(len(plan.steps) - 1, -1, -1):
        reverse_step(plan, i, tables, adj, ratios, log, pool)
    return leaf_products(plan, tables, adj, log)


def root_adjoints(plan, tables, log: bool):
    adj = [None] * len(plan.scopes)
    for t in plan.roots:
        adj[t] = -tables[t] if log else 1.0 / np.asarray(tables[t])  # Z = prod of the roots
    return adj


def reverse_step(plan, i, tables, adj, ratios, log: bool, pool=None):
    """Step i backwards: the adjoints of its inputs from its output's; frees the output's
    table and adjoint (nothing later needs them)."""
    step = plan.steps[i]
    g = adj[step.out]
    tb = None if step.b is None else tables[step.b]
    adj[step.a] = contract(step.back_a, g, tb, log, np, _take(pool, step.back_a))
    if step.b is not None:
        adj[step.b] = contract(step.back_b, g, tables[step.a], log, np, _take(pool, step.back_b))
    if not log and ratios[i] != 1.0:
        for t in (step.a, step.b):
            if t is None:
                continue
            if adj[t].flags.writeable:  # fresh from the matmul: scale in place
                adj[t] *= 1.0 / ratios[i]
            else:  # a broadcast view (constant along summed-alone axes)
                adj[t] = adj[t] / ratios[i]
    if pool is not None and isinstance(g, np.ndarray):  # its memory serves a later adjoint,
        # unless an adjoint just made is a view of it (a lone sum's reverse: a broadcast)
        base = g if g.base is None else g.base
        shared = any(np.may_share_memory(base, adj[t]) for t in (step.a, step.b) if t is not None)
        if base.flags.c_contiguous and base.flags.writeable and base.ndim == 3 and not shared:
            pool.setdefault(base.shape, []).append(base)
    adj[step.out] = tables[step.out] = None  # no longer needed: free as we go


def leaf_products(plan, tables, adj, log: bool):
    """T * A of every leaf: its marginal (entries sum to 1)."""
    out = []
    for k in range(plan.n_leaves):
        g = adj[k]
        if plan.adj_scopes[k] != plan.scopes[k]:  # a leaf has 1 or 2 axes: swap them back
            g = np.transpose(g)
        out.append(np.exp(tables[k] + g) if log else tables[k] * g)
    return out
