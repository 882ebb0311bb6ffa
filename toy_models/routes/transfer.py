"""The transfer-matrix route: exact log Z and d log Z/d(coupling, field) of Ising lattices.

E(s) = -K sum_<ij> s_i s_j - H sum_i s_i on s in {-1,+1}^n, nearest neighbours of a
chain or a rows x cols grid. Periodic means wrap-around: bonds (i, i+1 mod n) for every
i, so a periodic chain of n sites has n bonds (n = 1: a self bond, n = 2: the pair
bonded twice), the convention under which Z = tr(T^n) for every n.

Everything is in log space and carries forward-mode derivatives: next to each log
weight a(.) we keep g(.) = d a/d(K, H), which is the expected bond (or spin) sum of
the part already summed out given the frontier, so a log-sum-exp step updates it as a
softmax-weighted average. No autograd tape, so memory is that of the frontier.

  chain: the 2 x 2 transfer matrix T[s,s'] = exp(K s s' + H (s + s')/2), raised to the
         power n by repeated squaring of its logarithm (log2 n products; any n).
  grid:  a frontier of one row of w = min(rows, cols) spins (2^w log weights; the
         2^w x 2^w matrix is never built), advanced ONE SITE at a time: the new site
         replaces the spin above it (summed out by a two-term log-sum-exp) and bonds to
         its left neighbour. Periodic grids keep the first row as a batch axis (4^w
         entries) to close the trace, so they take w <= MAX_PERIODIC_WIDTH.
"""
from __future__ import annotations

import numpy as np

from ..errors import InputError, StateSpaceTooLarge
from ..validate import route_entry

name = "transfer"
MAX_WIDTH = 14  # 2^14 log weights per frontier: ~0.3 ms a site
MAX_PERIODIC_WIDTH = 10  # 4^10 = 1M entries per array (8 MB) for the periodic trace
SPINS = np.array([-1.0, 1.0])
# A grid costs one frontier update per site beyond the first row(s): ~SITE_SECONDS of
# Python and NumPy overhead plus its 2^w (periodic: 4^w) entries at ENTRIES_PER_SECOND.
# Measured on a shared 2-core machine: 14 x 20 open 0.11 s (3.9e7 entries/s), 10 x 20
# periodic 8.4 s (2.4e7/s), 3 x 20000 open 0.89 s (1.5e-5 s a site); the constants below
# are the slower side of that. A grid estimated above MAX_GRID_SECONDS is refused, before
# any work, with the longest side that fits (chains take log2 n steps: no limit needed).
SITE_SECONDS = 2e-5
ENTRIES_PER_SECOND = 2e7
MAX_GRID_SECONDS = 20.0


def _softmax_mean(logw, *gs):
    """log-sum-exp of logw, and the softmax-weighted means of each g (over every axis)."""
    m = logw.max()
    w = np.exp(logw - m)
    s = w.sum()
    return (float(m + np.log(s)),) + tuple(float(np.sum(w * g) / s) for g in gs)


# -- chain ---------------------------------------------------------------------------------
def _logmatmul(A, dA, B, dB):
    """log(e^A e^B) and its derivative; dA, dB carry a trailing axis of parameters."""
    S = A[:, :, None] + B[None, :, :]  # (i, j, k)
    m = S.max(axis=1, keepdims=True)
    w = np.exp(S - m)
    tot = w.sum(axis=1, keepdims=True)
    C = (m + np.log(tot))[:, 0, :]
    dC = np.einsum("ijk,ijkp->ikp", w / tot, dA[:, :, None, :] + dB[None, :, :, :])
    return C, dC


def _logmatpow(A, dA, n: int):
    """log(e^A ^ n) for n >= 1 by repeated squaring (never the identity: no log 0)."""
    result = None
    base = (A, dA)
    while True:
        if n & 1:
            result = base if result is None else _logmatmul(*result, *base)
        n >>= 1
        if not n:
            return result
        base = _logmatmul(*base, *base)


