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
from ..validate import as_float64, check_energy_bound, check_params


def as_param(value, name: str, shape=None, ndim=None) -> np.ndarray:
    """A float64 copy of `value`, checked for numeric type, shape and finiteness.

    Real ints are cast when exact; complex, bool and strings are refused (validate.py)."""
    arr = as_float64(value, name)
    if arr is value:
        arr = arr.copy()
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
        """E(x) for each row of x (vectorized, traceable by autograd); params: the model's by default."""
        raise NotImplementedError

    def _check_params(self, params: dict) -> None:
        """Model-specific checks (shapes, symmetry); raise InputError."""

    def sizes(self) -> str:  # pragma: no cover - abstract
        """The model's sizes in words (its repr)."""
        raise NotImplementedError

    # -- shared ---------------------------------------------------------------
    def _p(self, params):
        return self.params if params is None else params

    def free_energy(self, x, params=None):
        """F(x), the energy of what the NLL is over: E(x) here, the visible marginal's for latent models."""
        return self.energy(x, params)

    def weighted_energy_gradient(self, x, weights, params=None) -> dict:
        """sum_r weights[r] dF(x_r)/dΘ by one backward pass; weights are constants."""
        w = np.asarray(weights, dtype=np.float64)
        return autograd.grad(lambda p: anp.dot(w, self.free_energy(x, p)))(dict(self._p(params)))

    def energy_bound(self):
        """An upper bound on |F(x)| (and the energy's intermediates) over every state, from
        the parameters alone; None when the model has none (validate.check_energy_bound)."""
        return None

    def __setattr__(self, name, value):
        # The first params a model is given (by its constructor, after checking them) fix the
        # names and shapes that validate() holds every later edit to.
        if name == "params" and "_param_shapes" not in self.__dict__ and isinstance(value, dict) and value:
            self._record_param_shapes(value)
        object.__setattr__(self, name, value)

    def _record_param_shapes(self, params):
        object.__setattr__(self, "_param_shapes", {k: np.shape(v) for k, v in params.items()})

    def validate(self) -> None:
        """Re-check the parameters (they may have been edited since construction): names,
        dtype (float64, exact casts only), shapes, finiteness, the model's own checks
        (symmetry, ...), and the energy bound. Every entry point calls this first."""
        if "_param_shapes" not in self.__dict__ and isinstance(self.params, dict):
            self._record_param_shapes(self.params)  # a model that filled an empty dict in place
        check_params(self)
        self._check_params(self.params)
        check_energy_bound(self)

    def check_data(self, data, name: str = "data") -> np.ndarray:
        """data as an array of states of the model's space; InputError naming `name` otherwise."""
        return self.space.check_data(data, name)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.sizes()})"
