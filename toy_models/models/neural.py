"""NeuralEnergy, the paper's energy on binary x (Kim & Bengio 2016, sec. 2):

  E(x) = |x|^2 / sigma^2 - b.x - sum_j softplus(w_j . f(x) + c_j),
  f(x) = tanh(x W1 + c1)   (a one-hidden-layer MLP: the "deep features")

sigma is a fixed constant, not a parameter. Not an exponential family: its phases use
the generic weighted_energy_gradient of base.py, i.e. one backward pass of
sum_x stop_grad(weight(x)) E(x) per chunk, never a Jacobian per state.
"""
from __future__ import annotations

import autograd.numpy as anp
import numpy as np
from autograd.extend import defvjp, primitive

from ..errors import InputError
from ..spaces import Binary
from ..validate import sum_abs
from .base import EnergyModel, as_param, softplus


@primitive
def tanh(z):
    return np.tanh(z)


# autograd's own rule for tanh is g / cosh(z)^2, which overflows (to a correct 0, with a
# RuntimeWarning) once |z| > 355; 1 - tanh(z)^2 is the same derivative and never overflows.
defvjp(tanh, lambda ans, z: lambda g: g * (1.0 - ans ** 2))


class NeuralEnergy(EnergyModel):
    """The paper's energy on binary x (Kim & Bengio 2016, sec. 2):
    E(x) = |x|^2 / sigma^2 - b.x - sum_j softplus(w_j . f(x) + c_j), with f(x) = tanh(x W1 + c1).

    Args:
        b: (d,) visible biases; W1: (d, m) and c1: (m,) the feature layer; w: (m, k) and c: (k,)
        the experts; sigma: a fixed positive constant (not a parameter).

    `NeuralEnergy.random(d, rng)` draws seeded random parameters.
    """

    def __init__(self, b, W1, c1, w, c, sigma=1.0):
        b = as_param(b, "b", ndim=1)
        d = b.shape[0]
        W1 = as_param(W1, "W1", ndim=2)
        if W1.shape[0] != d:
            raise InputError(f"W1 must have shape (d, n_features) with d = len(b) = {d}, got {W1.shape}")
        m = W1.shape[1]
        c1 = as_param(c1, "c1", shape=(m,))
        w = as_param(w, "w", ndim=2)
        if w.shape[0] != m:
            raise InputError(f"w must have shape (n_features, n_experts) = ({m}, k), got {w.shape}")
        c = as_param(c, "c", shape=(w.shape[1],))
        if isinstance(sigma, bool) or not isinstance(sigma, (int, float, np.floating, np.integer)) \
                or not np.isfinite(sigma) or sigma <= 0:
            raise InputError(f"sigma must be a finite positive number, got {sigma!r}")
        if d < 1 or m < 1 or w.shape[1] < 1:
            raise InputError("b, W1 and w must be non-empty")
        self.d, self.n_features, self.n_experts = d, m, w.shape[1]
        self.sigma = float(sigma)
        self.space = Binary(d)
        self.params = {"b": b, "W1": W1, "c1": c1, "w": w, "c": c}

    @classmethod
    def random(cls, d, rng, n_features=8, n_experts=4, scale=0.5, sigma=2.0):
        """Seeded random parameters (entries ~ N(0, scale^2))."""
        def draw(*shape):
            return scale * rng.standard_normal(shape)
        return cls(draw(d), draw(d, n_features), draw(n_features), draw(n_features, n_experts),
                   draw(n_experts), sigma=sigma)

    def _check_params(self, params):
        shapes = {"b": (self.d,), "W1": (self.d, self.n_features), "c1": (self.n_features,),
                  "w": (self.n_features, self.n_experts), "c": (self.n_experts,)}
        for name, shape in shapes.items():
            if np.shape(params[name]) != shape:
                raise InputError(f"{name} must have shape {shape}, got {np.shape(params[name])}")

    def energy_bound(self):
        # |f| <= 1 (tanh), x in {0,1}; the tanh input (W1, c1) is bounded too, so that no
        # intermediate overflows into inf - inf
        p = self.params
        with np.errstate(over="ignore", divide="ignore"):
            quadratic = float(self.d / np.float64(self.sigma) ** 2)  # inf, not ZeroDivisionError
        return (quadratic + sum_abs(p["b"], p["w"], p["c"], p["W1"], p["c1"])
                + self.n_experts * np.log(2.0))

    def sizes(self) -> str:
        return f"d={self.d}, features={self.n_features}, experts={self.n_experts}"

    def features(self, x, params=None):
        p = self._p(params)
        return tanh(anp.dot(x, p["W1"]) + p["c1"])

    def energy(self, x, params=None):
        p = self._p(params)
        experts = softplus(anp.dot(self.features(x, p), p["w"]) + p["c"])
        return anp.sum(x * x, axis=1) / self.sigma / self.sigma - anp.dot(x, p["b"]) - anp.sum(experts, axis=1)
