"""The transfer-matrix route against enumeration, the periodic chain's closed form, and
Kaufman's (1949) exact partition function of the finite periodic square lattice.

Tolerances (relative): 1e-10 everywhere. Enumeration sums <= 2^16 terms of O(1) log
weights; the closed forms are a handful of transcendental functions; the transfer
sweep does ~n log-sum-exp steps each exact to ~1e-16 relative; so agreement is ~1e-13
and 1e-10 fails only on a real error.
"""
import itertools

import autograd
import autograd.numpy as anp
import numpy as np
import pytest

from toy_models.errors import StateSpaceTooLarge
from toy_models.routes.transfer import chain_log_partition, grid_log_partition

RTOL = 1e-10
K_CRITICAL = np.arcsinh(1.0) / 2  # sinh 2K = 1 (Onsager)


def close(a, b, rtol=RTOL):
    return abs(a - b) <= rtol * max(1.0, abs(b))


def loop_bonds(rows, cols, periodic):
    """Bonds written out by hand: right and down neighbours, wrapping when periodic."""
    bonds = []
    for r in range(rows):
        for c in range(cols):
            if c + 1 < cols or periodic:
                bonds.append((r * cols + c, r * cols + (c + 1) % cols))
            if r + 1 < rows or periodic:
                bonds.append((r * cols + c, ((r + 1) % rows) * cols + c))
    return bonds


def enumerate_lattice(n_sites, bonds, K, H):
    """(log Z, E[bond sum], E[magnetisation]) over all 2^n states (the reference)."""
    s = np.array(list(itertools.product((-1.0, 1.0), repeat=n_sites)))
    bond_sum = sum(s[:, i] * s[:, j] for i, j in bonds) if bonds else np.zeros(len(s))
    mag = s.sum(axis=1)
    neg = K * bond_sum + H * mag
    m = neg.max()
    w = np.exp(neg - m)
    return m + np.log(w.sum()), w @ bond_sum / w.sum(), w @ mag / w.sum()


@pytest.mark.parametrize("n", [1, 2, 3, 5, 10])
@pytest.mark.parametrize("periodic", [False, True])
def test_chain_matches_enumeration(n, periodic):
    bonds = [(i, (i + 1) % n) for i in range(n if periodic else n - 1)]
    for K, H in [(0.37, -0.21), (-1.3, 0.8)]:
        got, ref = chain_log_partition(n, K, H, periodic), enumerate_lattice(n, bonds, K, H)
        assert all(close(g, r) for g, r in zip(got, ref)), (got, ref)


@pytest.mark.parametrize("rows,cols", [(1, 1), (1, 4), (2, 2), (2, 3), (3, 3), (4, 2), (3, 5), (4, 4)])
@pytest.mark.parametrize("periodic", [False, True])
def test_grid_matches_enumeration(rows, cols, periodic):
    bonds = loop_bonds(rows, cols, periodic)
    for K, H in [(0.37, -0.21), (-0.9, 0.5)]:
        got = grid_log_partition(rows, cols, K, H, periodic)
        ref = enumerate_lattice(rows * cols, bonds, K, H)
        assert all(close(g, r) for g, r in zip(got, ref)), (got, ref)


def periodic_chain_log_z(n, K, H):
    """Z = lambda_+^n + lambda_-^n, the eigenvalues of T = [[e^{K+H}, e^-K], [e^-K, e^{K-H}]]:
    lambda_pm = e^K cosh H pm sqrt(e^{2K} sinh^2 H + e^{-2K}). In logs, for any n."""
    root = anp.sqrt(anp.exp(2 * K) * anp.sinh(H) ** 2 + anp.exp(-2 * K))
    lp, lm = anp.exp(K) * anp.cosh(H) + root, anp.exp(K) * anp.cosh(H) - root
    return n * anp.log(lp) + anp.log1p((lm / lp) ** n)