def chain_log_partition(n: int, coupling: float, field: float = 0.0, periodic: bool = False):
    """(log Z, d log Z/d coupling, d log Z/d field) of the n-site chain, exactly."""
    n = _positive_int(n, "n")
    K, H = float(coupling), float(field)
    ss = np.outer(SPINS, SPINS)
    half = (SPINS[:, None] + SPINS[None, :]) / 2
    logT = K * ss + H * half
    dT = np.stack([ss, half], axis=-1)  # d logT / d(K, H)
    if periodic:
        L, dL = _logmatpow(logT, dT, n)  # Z = tr(T^n)
        return _softmax_mean(np.diag(L), np.diag(dL[:, :, 0]), np.diag(dL[:, :, 1]))
    if n == 1:
        return _softmax_mean(H * SPINS, np.zeros(2), SPINS)
    L, dL = _logmatpow(logT, dT, n - 1)  # Z = u^T T^(n-1) u, u = e^{H s / 2}
    ends = L + H * half
    return _softmax_mean(ends, dL[:, :, 0], dL[:, :, 1] + half)


# -- grid ----------------------------------------------------------------------------------
def _positive_int(value, name):
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 1:
        raise InputError(f"{name} must be a positive integer, got {value!r}")
    return int(value)


def _row_tables(w: int, periodic: bool):
    """sig (w, 2^w): spin of site j in frontier state k (site 0 the most significant bit);
    added (w, 2^w): the row bonds completed when site j is added (product of their spins)."""
    k = np.arange(2 ** w)
    sig = ((k[None, :] >> (w - 1 - np.arange(w))[:, None]) & 1) * 2.0 - 1.0
    added = np.zeros((w, 2 ** w))
    for j in range(1, w):
        added[j] += sig[j] * sig[j - 1]
    if periodic:  # the wrap bond (w-1, 0) closes when site w-1 is added (w = 1: a self bond)
        added[w - 1] += sig[w - 1] * sig[0]
    return sig, added


def _add_site(a, gK, gH, j, w, K, H, added_j):
    """Replace spin j of the frontier by a new site bonded to it (vertical) and to the
    row bonds in `added_j`; the old spin is summed out. Works on a leading batch axis."""
    shape = a.shape
    split = shape[:-1] + (2 ** j, 2, 2 ** (w - 1 - j))
    A, GK, GH = a.reshape(split), gK.reshape(split), gH.reshape(split)
    am, gK0, gH0 = A[..., 0:1, :], GK[..., 0:1, :], GH[..., 0:1, :]
    t = SPINS[:, None]  # the new spin's value along the split axis
    # log-odds of the old spin being +1 given the new one is t (both t at once)
    x = (A[..., 1:2, :] - am) + 2.0 * K * t
    new_a = np.logaddexp(0.0, x)
    p = np.exp(x - new_a)  # = sigmoid(x), the weight of the old spin +1
    new_a += am
    new_a += (H - K) * t  # lse_o(a_o + K t o) = a_- - K t + softplus(x); plus the field
    # g' = sum_o p_o (g_o + t o) = g_- + p (g_+ - g_-) + t (2p - 1)
    new_gK = p * ((GK[..., 1:2, :] - gK0) + 2.0 * t)
    new_gK += gK0 - t
    new_gH = p * (GH[..., 1:2, :] - gH0)
    new_gH += gH0 + t
    new_a, new_gK, new_gH = new_a.reshape(shape), new_gK.reshape(shape), new_gH.reshape(shape)
    new_a += K * added_j
    new_gK += added_j
    return new_a, new_gK, new_gH


