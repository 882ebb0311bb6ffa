"""The blocked route against a brute-force Python loop over every state.

Tolerance: 1e-10 relative (normwise, max norm). Both sides are float64 sums of at most
2^12 terms of O(1) size; the rounding error is ~1e-14, so 1e-10 only fails on a real bug.
"""
import itertools

import numpy as np
import pytest

from toy_models.routes.blocked import half_table, ising_moments, potts_moments

RTOL = 1e-10


def rel(a, b):
    a, b = np.asarray(a), np.asarray(b)
    return float(np.max(np.abs(a - b)) / max(np.max(np.abs(b)), 1e-300))


def brute_moments(energy, states):
    """log Z, E[f], E[f f^T] by a plain loop (the independent reference)."""
    negs = [-energy(x) for x in states]
    m = max(negs)
    w = [np.exp(n - m) for n in negs]
    s = sum(w)
    return m + np.log(s), w, s


def random_ising(rng, d, scale=1.0):
    a = rng.normal(size=(d, d)) * scale
    J = (a + a.T) / 2
    np.fill_diagonal(J, 0.0)
    return J, rng.normal(size=d) * scale


@pytest.mark.parametrize("d", [1, 2, 3, 6, 9])
@pytest.mark.parametrize("values", [(-1.0, 1.0), (0.0, 1.0)])
def test_ising_matches_loop(rng, d, values):
    J, h = random_ising(rng, d)
    states = [np.array(x) for x in itertools.product(values, repeat=d)]
    log_z, w, s = brute_moments(lambda x: -x @ J @ x / 2 - h @ x, states)
    first = sum(wi * x for wi, x in zip(w, states)) / s
    second = sum(wi * np.outer(x, x) for wi, x in zip(w, states)) / s
    # chunk_entries=3 forces many chunks, so the running-maximum rescale is exercised
    # max_b_states=2 forces a lopsided split (half B of one variable)
    for chunk, max_b in ((3, 2 ** 12), (2 ** 16, 2 ** 12), (5, 2)):
        got = ising_moments(J, h, values, chunk_entries=chunk, max_b_states=max_b)
        assert abs(got[0] - log_z) <= RTOL * abs(log_z)
        assert rel(got[1], first) <= RTOL
        assert rel(got[2], second) <= RTOL


def test_ising_diagonal_of_j_acts_like_the_energy(rng):
    # The energy -x.Jx/2 counts J_ii x_i^2 / 2; so must the route (for {0,1} it matters).
    J, h = random_ising(rng, 5)
    J[2, 2] = 1.5
    states = half_table((0.0, 1.0), 5)
    neg = 0.5 * np.sum((states @ J) * states, axis=1) + states @ h
    log_z = np.log(np.sum(np.exp(neg)))
    assert abs(ising_moments(J, h, (0.0, 1.0))[0] - log_z) <= RTOL * abs(log_z)


def test_large_energies_stay_finite(rng):
    # energies ~ 1e4: e^{-E} overflows, log Z must not
    J, h = random_ising(rng, 8, scale=1e3)
    states = half_table((-1.0, 1.0), 8)
    neg = 0.5 * np.sum((states @ J) * states, axis=1) + states @ h
    m = neg.max()
    log_z = m + np.log(np.sum(np.exp(neg - m)))
    got = ising_moments(J, h, chunk_entries=5)
    assert np.isfinite(got[0]) and abs(got[0] - log_z) <= RTOL * abs(log_z)
    assert np.all(np.isfinite(got[2]))


def test_broken_coupling_is_detected(rng):
    # A deliberately wrong J (sign flipped in one pair) must give a different answer.
    J, h = random_ising(rng, 6)
    good = ising_moments(J, h)
    J[0, 1] = J[1, 0] = -J[0, 1]
    assert abs(ising_moments(J, h)[0] - good[0]) > 1e-6


@pytest.mark.parametrize("d,q", [(1, 2), (2, 3), (3, 3), (5, 2), (4, 4)])
def test_potts_matches_loop(rng, d, q):
    J = rng.normal(size=(d, d, q, q))
    J = (J + J.transpose(1, 0, 3, 2)) / 2
    J[np.arange(d), np.arange(d)] = 0.0
    h = rng.normal(size=(d, q))
    states = list(itertools.product(range(q), repeat=d))

    def energy(x):
        pair = sum(J[i, j, x[i], x[j]] for i in range(d) for j in range(d) if i != j)
        return -0.5 * pair - sum(h[i, x[i]] for i in range(d))

    log_z, w, s = brute_moments(energy, states)
    first = np.zeros((d, q))
    second = np.zeros((d, d, q, q))
    for wi, x in zip(w, states):
        for i in range(d):
            first[i, x[i]] += wi / s
            for j in range(d):
                second[i, j, x[i], x[j]] += wi / s
    for max_b in (2 ** 12, q):
        got = potts_moments(J, h, chunk_entries=4, max_b_states=max_b)
        assert abs(got[0] - log_z) <= RTOL * max(1.0, abs(log_z))
        assert rel(got[1], first) <= RTOL
        assert rel(got[2], second) <= RTOL


@pytest.mark.parametrize("lift", [300.0, 400.0])
def test_later_chunks_far_above_the_first(rng, lift):
    # The first chunk (spin 0 = -1) sets the reference; the later ones sit 2*lift above it:
    # 600 folds the running sum (> 1e200) into the reference, 800 overflows exp and makes
    # the route redo that chunk. Both must give the exact answer.
    J, h = random_ising(rng, 4)
    h[0] = lift
    states = half_table((-1.0, 1.0), 4)
    neg = 0.5 * np.sum((states @ J) * states, axis=1) + states @ h
    m = neg.max()
    w = np.exp(neg - m)
    log_z = m + np.log(w.sum())
    got = ising_moments(J, h, chunk_entries=2, max_b_states=2)
    assert abs(got[0] - log_z) <= RTOL * abs(log_z)
    assert rel(got[1], w @ states / w.sum()) <= RTOL


def test_pairs_across_the_halves_closed_form(rng):
    # d = 22 (4M states, too many for a loop): spins coupled only in pairs (i, i + 11), so
    # every pair straddles the split and Z factorises over pairs: log Z = sum over pairs
    # of log sum_{s,t} exp(J s t + h_i s + h_j t). Moments follow from each pair's 4 states.
    d, half = 22, 11
    J = np.zeros((d, d))
    h = rng.normal(size=d)
    pair_j = rng.normal(size=half)
    first, second = np.zeros(d), np.zeros((d, d))
    log_z = 0.0
    st = np.array([(s, t) for s in (-1.0, 1.0) for t in (-1.0, 1.0)])
    for k in range(half):
        i, j = k, k + half
        J[i, j] = J[j, i] = pair_j[k]
        w = np.exp(pair_j[k] * st[:, 0] * st[:, 1] + h[i] * st[:, 0] + h[j] * st[:, 1])
        log_z += np.log(w.sum())
        first[i], first[j] = w @ st[:, 0] / w.sum(), w @ st[:, 1] / w.sum()
        second[i, j] = second[j, i] = w @ (st[:, 0] * st[:, 1]) / w.sum()
    indep = np.outer(first, first)  # different pairs are independent
    paired = second != 0
    second = np.where(paired, second, indep)
    np.fill_diagonal(second, 1.0)  # s_i^2 = 1
    got = ising_moments(J, h)
    assert abs(got[0] - log_z) <= RTOL * abs(log_z)
    assert rel(got[1], first) <= RTOL and rel(got[2], second) <= RTOL