@pytest.mark.parametrize("n", [3, 4, 17, 1000, 100000])
@pytest.mark.parametrize("K,H", [(0.5, 0.1), (-0.7, 0.0), (2.0, -0.3), (0.1, 3.0)])
def test_periodic_chain_closed_form(n, K, H):
    got = chain_log_partition(n, K, H, periodic=True)
    ref = periodic_chain_log_z(n, K, H)
    dK = autograd.grad(periodic_chain_log_z, 1)(n, K, H)
    dH = autograd.grad(periodic_chain_log_z, 2)(n, K, H)
    assert np.isfinite(got[0])
    assert close(got[0], ref) and close(got[1], dK) and close(got[2], dH), (got, ref, dK, dH)


def test_open_chain_without_field_closed_form():
    # Z = 2 (2 cosh K)^(n-1): each bond sums out independently
    n, K = 100000, 0.8
    log_z, dK, dH = chain_log_partition(n, K, 0.0)
    assert close(log_z, np.log(2) + (n - 1) * np.log(2 * np.cosh(K)))
    assert close(dK, (n - 1) * np.tanh(K)) and abs(dH) <= RTOL * n


def product(v):
    """prod(v) by repeated multiplication: autograd's prod divides by v, NaN when a factor is 0."""
    out = v[0]
    for i in range(1, len(v)):
        out = out * v[i]
    return out


def kaufman_log_z(m, n, K):
    """log Z of the m x n periodic square lattice, coupling K > 0, no field (Kaufman 1949,
    in the form of Beale 1996). Derivation in brief: the row-to-row transfer matrix V acts
    on n spins; Z = tr V^m. A Jordan-Wigner transformation turns V into free fermions
    whose single-particle energies gamma_l satisfy
        cosh gamma_l = cosh 2K coth 2K - cos(l pi / n),  gamma_0 = 2K + ln tanh K
    (gamma_0 is signed: negative above the critical temperature, 0 at sinh 2K = 1).
    The fermion parity splits the trace in two sectors, with odd l (antiperiodic) and
    even l (periodic) momenta, and projecting each onto its parity gives
    (prod 2 cosh(m gamma / 2) +- prod 2 sinh(m gamma / 2)) / 2, so
        Z = (1/2) (2 sinh 2K)^(mn/2) [Z1 + Z2 + Z3 + Z4],
        Z1, Z2 = prod_{r<n} 2 cosh, 2 sinh (m gamma_{2r+1} / 2),
        Z3, Z4 = prod_{r<n} 2 cosh, 2 sinh (m gamma_{2r} / 2).
    Z2 and Z4 can be negative, and Z4 = 0 exactly at the critical point (gamma_0 = 0) while
    its derivative is not, so the products are formed in linear space (fine for the test
    sizes: each is below e^150) and only their sum is logged."""
    l = np.arange(2 * n)
    c = anp.cosh(2 * K) / anp.tanh(2 * K)
    gamma = anp.arccosh(c - np.cos(l[1:] * np.pi / n))
    gamma = anp.concatenate([anp.reshape(2 * K + anp.log(anp.tanh(K)), (1,)), gamma])
    odd, even = gamma[1::2], gamma[0::2]
    total = (product(2 * anp.cosh(m * odd / 2)) + product(2 * anp.sinh(m * odd / 2))
             + product(2 * anp.cosh(m * even / 2)) + product(2 * anp.sinh(m * even / 2)))
    return anp.log(0.5) + m * n / 2 * anp.log(2 * anp.sinh(2 * K)) + anp.log(total)


@pytest.mark.parametrize("m,n", [(3, 3), (3, 4), (4, 4)])
@pytest.mark.parametrize("K", [0.2, K_CRITICAL, 0.7])
def test_kaufman_helper_against_enumeration(m, n, K):
    # the reference must itself be right: check it where enumeration can run
    assert close(kaufman_log_z(m, n, K), enumerate_lattice(m * n, loop_bonds(m, n, True), K, 0.0)[0])


