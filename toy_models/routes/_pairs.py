"""One pairwise step as a batched matmul: which axes go where, compiled once per plan.

A step joins two tables (or sums one) into a table over the variables `keep`. Its axes
fall into groups (batch, contracted, free in either, summed alone, broadcast), and the
step is a batched matmul over them; routes/_contract.py runs it, routes/elimination.py
builds the plans that hold these specs.
"""
from __future__ import annotations

from functools import cached_property

import numpy as np


class Operand:
    """How one table enters a matmul as a 3-D array (batch, rows, cols) of named groups.

    If each group's axes sit next to each other in the table, the 3-D array is a VIEW
    (reshape, then a transpose of strides; numpy's matmul takes any strides at full
    speed); otherwise the table is copied into place (transpose + reshape). Measured on a
    2^17-entry table: matmul on the view 32 us, copy first ~400 us (fresh memory)."""

    def __init__(self, scope, groups, want, q, summed=()):
        self.sum = tuple(k for k, x in enumerate(scope) if x in summed)
        scope = [x for x in scope if x not in summed]
        label = {x: g for g, xs in groups.items() for x in xs}
        runs = []
        for x in scope:
            if not runs or runs[-1][0] != label[x]:
                runs.append((label[x], []))
            runs[-1][1].append(x)
        names = [g for g, _ in runs]
        self.view = len(names) == len(set(names)) and all(
            [x for g2, xs in runs if g2 == g for x in xs] == list(groups[g]) for g in names)
        if self.view:
            order = names + [g for g in want if g not in names]
            self.perm = None
            self.shape = tuple(q ** len(groups[g]) for g in order)
            self.perm3 = tuple(order.index(g) for g in want)
        else:
            self.perm = tuple(scope.index(x) for g in want for x in groups[g])
            self.shape = tuple(q ** len(groups[g]) for g in want)
            self.perm3 = None

    def __call__(self, t, xp, log, reduce):
        if self.sum:
            t = reduce(t, self.sum, log, xp)
        if xp is np:  # ndarray methods: a few microseconds less per call than np.* wrappers
            if self.perm is not None:
                t = t.transpose(self.perm)
            t = t.reshape(self.shape)
            return t if self.perm3 is None or self.perm3 == (0, 1, 2) else t.transpose(self.perm3)
        if self.perm is not None:
            t = xp.transpose(t, self.perm)
        t = xp.reshape(t, self.shape)
        if self.perm3 is not None and self.perm3 != (0, 1, 2):
            t = xp.transpose(t, self.perm3)
        return t


_OPERANDS: dict = {}


def operand(scope, groups, want, q, summed=()) -> Operand:
    """Operand(scope, groups, want, q, summed), shared by every table of the same shape: an
    Operand holds only positions (each axis's group and its place in it), never variables."""
    where = {x: (g, k) for g, xs in groups.items() for k, x in enumerate(xs)}
    key = (tuple(("s",) if x in summed else where[x] for x in scope),
           tuple((g, len(xs)) for g, xs in groups.items()), want, q)
    found = _OPERANDS.get(key)
    if found is None:
        if len(_OPERANDS) >= MAX_SPECS:
            _OPERANDS.clear()
        found = _OPERANDS[key] = Operand(scope, groups, want, q, summed)
    return found