def grid_log_partition(rows: int, cols: int, coupling: float, field: float = 0.0,
                       periodic: bool = False):
    """(log Z, d log Z/d coupling, d log Z/d field) of the rows x cols grid, exactly."""
    rows, cols = _positive_int(rows, "rows"), _positive_int(cols, "cols")
    w, length = min(rows, cols), max(rows, cols)  # uniform K, H: Z is symmetric under transpose
    limit = MAX_PERIODIC_WIDTH if periodic else MAX_WIDTH
    if w > limit:  # such a grid has >= 2^121 states: no exact route can take it
        raise StateSpaceTooLarge(
            f"{'a periodic' if periodic else 'an open'} {rows} x {cols} grid has 2^{rows * cols} states, "
            f"far too many to enumerate, and its transfer matrix needs min(rows, cols) <= {limit} "
            f"(a frontier of 2^min(rows, cols) states); use a narrower grid")
    seconds = grid_seconds(w, length, periodic)
    if seconds > MAX_GRID_SECONDS:
        per_row = grid_seconds(w, 3, periodic) - grid_seconds(w, 2, periodic)
        longest = max(2, int((MAX_GRID_SECONDS - grid_seconds(w, 2, periodic)) // per_row) + 2)
        raise StateSpaceTooLarge(
            f"{'a periodic' if periodic else 'an open'} {rows} x {cols} grid would take about "
            f"{seconds:,.0f} s by the transfer matrix ({length - 1:,} rows of {w} site updates over "
            f"{'4' if periodic else '2'}^{w} frontier entries); the limit is {MAX_GRID_SECONDS:g} s "
            f"(toy_models.routes.transfer.MAX_GRID_SECONDS): choose at most {longest:,} for the longer side")
    K, H = float(coupling), float(field)
    sig, added = _row_tables(w, periodic)
    hsum, mag = added.sum(axis=0), sig.sum(axis=0)
    a, gK, gH = K * hsum + H * mag, hsum.copy(), mag.copy()  # the first row
    if periodic and length == 1:  # each site bonded to itself vertically
        return _softmax_mean(a + K * w, gK + w, gH)
    first_row = 1
    if periodic:  # batch axis = the first row (f), last axis = the current row (s)
        fs = sig.T @ sig  # f.s, the vertical bonds between two rows
        a = a[:, None] + a[None, :] + K * fs
        gK = gK[:, None] + gK[None, :] + fs
        gH = gH[:, None] + gH[None, :]
        first_row = 2
    offset = 0.0
    for _ in range(first_row, length):
        for j in range(w):
            a, gK, gH = _add_site(a, gK, gH, j, w, K, H, added[j])
        shift = a.max()  # keep the log weights near 0; the shift is exact bookkeeping
        a -= shift
        offset += shift
    if periodic:  # close the trace: the last row bonds back to the first
        a, gK = a + K * fs, gK + fs
    log_z, dK, dH = _softmax_mean(a, gK, gH)
    return float(log_z + offset), dK, dH


def grid_seconds(w: int, length: int, periodic: bool) -> float:
    """Estimated run time of grid_log_partition for width w (the shorter side) and length."""
    entries = 4.0 ** w if periodic else 2.0 ** w
    return (length - 1) * w * (SITE_SECONDS + entries / ENTRIES_PER_SECOND)


# -- the route protocol (toy_models.routes) ----------------------------------------------
def applies(model) -> bool:
    """Every Ising lattice. A grid too wide for the frontier (> MAX_WIDTH, or periodic >
    MAX_PERIODIC_WIDTH) has >= 2^121 states, so no other route could take it either: we
    accept it and refuse it with the reason (StateSpaceTooLarge) before any work."""
    from ..lattice import IsingLattice
    return isinstance(model, IsingLattice)


@route_entry
def log_partition_and_negative_phase(model):
    """log Z and E_P[dE/dΘ] = -(d log Z/d coupling, d log Z/d field) as 0-d arrays."""
    K, H = float(model.params["coupling"]), float(model.params["field"])
    if model.kind == "chain":
        log_z, dK, dH = chain_log_partition(model.n_sites, K, H, model.periodic)
    else:
        log_z, dK, dH = grid_log_partition(*model.shape, K, H, model.periodic)
    return log_z, {"coupling": np.array(-dK), "field": np.array(-dH)}


def log_partition(model) -> float:
    return log_partition_and_negative_phase(model)[0]