@pytest.mark.parametrize("m,n", [(4, 4), (5, 7), (6, 6), (8, 8), (6, 12)])
@pytest.mark.parametrize("K", [0.25, K_CRITICAL, 0.9])
def test_periodic_grid_matches_kaufman(m, n, K):
    log_z, dK, dH = grid_log_partition(m, n, K, 0.0, periodic=True)
    assert close(log_z, kaufman_log_z(m, n, K))
    assert close(dK, autograd.grad(kaufman_log_z, 2)(m, n, K))
    assert abs(dH) <= RTOL * m * n  # zero field: the magnetisation averages to 0


def test_large_grid_is_finite_and_matches_independent_spins():
    # 14 x 200 (2800 spins): with K = 0 every spin is free, log Z = n log(2 cosh H)
    n, H = 14 * 200, 0.3
    log_z, dK, dH = grid_log_partition(14, 200, 0.0, H)
    assert close(log_z, n * np.log(2 * np.cosh(H))) and close(dH, n * np.tanh(H))
    assert close(dK, (13 * 200 + 14 * 199) * np.tanh(H) ** 2)  # E[s_i s_j] = tanh^2 H
    log_z, dK, dH = grid_log_partition(14, 200, K_CRITICAL, 0.0)
    assert np.isfinite(log_z) and 0 < dK < 13 * 200 + 14 * 199 and abs(dH) < 1e-8 * n


def test_grid_gradient_matches_central_differences():
    # d log Z / d(K, H) by forward mode vs central differences of log Z itself (step 1e-5:
    # truncation ~ h^2 * third cumulant ~ 1e-8 relative here; so a 1e-6 tolerance)
    K, H, h = 0.41, 0.13, 1e-5
    _, dK, dH = grid_log_partition(9, 11, K, H)
    fdK = (grid_log_partition(9, 11, K + h, H)[0] - grid_log_partition(9, 11, K - h, H)[0]) / (2 * h)
    fdH = (grid_log_partition(9, 11, K, H + h)[0] - grid_log_partition(9, 11, K, H - h)[0]) / (2 * h)
    assert abs(dK - fdK) <= 1e-6 * abs(dK) and abs(dH - fdH) <= 1e-6 * abs(dH)


def test_one_row_grid_is_an_open_chain():
    got, ref = grid_log_partition(1, 37, 0.6, 0.2), chain_log_partition(37, 0.6, 0.2)
    assert all(close(g, r) for g, r in zip(got, ref))


def test_wrong_coupling_is_detected():
    assert not close(grid_log_partition(4, 4, 0.5, 0.0, True)[0], kaufman_log_z(4, 4, 0.51))


def test_too_wide_is_refused_before_work():
    with pytest.raises(StateSpaceTooLarge, match="2\\^225 states.*min\\(rows, cols\\) <= 14"):
        grid_log_partition(15, 15, 0.3)
    with pytest.raises(ValueError, match="<= 10"):
        grid_log_partition(11, 30, 0.3, periodic=True)
    with pytest.raises(ValueError, match="rows must be a positive integer"):
        grid_log_partition(0, 3, 0.3)


def test_strong_coupling_stays_finite_and_exact():
    # K = 1000 (energies ~ 1e5): e^{-E} overflows, log Z must not. Open grid, no field:
    # the two ground states (all up, all down) hold all but e^-2000 of the mass, so
    # log Z = K * bonds + log 2 and d log Z / dK = bonds to rounding.
    rows, cols, K = 6, 9, 1000.0
    bonds = (rows - 1) * cols + rows * (cols - 1)
    log_z, dK, dH = grid_log_partition(rows, cols, K, 0.0)
    assert close(log_z, K * bonds + np.log(2)) and close(dK, bonds) and abs(dH) <= 1e-8
    # the open chain: log Z = log 2 + (n - 1) log(2 cosh K), written without overflow
    n = 1000
    log_z, dK, _ = chain_log_partition(n, K, 0.0)
    assert close(log_z, np.log(2) + (n - 1) * (K + np.log1p(np.exp(-2 * K))))
    assert close(dK, (n - 1) * np.tanh(K))