class PairSpec:
    """out = sum over the rest of A[scope_a] * B[scope_b] (B may be absent), its variables
    `keep`, laid out as the steps find cheapest (`self.out`, the natural order).

    Groups: batch (in both and kept), contracted (in both, summed), free (in one, kept),
    summed alone (in one, not kept: summed first), broadcast (kept, in neither: an
    adjoint is constant along the axes its forward step summed alone). The larger table,
    X, sets the order within the shared groups, so it is the one that is never copied
    when its groups are contiguous; the output keeps X's free axes in X's order.

    The output is (batch, free x, free y) or, swapped, (batch, free y, free x), with the
    free y axes in any order: given the groups its consumer will split it into (`labels`),
    the layout with the fewest runs of them is taken, so the consumer can view it."""

    def __init__(self, scope_a, scope_b, keep, q, labels=None, target=None):
        keep = set(keep)
        self.single = scope_b is None
        self.swap = False
        if self.single:
            kept = [x for x in scope_a if x in keep]
            self.x = operand(scope_a, {"f": kept}, ("f",), q, set(scope_a) - keep)
            self.x_is_a = True
            natural = kept
            self.work = q ** len(scope_a)
        else:
            self.x_is_a = len(scope_a) >= len(scope_b)
            sx, sy = (scope_a, scope_b) if self.x_is_a else (scope_b, scope_a)
            iy, ix = set(sy), set(sx)
            b = [x for x in sx if x in iy and x in keep]
            c = [x for x in sx if x in iy and x not in keep]
            fx = [x for x in sx if x not in iy and x in keep]
            fy = [x for x in sy if x not in ix and x in keep]
            alone_x = {x for x in sx if x not in iy and x not in keep}
            alone_y = {x for x in sy if x not in ix and x not in keep}
            if labels:
                rank = {"s": 0, "b": 1, "f": 2, "c": 3}
                orders = [fy, sorted(fy, key=lambda x: rank[labels[x]]),
                          sorted(fy, key=lambda x: -rank[labels[x]])]
                layouts = [(swap, o) for swap in (True, False) for o in orders]  # swap: big x axes innermost
                self.swap, fy = min(layouts, key=lambda lay: _runs(
                    [labels[x] for x in (b + lay[1] + fx if lay[0] else b + fx + lay[1])]))
            elif target is not None:  # an adjoint: as close to its table's own order as we can
                at = {x: k for k, x in enumerate(target)}
                layouts = [(swap, o) for swap in (False, True) for o in (fy, sorted(fy, key=at.get))]
                self.swap, fy = min(layouts, key=lambda lay: _breaks(
                    [at[x] for x in (b + lay[1] + fx if lay[0] else b + fx + lay[1])]))
            gx, gy = {"b": b, "c": c, "f": fx}, {"b": b, "c": c, "f": fy}
            self.x = operand(sx, gx, ("b", "c", "f") if self.swap else ("b", "f", "c"), q, alone_x)
            self.y = operand(sy, gy, ("b", "f", "c") if self.swap else ("b", "c", "f"), q, alone_y)
            self._log_args = (sx, gx, alone_x, sy, gy, alone_y, q)  # the log kernel's operands, built if used
            natural = b + fy + fx if self.swap else b + fx + fy
            self.work = q ** len(set(sx) | set(sy))
            nb, nx, ny = q ** len(b), q ** len(fx), q ** len(fy)
            self.mm_shape = (nb, ny, nx) if self.swap else (nb, nx, ny)  # the matmul's output
        self.only = [x for x in keep if x not in set(natural)]
        self.natural_shape = (q,) * len(natural)
        self.expand_shape = self.natural_shape + (1,) * len(self.only)
        self.full_shape = (q,) * (len(natural) + len(self.only))
        self.out = tuple(natural) + tuple(sorted(self.only))
        self.perm_out = None
        if target is not None and tuple(target) != self.out:  # a transposed view, no copy
            self.perm_out = tuple(self.out.index(x) for x in target)
            self.out = tuple(target)


    @cached_property
    def x_log(self):
        sx, gx, alone_x, _, _, _, q = self._log_args
        return operand(sx, gx, ("b", "f", "c"), q, alone_x)

    @cached_property
    def y_log(self):
        _, _, _, sy, gy, alone_y, q = self._log_args
        return operand(sy, gy, ("b", "f", "c"), q, alone_y)


def _breaks(positions) -> int:
    return sum(1 for k in range(1, len(positions)) if positions[k] != positions[k - 1] + 1)


def _runs(seq) -> int:
    return sum(1 for k, x in enumerate(seq) if k == 0 or seq[k - 1] != x)


def consumer_labels(scope, other, keep) -> dict:
    """How a table with these variables is split by the step that consumes it (with the
    table `other`, None for a lone sum, keeping `keep`): b, c, f or s per variable."""
    other = set() if other is None else set(other)
    return {x: ("b" if x in keep else "c") if x in other else ("f" if x in keep else "s") for x in scope}


# PairSpecs by the shape of their inputs: a spec depends on its variables only through their
# order (sorted, compared, looked up), so the variables' ranks are a key and one spec serves
# every step of that shape, its `out` and `only` renamed. Plans repeat shapes a lot (a 10 x 10
# grid: 537 specs, ~60 shapes), and compiling a spec is ~40 us of Python.
_SPECS: dict = {}
MAX_SPECS = 100_000


def pair_spec(scope_a, scope_b, keep, q, labels=None, target=None) -> PairSpec:
    """PairSpec(scope_a, scope_b, keep, q, labels, target), from the cache of shapes."""
    names = sorted(set(scope_a).union(scope_b or (), keep, target or ()))
    rank = dict(zip(names, range(len(names)))).__getitem__
    kept = sorted(keep)
    if labels is not None and labels.keys() != set(kept):  # (consumer_labels gives one per kept variable)
        raise ValueError("labels must name every kept variable")
    key = (tuple(map(rank, scope_a)), None if scope_b is None else tuple(map(rank, scope_b)),
           tuple(map(rank, kept)), q, None if labels is None else tuple(map(labels.__getitem__, kept)),
           None if target is None else tuple(map(rank, target)))
    spec = _SPECS.get(key)
    if spec is None:
        if len(_SPECS) >= MAX_SPECS:
            _SPECS.clear()
        spec = _SPECS[key] = PairSpec(key[0], key[1], key[2], q,
                                      None if labels is None else dict(zip(key[2], key[4])), key[5])
    named = object.__new__(PairSpec)
    named.__dict__.update(spec.__dict__)
    named.out = tuple(names[r] for r in spec.out)
    named.only = [names[r] for r in spec.only]
    return named
