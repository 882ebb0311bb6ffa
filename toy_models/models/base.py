"""What every toy energy model shares: parameters, validation, and the generic phase.

A model has
  params                  dict name -> float64 ndarray (the Θ of eq. 7)
  space                   the state space Z sums over (toy_models.spaces)
  energy(x, params)       E_Θ(x), vectorized over the rows of x, written with autograd.numpy
  free_energy(x, params)  the energy of the distribution whose NLL we take; equal to the
                          energy unless hidden units are summed out (RBM)
  weighted_energy_gradient(x, weights, params)
                          sum_r weights[r] dF(x_r)/dΘ, a dict shaped like params. Both phases
                          are this one call: positive = data rows with weights 1/N, negative =
                          every state with weights P(x) (accumulated over chunks).
The generic weighted_energy_gradient below is ONE autograd backward pass of
sum_r stop_grad(w_r) F(x_r); exponential-family models override it with their
sufficient statistics (a weighted matrix product), right beside their energy.
"""
from __future__ import annotations

import autograd
import autograd.numpy as anp
from autograd.tracer import getval
import numpy as np

from ..errors import InputError


def as_param(value, name: str, shape=None, ndim=None) -> np.ndarray:
    """A float64 copy of `value`, checked for numeric type, shape and finiteness."""
    try:
        arr = np.array(value, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise InputError(f"{name} must be a numeric array: {exc}") from None
    if ndim is not None and arr.ndim != ndim:
        raise InputError(f"{name} must be {ndim}-dimensional, got shape {arr.shape}")
    if shape is not None and arr.shape != tuple(shape):
        raise InputError(f"{name} must have shape {tuple(shape)}, got {arr.shape}")
    if not np.all(np.isfinite(arr)):
        raise InputError(f"{name} holds NaN or inf")
    return arr


def logsumexp(a):
    """log Σ exp(a) over all entries, traceable by autograd, without overflow.

    Our own rather than autograd.scipy's, which imports SciPy (not a dependency). The shift m
    is taken outside the trace: log Σ e^a = m + log Σ e^(a-m) for any constant m, so the
    gradient is softmax(a) exactly.
    """
    m = float(np.max(getval(a)))
    if not np.isfinite(m):
        return m
    return m + anp.log(anp.sum(anp.exp(a - m)))


def softplus(z):
    """log(1 + e^z) without overflow."""
    return anp.logaddexp(0.0, z)


def sigmoid(z):
    """1/(1 + e^-z), the derivative of softplus: no overflow, and full relative precision
    also for tiny values (e^z/(1 + e^z) for z < 0; 1 - ... would lose it)."""
    z = np.asarray(z, dtype=np.float64)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0, e) / (1.0 + e)


class EnergyModel:
    space = None
    params: dict

    # -- to be provided by each model ------------------------------------------
    def energy(self, x, params=None):  # pragma: no cover - abstract
        raise NotImplementedError

    def _check_params(self, params: dict) -> None:
        """Model-specific checks (shapes, symmetry); raise InputError."""

    def sizes(self) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    # -- shared ---------------------------------------------------------------
    def _p(self, params):
        return self.params if params is None else params

    def free_energy(self, x, params=None):
        return self.energy(x, params)

    def weighted_energy_gradient(self, x, weights, params=None) -> dict:
        """sum_r weights[r] dF(x_r)/dΘ by one backward pass; weights are constants."""
        w = np.asarray(weights, dtype=np.float64)
        return autograd.grad(lambda p: anp.dot(w, self.free_energy(x, p)))(dict(self._p(params)))

    def validate(self) -> None:
        """Re-check the parameters (they may have been edited since construction)."""
        if not isinstance(self.params, dict):
            raise InputError(f"params must be a dict, got {type(self.params).__name__}")
        for name, value in self.params.items():
            if not np.all(np.isfinite(value)):
                raise InputError(f"parameter {name} holds NaN or inf")
        self._check_params(self.params)

    def check_data(self, data, name: str = "data") -> np.ndarray:
        return self.space.check_data(data, name)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.sizes()})"
