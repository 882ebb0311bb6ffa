"""The RBM gradient in its joint form, by enumeration, to set beside the free-energy form.

  dNLL/dΘ = (1/N) sum_i E_{h ~ P(h|v_i)}[dE(v_i,h)/dΘ]  -  E_{(v,h) ~ P}[dE(v,h)/dΘ]

The first term enumerates the hidden states for every data row at once (an (N, chunk)
matrix of conditional weights, streamed with a per-row running max); the second runs
the plain route over the joint space. Nothing here uses sigmoid(c + vW), so agreement
with RBM.weighted_energy_gradient is a real check of "the hidden layer summed out".
"""
from __future__ import annotations

import numpy as np

from .routes import plain
from .spaces import Binary


class JointView:
    """The RBM seen as a model on its joint space: Z sums e^{-E(v,h)} over (v, h)."""

    def __init__(self, rbm):
        self.rbm = rbm
        self.space = rbm.joint_space
        self.params = rbm.params

    def validate(self):
        self.rbm.validate()

    def free_energy(self, x, params=None):
        return self.rbm.energy(x, params)

    def weighted_energy_gradient(self, x, weights, params=None):
        return self.rbm.weighted_joint_energy_gradient(x, weights, params)

    def __repr__(self) -> str:
        return f"JointView({self.rbm!r})"


def conditional_hidden_mean(rbm, v, chunk_rows=None) -> np.ndarray:
    """E[h | v] for every row of v, by enumerating {0,1}^n_hidden (an (N, n_hidden) array)."""
    W, c = rbm.params["W"], rbm.params["c"]
    vw = v @ W  # the b.v term is constant given v and cancels in P(h|v)
    m = np.full(v.shape[0], -np.inf)
    s = np.zeros(v.shape[0])
    acc = np.zeros((v.shape[0], rbm.n_hidden))
    for h in Binary(rbm.n_hidden).chunks(chunk_rows):
        neg = vw @ h.T + h @ c  # -E(v_i, h_k) + const_i, shape (N, chunk)
        new_m = np.maximum(m, neg.max(axis=1))
        w = np.exp(neg - new_m[:, None])
        rescale = np.exp(m - new_m)
        s = s * rescale + w.sum(axis=1)
        acc = acc * rescale[:, None] + w @ h
        m = new_m
    return acc / s[:, None]


def joint_positive_phase(rbm, data) -> dict:
    v = rbm.check_data(data)
    eh = conditional_hidden_mean(rbm, v)
    n = v.shape[0]
    return {"W": -(v.T @ eh) / n, "b": -v.mean(axis=0), "c": -eh.mean(axis=0)}


def joint_negative_phase(rbm) -> tuple[float, dict]:
    """(log Z over the joint space, E_{v,h}[dE/dΘ])."""
    return plain.log_partition_and_negative_phase(JointView(rbm))


def joint_nll_gradient(rbm, data) -> dict:
    rbm.validate()
    positive = joint_positive_phase(rbm, data)
    _, negative = joint_negative_phase(rbm)
    return {k: positive[k] - negative[k] for k in positive}
