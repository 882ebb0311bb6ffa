"""Restricted Boltzmann machine on binary visible v (n_v) and hidden h (n_h) units.

  energy(x)       the joint E(v,h) = -v.Wh - b.v - c.h on rows x = (v, h) of the joint space
  free_energy(v)  F(v) = -log sum_h e^{-E(v,h)} = -b.v - sum_j softplus(c_j + (vW)_j),
                  the hidden layer summed out analytically

The NLL is the visible marginal's, so Z sums e^{-F(v)} over `space` = {0,1}^n_v
(equal to the joint Z). Free-energy statistics: dF/dW = -v sigmoid(c + vW)^T,
dF/db = -v, dF/dc = -sigmoid(c + vW). The joint form of the gradient
(E_{h|v data} minus E_{v,h}) is in toy_models/rbm_joint.py.
"""
from __future__ import annotations

import autograd.numpy as anp
import numpy as np

from ..errors import InputError
from ..spaces import Binary, RBMJoint
from ..validate import sum_abs
from .base import EnergyModel, as_param, sigmoid, softplus


class RBM(EnergyModel):
    """Restricted Boltzmann machine E(v, h) = -v.Wh - b.v - c.h on binary visible v and hidden h.
    The NLL is the visible marginal's, through the free energy F(v) = -log sum_h e^{-E(v, h)}.

    Args:
        W: (n_visible, n_hidden) weights; b: (n_visible,) and c: (n_hidden,) biases.

    Example:
        >>> import numpy as np
        >>> RBM(np.zeros((3, 2)), np.zeros(3), np.zeros(2)).n_hidden
        2
    """

    def __init__(self, W, b, c):
        W = as_param(W, "W", ndim=2)
        n_v, n_h = W.shape
        if n_v < 1 or n_h < 1:
            raise InputError(f"W must have shape (n_visible, n_hidden) with both >= 1, got {W.shape}")
        b = as_param(b, "b", shape=(n_v,))
        c = as_param(c, "c", shape=(n_h,))
        self.n_visible, self.n_hidden = n_v, n_h
        self.space = Binary(n_v)
        self.joint_space = RBMJoint(n_v, n_h)
        self.params = {"W": W, "b": b, "c": c}

    def _check_params(self, params):
        shapes = {"W": (self.n_visible, self.n_hidden), "b": (self.n_visible,), "c": (self.n_hidden,)}
        for name, shape in shapes.items():
            if np.shape(params[name]) != shape:
                raise InputError(f"{name} must have shape {shape}, got {np.shape(params[name])}")

    def energy_bound(self):
        # joint |E| <= sum|W| + sum|b| + sum|c|; the free energy adds at most n_hidden log 2
        p = self.params
        return sum_abs(p["W"], p["b"], p["c"]) + self.n_hidden * np.log(2.0)

    def sizes(self) -> str:
        return f"n_visible={self.n_visible}, n_hidden={self.n_hidden}"

    def energy(self, x, params=None):
        p = self._p(params)
        v, h = self.joint_space.split(x)
        return -anp.sum(anp.dot(v, p["W"]) * h, axis=1) - anp.dot(v, p["b"]) - anp.dot(h, p["c"])

    def free_energy(self, x, params=None):
        p = self._p(params)
        return -anp.dot(x, p["b"]) - anp.sum(softplus(p["c"] + anp.dot(x, p["W"])), axis=1)

    def weighted_energy_gradient(self, x, weights, params=None):
        """Free-energy form: sum_r w_r dF(v_r)/dΘ."""
        p = self._p(params)
        s = sigmoid(p["c"] + x @ p["W"])  # E[h | v], analytically
        return {"W": -((x * weights[:, None]).T @ s), "b": -(weights @ x), "c": -(weights @ s)}

    def weighted_joint_energy_gradient(self, x, weights, params=None):
        """Joint form: sum_r w_r dE(v_r, h_r)/dΘ on joint rows."""
        v, h = self.joint_space.split(x)
        return {"W": -((v * weights[:, None]).T @ h), "b": -(weights @ v), "c": -(weights @ h)}
