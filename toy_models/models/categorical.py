"""Categorical: one variable with K values, E(k) = theta[k].

The sufficient statistic of theta is the one-hot vector of k, so dE(k)/dtheta = e_k
and both phases are histograms (a weighted bincount). Closed form: log Z =
logsumexp(-theta).
"""
from __future__ import annotations

import numpy as np

from ..errors import InputError
from ..spaces import Qary
from .base import EnergyModel, as_param


class Categorical(EnergyModel):
    """One variable with K values and energy E(k) = theta[k]: P(k) = e^{-theta[k]} / Z.

    Args:
        theta: array of shape (K,), K >= 2, the energy of each value.

    Example:
        >>> Categorical([0.0, 1.0, 2.0]).K
        3
    """

    def __init__(self, theta):
        theta = as_param(theta, "theta", ndim=1)
        if theta.shape[0] < 2:
            raise InputError(f"theta must have K >= 2 entries, got {theta.shape[0]}")
        self.K = theta.shape[0]
        self.space = Qary(1, self.K)
        self.params = {"theta": theta}

    def _check_params(self, params):
        if np.shape(params["theta"]) != (self.K,):
            raise InputError(f"theta must have shape ({self.K},), got {np.shape(params['theta'])}")

    def energy_bound(self):
        return float(np.max(np.abs(self.params["theta"])))

    def sizes(self) -> str:
        return f"K={self.K}"

    @staticmethod
    def _index(x):
        x = np.asarray(x)
        return x.reshape(x.shape[0], -1)[:, 0].astype(np.int64)

    def energy(self, x, params=None):
        return self._p(params)["theta"][self._index(x)]

    def weighted_energy_gradient(self, x, weights, params=None):
        return {"theta": np.bincount(self._index(x), weights=weights, minlength=self.K).astype(np.float64)}

    def check_data(self, data, name="data"):
        arr = np.asarray(data) if not isinstance(data, np.ndarray) else data
        if arr.ndim != 1 and not (arr.ndim == 2 and arr.shape[1] == 1):
            raise InputError(f"{name} must be an int array of shape (N,) for Categorical, got {arr.shape}")
        return self.space.check_data(arr.reshape(-1, 1) if arr.ndim == 1 else arr, name)
