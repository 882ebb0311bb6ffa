"""Single-site Gibbs for the Ising model, all chains at once.

Site j of an Ising model sees the local field f_j = h_j + Σ_k J_jk x_k (J_jj = 0), and
-E depends on x_j only through x_j f_j, so

    P(x_j = high | rest) = σ((high - low) f_j)

for spins {low, high} = {-1, +1} or {0, 1}. Vectorized over chains (rows); the loop is
over the site updates of a sweep, never over states or chains.
"""
from __future__ import annotations

import numpy as np

from .checks import site_order


def ising_sweeps(model, x, n_sweeps: int, rng, scan: str) -> np.ndarray:
    """`n_sweeps` sweeps (d site updates each) of every row of `x` (a checked copy)."""
    J, h = model.params["J"], model.params["h"]
    low, high = model.space.values
    chains = np.arange(x.shape[0])
    for _ in range(n_sweeps):
        for sites in site_order(scan, model.d, x.shape[0], rng):
            local = h[sites] + np.einsum("ck,ck->c", J[sites], x)
            # σ(z) = (1 + tanh(z/2))/2: no overflow for strong couplings
            p_high = 0.5 * (1.0 + np.tanh(0.5 * (high - low) * local))
            x[chains, sites] = np.where(rng.random(x.shape[0]) < p_high, high, low)
    return x
