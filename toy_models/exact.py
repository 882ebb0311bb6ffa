"""Exact sums over a model's state space by streaming log-sum-exp.

Everything here is one pass over `model.space.chunks()`. Per chunk we take the
weights w = exp(-F(x) - m) against the running maximum m of -F; when a later chunk
raises m, what was accumulated so far is rescaled by exp(m_old - m_new). Z itself
is never formed, so log Z of 1e4 (or 1e300) is as easy as log Z of 1.

`model` is anything with `space`, `free_energy(x, params)` (the energy whose
Boltzmann sum is Z; for an RBM the visible free energy) and, for the negative phase,
`weighted_energy_gradient(x, weights, params)`.
"""
from __future__ import annotations

import numpy as np



def _scale(tree, factor):
    if isinstance(tree, dict):
        return {k: v * factor for k, v in tree.items()}
    return tree * factor


def _add(a, b):
    if isinstance(a, dict):
        return {k: a[k] + b[k] for k in a}
    return a + b


def _neg_energies(model, x, params):
    neg = -np.asarray(model.free_energy(x, params), dtype=np.float64)
    if np.isnan(neg).any():
        raise FloatingPointError(f"{type(model).__name__}: the energy is NaN on some states")
    return neg


def weighted_stream(model, reducer=None, params=None, chunk_rows: int | None = None):
    """Return (log Z, sum_x P(x) reducer-contribution) in one pass.

    `reducer(x, w)` must be linear in the weights w (one weight per row of x) and
    return an array or a dict of arrays, e.g. `lambda x, w: w @ f(x)`. With no
    reducer the second value is None.
    """
    chunks = model.space.chunks(chunk_rows)  # refuses too-large spaces before any work
    m, s, acc = -np.inf, 0.0, None
    for x in chunks:
        neg = _neg_energies(model, x, params)
        new_m = max(m, float(neg.max()))
        if new_m == np.inf:
            raise FloatingPointError(f"{type(model).__name__}: the energy is -inf on some states")
        if new_m == -np.inf:  # every state so far has energy +inf: nothing to add yet
            continue
        w = np.exp(neg - new_m)
        rescale = np.exp(m - new_m)  # 0.0 on the first chunk (m = -inf)
        s = s * rescale + w.sum()
        if reducer is not None:
            part = reducer(x, w)
            acc = part if acc is None else _add(_scale(acc, rescale), part)
        m = new_m
    if s == 0.0:
        raise FloatingPointError(f"{type(model).__name__}: every state has energy +inf, Z = 0")
    return m + np.log(s), (None if acc is None else _scale(acc, 1.0 / s))


def log_partition(model, params=None, chunk_rows: int | None = None) -> float:
    """log Z = log sum_x exp(-F(x)) over the whole state space, by plain enumeration."""
    return float(weighted_stream(model, None, params, chunk_rows)[0])


def expectation(model, f, params=None, chunk_rows: int | None = None):
    """E_{x~P}[f(x)] exactly; `f` maps a (rows, d) chunk to a (rows, ...) array."""
    def reducer(x, w):
        return np.tensordot(w, np.asarray(f(x), dtype=np.float64), axes=1)
    return weighted_stream(model, reducer, params, chunk_rows)[1]


# Materialising P costs 8 bytes per state; refuse beyond this many (128 MB).
MAX_PROBABILITY_STATES = 2 ** 24


def probabilities(model, params=None, chunk_rows: int | None = None) -> np.ndarray:
    """P(x) for every state, in the space's enumeration order (a 1-D array).

    Two passes (log Z, then exp(-F - log Z) per chunk); refused before any work when
    the array would not fit (more than MAX_PROBABILITY_STATES states).
    """
    model.space.require_enumerable(MAX_PROBABILITY_STATES)
    log_z = log_partition(model, params, chunk_rows)
    return np.concatenate([np.exp(_neg_energies(model, x, params) - log_z)
                           for x in model.space.chunks(chunk_rows)])
