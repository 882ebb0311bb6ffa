"""Closed forms for the square-lattice Ising model without field: references for the transfer route.

  kaufman_log_z(m, n, K)     log Z of the m x n PERIODIC lattice, coupling K > 0 (Kaufman 1949, in the
                             form of Beale 1996), every term in log space so any size works
  onsager_log_z_per_site(K)  the infinite lattice's log Z per site (Onsager 1944), by a midpoint rule

E(s) = -K sum_<ij> s_i s_j over nearest neighbours, s = +-1 (toy_models.lattice.grid, field 0).
Kaufman: with cosh g_l = cosh 2K coth 2K - cos(l pi / n) for l = 1..2n-1 and g_0 = 2K + log tanh K,
    Z = (1/2) (2 sinh 2K)^(mn/2) [prod_r 2cosh(m g_{2r+1}/2) + prod_r 2sinh(m g_{2r+1}/2)
                                  + prod_r 2cosh(m g_{2r}/2) + prod_r 2sinh(m g_{2r}/2)],  r = 0..n-1.
g_0 < 0 below the critical coupling, so the last product can be negative: products are kept as
(sign, log|.|) and summed with their signs.
"""
from __future__ import annotations

import numpy as np

from .errors import InputError

K_CRITICAL = 0.5 * np.log1p(np.sqrt(2.0))


def _log_2cosh(z):
    a = np.abs(z)
    return a + np.log1p(np.exp(-2 * a))


def _signed_log_2sinh(z):
    """(sign, log|2 sinh z|); sinh(0) = 0 gives (0, -inf)."""
    a = np.abs(z)
    with np.errstate(divide="ignore"):
        return np.sign(z), a + np.log(-np.expm1(-2 * a))


def kaufman_log_z(m: int, n: int, K: float) -> float:
    for name, v in (("m", m), ("n", n)):
        if isinstance(v, bool) or not isinstance(v, (int, np.integer)) or v < 2:
            raise InputError(f"{name} must be an integer >= 2 (rows and columns of the torus), got {v!r}")
    if not (isinstance(K, (int, float, np.floating)) and np.isfinite(K) and K > 0):
        raise InputError(f"K must be a positive finite coupling (the formula is for ferromagnets), got {K!r}")
    l = np.arange(1, 2 * n)
    gamma = np.concatenate([[2 * K + np.log(np.tanh(K))],
                            np.arccosh(np.cosh(2 * K) / np.tanh(2 * K) - np.cos(l * np.pi / n))])
    terms = []  # (sign, log|product|) of the four products
    for g in (gamma[1::2], gamma[0::2]):
        terms.append((1.0, float(np.sum(_log_2cosh(m * g / 2)))))
        signs, logs = _signed_log_2sinh(m * g / 2)
        terms.append((float(np.prod(signs)), float(np.sum(logs))))
    top = max(t[1] for t in terms if t[0] != 0)
    total = sum(s * np.exp(v - top) for s, v in terms if s != 0)
    return float(np.log(0.5) + m * n / 2 * np.log(2 * np.sinh(2 * K)) + top + np.log(total))


def onsager_log_z_per_site(K: float, grid: int = 400) -> float:
    """log 2 + (1/(8 pi^2)) double integral of log[cosh^2 2K - sinh 2K (cos t1 + cos t2)], midpoint rule
    (its log singularity at K_CRITICAL is integrable and the midpoints never hit it)."""
    t = (np.arange(grid) + 0.5) * 2 * np.pi / grid
    c = np.cos(t)[:, None] + np.cos(t)[None, :]
    return float(np.log(2.0) + 0.5 * np.mean(np.log(np.cosh(2 * K) ** 2 - np.sinh(2 * K) * c)))
