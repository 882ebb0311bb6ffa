"""Single-site Gibbs for the Potts model, all chains at once.

With J[i,j,a,b] = J[j,i,b,a] and J[i,i] = 0, the terms of -E holding x_i are
h[i, x_i] + Σ_{j≠i} J[i, j, x_i, x_j], so

    P(x_i = a | rest) ∝ exp(h[i, a] + Σ_j J[i, j, a, x_j])        (a = 0..q-1)

One gather J[site_c, j, :, x_cj] gives these q logits for every chain c at once.
"""
from __future__ import annotations

import numpy as np

from .checks import site_order


def categorical_draw(logits, rng) -> np.ndarray:
    """One draw per row from softmax(logits) (rows, q), by inverting the row's CDF."""
    w = np.exp(logits - logits.max(axis=1, keepdims=True))
    cdf = np.cumsum(w, axis=1)
    u = rng.random(logits.shape[0]) * cdf[:, -1]
    return np.minimum((cdf < u[:, None]).sum(axis=1), logits.shape[1] - 1)


def potts_sweeps(model, x, n_sweeps: int, rng, scan: str) -> np.ndarray:
    J, h = model.params["J"], model.params["h"]
    chains = np.arange(x.shape[0])
    cols = np.arange(model.d)[None, :]
    for _ in range(n_sweeps):
        for sites in site_order(scan, model.d, x.shape[0], rng):
            # J[s_c, j, :, x_cj] has shape (chains, d, q): sum over j for the logits
            logits = h[sites] + J[sites[:, None], cols, :, x].sum(axis=1)
            x[chains, sites] = categorical_draw(logits, rng)
    return x
