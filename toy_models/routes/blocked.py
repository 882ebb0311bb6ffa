"""The blocked route: pairwise models (Ising, Potts) by one matrix product between halves.

A pairwise model's negative energy is quadratic in a feature vector f(x) (x itself for
Ising, the one-hot code for Potts): -E = f.Jf/2 + h.f. Split the variables into a front
half A and a back half B, f = (f_A, f_B); then
    -E(a, b) = u_A[a] + u_B[b] + f_A(a) . J_AB f_B(b),   u_A = f_A.J_AA f_A/2 + h_A.f_A,
so the whole table of -E over (a, b) is ONE matrix product of augmented half tables,
    [f_A J_AB, u_A, 1] @ [f_B, 1, u_B]^T,
and the moments E[f], E[f f^T] are matrix products with the probability table. Rows of
A are generated and taken in chunks, so memory stays ~ CHUNK_ENTRIES doubles plus the
half-B table whatever d is; the reduction works against a log-space reference (Z
itself is never formed). The cost is one exp per state plus BLAS work: d = 24 measured
at 2.5-2.9x the time of numpy.exp over 2^24 values (benchmarks/bench_routes.py).
"""
from __future__ import annotations

import numpy as np

from ..validate import route_entry
from ._blas import blas_single_threaded

name = "blocked"

# Doubles per chunk of the (rows of A) x (states of B) table. 2^16 * 8 B = 512 KB stays in
# L2 cache, and keeps each matrix product below OpenBLAS's threading threshold: on a
# shared, loaded 2-core machine its threads made larger products 10-20x SLOWER (d = 24:
# 0.05 s at 2^16 entries, 0.3-1.3 s at 2^18-2^20; d = 27 with a 2^14-state half B:
# 8.8 s against 0.6 s single-threaded). pairwise_moments also pins OpenBLAS to one
# thread (_blas.py), and half B is capped at MAX_B_STATES states; half A (any size) is
# generated chunk by chunk.
CHUNK_ENTRIES = 2 ** 16
# A lopsided split is cheaper: the two matrix products cost ~ (DB + 2) and (DB + 1)
# multiply-adds per state, so a smaller half B saves work, until its rows get too short.
# Measured at d = 24 on a quiet moment (time / exp floor, chunks of 2^16): half B of
# 2^6 states 4.8x, 2^8 2.7x, 2^9 2.5x, 2^10 2.6x, 2^11 2.55x, 2^12 2.9x.
MAX_B_STATES = 2 ** 10
# The largest space this route takes: d = 30 Ising (2^30 states) measured 3.3-3.8 s, so
# 2^31 is under ~10 s even on a loaded machine; beyond it the plain route's refusal
# (with the size) applies rather than a run of minutes.
MAX_BLOCKED_STATES = 2 ** 31


