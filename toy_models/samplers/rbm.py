"""Block Gibbs for the RBM: all hidden units given v, then all visible units given h.

Given v the hidden units are independent, P(h_j = 1 | v) = σ(c_j + (vW)_j); given h the
visible ones are, P(v_i = 1 | h) = σ(b_i + (W h)_i). One sweep is both half-steps; the
chain on v alone leaves the visible marginal P(v) ∝ e^{-F(v)} invariant. The chains
return v only: the negative phase uses the free-energy gradient, which averages h out
analytically (σ(c + vW)), a Rao-Blackwellized estimate.
"""
from __future__ import annotations

import numpy as np


def _bernoulli(logits, rng):
    return (rng.random(logits.shape) < 0.5 * (1.0 + np.tanh(0.5 * logits))).astype(np.float64)


def rbm_block_sweeps(model, v, n_sweeps: int, rng) -> np.ndarray:
    W, b, c = model.params["W"], model.params["b"], model.params["c"]
    for _ in range(n_sweeps):
        h = _bernoulli(c + v @ W, rng)
        v = _bernoulli(b + h @ W.T, rng)
    return v