def half_table(values, k: int, start: int = 0, stop: int | None = None) -> np.ndarray:
    """States start..stop-1 of k variables over `values` (all of them by default), first
    variable most significant: (stop - start, k); (1, 0) when k = 0."""
    values = np.asarray(values)
    q = len(values)
    codes = np.arange(start, q ** k if stop is None else stop, dtype=np.int64)
    powers = q ** np.arange(k - 1, -1, -1, dtype=np.int64)
    return values[(codes[:, None] // powers[None, :]) % q]


def split_sizes(d: int, q: int, max_b_states: int = MAX_B_STATES):
    """(dA, dB): half B as close to d/2 as allowed by q^dB <= max_b_states."""
    dB = (d + 1) // 2
    while dB > 0 and q ** dB > max_b_states:
        dB -= 1
    return d - dB, dB


@blas_single_threaded
def pairwise_moments(J, h, features_a, n_a: int, FB, chunk_entries: int = CHUNK_ENTRIES):
    """log Z, E[f] and E[f f^T] for -E = f.Jf/2 + h.f over all pairs of half states.

    J (D, D) symmetric, h (D,); `features_a(start, stop)` gives the features (rows, DA)
    of states start..stop-1 of half A (n_a states), FB (nB, DB) those of every state of
    half B, D = DA + DB. The diagonal of J acts (f_i^2 J_ii / 2), exactly as in the
    energy formula.
    """
    J = np.asarray(J, dtype=np.float64)
    h = np.asarray(h, dtype=np.float64)
    FB = np.asarray(FB, dtype=np.float64)
    nB, DB = FB.shape
    DA = J.shape[0] - DB
    J_aa, J_ab, h_a = J[:DA, :DA], J[:DA, DA:], h[:DA]
    uB = 0.5 * np.sum((FB @ J[DA:, DA:]) * FB, axis=1) + FB @ h[DA:]
    right_t = np.ascontiguousarray(np.hstack([FB, np.ones((nB, 1)), uB[:, None]]).T)
    FB1 = np.hstack([FB, np.ones((nB, 1))])  # the ones column gives the row sums for free
    rows = max(1, chunk_entries // nB)

    # Every table entry is -E - m for a reference m: the first chunk's maximum, raised
    # only when a later state beats it by more than exp can hold (then that chunk is
    # redone), or when the running sum grows past 1e200 (folded into m). The sum is always
    # >= e^m (the first chunk holds an entry e^0), so an entry that underflows to 0 is
    # < e^-745 of the total. This way no chunk but the first pays a max pass and a
    # subtraction pass over its table.
    m, s = None, 0.0
    colsum = np.zeros(nB)
    first_a, second_aa, cross = np.zeros(DA), np.zeros((DA, DA)), np.zeros((DA, DB))
    for start in range(0, n_a, rows):
        fa = np.asarray(features_a(start, min(start + rows, n_a)), dtype=np.float64)
        u_a = 0.5 * np.sum((fa @ J_aa) * fa, axis=1) + fa @ h_a
        left = np.hstack([fa @ J_ab, (u_a - (0.0 if m is None else m))[:, None], np.ones((len(fa), 1))])
        table = left @ right_t  # -E - m for this chunk of A x all of B
        if m is None:
            m = float(table.max())
            table -= m
        with np.errstate(over="ignore", invalid="ignore"):  # overflow is caught just below
            np.exp(table, out=table)  # the unnormalised probabilities P * Z * e^-m
            pb1 = table @ FB1  # (rows, DB + 1): sum_b P f_B(b), and the row sums
        if not np.isfinite(pb1[:, DB].sum()):  # a state beat m by > ~709: redo exactly
            table = left @ right_t
            lift = float(table.max())
            table -= lift
            np.exp(table, out=table)
            pb1 = table @ FB1
            scale = np.exp(-lift)
            s, colsum, first_a, second_aa, cross = (s * scale, colsum * scale, first_a * scale,
                                                     second_aa * scale, cross * scale)
            m += lift
        r = pb1[:, DB]
        colsum += table.sum(axis=0)
        s += r.sum()
        first_a += r @ fa
        second_aa += (fa * r[:, None]).T @ fa
        cross += fa.T @ pb1[:, :DB]
        if s > 1e200:  # keep the sums far from overflow
            colsum, first_a, second_aa, cross = colsum / s, first_a / s, second_aa / s, cross / s
            m, s = m + np.log(s), 1.0
    first = np.concatenate([first_a, colsum @ FB]) / s
    second = np.empty((DA + DB, DA + DB))
    second[:DA, :DA] = second_aa / s
    second[DA:, DA:] = ((FB * colsum[:, None]).T @ FB) / s
    second[:DA, DA:] = cross / s
    second[DA:, :DA] = second[:DA, DA:].T
    return float(m + np.log(s)), first, second


# -- the two pairwise models -------------------------------------------------------------
def ising_moments(J, h, values=(-1.0, 1.0), chunk_entries: int = CHUNK_ENTRIES,
                  max_b_states: int = MAX_B_STATES):
    """log Z, E[x] (d,), E[x x^T] (d, d) of E(x) = -x.Jx/2 - h.x over values^d."""
    d = len(h)
    dA, dB = split_sizes(d, len(values), max_b_states)
    return pairwise_moments(J, h, lambda i, j: half_table(values, dA, i, j), len(values) ** dA,
                            half_table(values, dB), chunk_entries)


def potts_flat(J):
    """J (d, d, q, q) as the (d*q, d*q) matrix over one-hot codes, i = j blocks zeroed."""
    d, q = J.shape[0], J.shape[2]
    off = (1.0 - np.eye(d))[:, :, None, None]
    return np.transpose(J * off, (0, 2, 1, 3)).reshape(d * q, d * q)


def one_hot_table(k: int, q: int, start: int = 0, stop: int | None = None) -> np.ndarray:
    states = half_table(np.arange(q), k, start, stop)
    return (states[:, :, None] == np.arange(q)).reshape(len(states), k * q).astype(np.float64)


def potts_moments(J, h, chunk_entries: int = CHUNK_ENTRIES, max_b_states: int = MAX_B_STATES):
    """log Z, E[o] (d, q), E[o o^T] (d, d, q, q) of the Potts model, o the one-hot code."""
    d, q = h.shape
    dA, dB = split_sizes(d, q, max_b_states)
    log_z, first, second = pairwise_moments(potts_flat(J), h.reshape(-1),
                                            lambda i, j: one_hot_table(dA, q, i, j), q ** dA,
                                            one_hot_table(dB, q), chunk_entries)
    return log_z, first.reshape(d, q), second.reshape(d, q, d, q).transpose(0, 2, 1, 3)


# -- the route protocol (toy_models.routes) ----------------------------------------------
def _kind(model):
    from ..models import Ising, Potts
    if type(model) is Ising:
        return "ising"
    if type(model) is Potts:
        return "potts"
    return None


def applies(model) -> bool:
    return _kind(model) is not None and model.space.n_states <= MAX_BLOCKED_STATES


@route_entry
def log_partition_and_negative_phase(model):
    """log Z and E_P[dE/dΘ] = {"J": -E[x x^T]/2, "h": -E[x]} (Potts: one-hot, i != j)."""
    p = model.params
    if _kind(model) == "ising":
        log_z, first, second = ising_moments(p["J"], p["h"], model.space.values)
        return log_z, {"J": -0.5 * second, "h": -first}
    log_z, first, second = potts_moments(p["J"], p["h"])
    off = (1.0 - np.eye(model.d))[:, :, None, None]
    return log_z, {"J": -0.5 * second * off, "h": -first}


def log_partition(model) -> float:
    return log_partition_and_negative_phase(model)[0]
