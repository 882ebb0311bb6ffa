"""Seeded random models and data sets, for `eq7 verify`, tests and notebooks.

`random_model(kind, size, rng)`; the meaning of `size` per kind:
  categorical   K = size values            ising / ising01   d = size spins
  potts         d = size sites, q = 3      rbm               n_visible = n_hidden = size
  neural        d = size binary units (8 tanh features, 4 softplus experts)
  ising-graph   a random 3-regular graph of size spins, a coupling per edge (odd size or
                < 4: each pair an edge with probability 3/(size - 1))
                (2^32 states by default: beyond enumeration, exact by contraction)
Couplings are drawn at a scale that keeps P far from uniform and far from a point mass.
"""
from __future__ import annotations

import numpy as np

from .errors import InputError
from .models import RBM, Categorical, Ising, NeuralEnergy, Potts

DEFAULT_SIZES = {"categorical": 10, "ising": 10, "ising01": 10, "potts": 5, "rbm": 6, "neural": 8,
                 "ising-graph": 32}
KINDS = tuple(DEFAULT_SIZES)


def symmetric_zero_diagonal(rng, d, scale):
    a = scale * rng.standard_normal((d, d))
    J = (a + a.T) / 2
    np.fill_diagonal(J, 0.0)
    return J


def random_model(kind: str, size: int | None, rng: np.random.Generator):
    if kind not in DEFAULT_SIZES:
        raise InputError(f"kind must be one of {KINDS}, got {kind!r}")
    if not isinstance(rng, np.random.Generator):
        raise InputError(f"rng must be a numpy.random.Generator, got {type(rng).__name__}")
    n = DEFAULT_SIZES[kind] if size is None else size
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < (2 if kind == "categorical" else 1):
        raise InputError(f"size must be a positive integer (>= 2 for categorical), got {n!r}")
    scale = 1.0 / np.sqrt(n)
    if kind == "categorical":
        return Categorical(rng.standard_normal(n))
    if kind in ("ising", "ising01"):
        return Ising(symmetric_zero_diagonal(rng, n, scale), 0.3 * rng.standard_normal(n),
                     spins=(-1, 1) if kind == "ising" else (0, 1))
    if kind == "potts":
        q = 3
        a = scale * rng.standard_normal((n, n, q, q))
        J = (a + a.transpose(1, 0, 3, 2)) / 2
        J[np.arange(n), np.arange(n)] = 0.0
        return Potts(J, 0.5 * rng.standard_normal((n, q)))
    if kind == "ising-graph":
        from .models.graph import IsingGraph, random_regular_edges
        if n >= 4 and n % 2 == 0:
            edges = random_regular_edges(n, 3, rng)
        else:  # no 3-regular graph exists: each pair joined with probability 3/(n - 1)
            i, j = np.triu_indices(n, 1)
            pick = rng.random(len(i)) < 3.0 / max(n - 1, 1)
            edges = np.stack([i[pick], j[pick]], axis=1)
        return IsingGraph(n, edges, 0.5 * rng.standard_normal(len(edges)), 0.3 * rng.standard_normal(n))
    if kind == "rbm":
        return RBM(scale * rng.standard_normal((n, n)), 0.3 * rng.standard_normal(n),
                   0.3 * rng.standard_normal(n))
    return NeuralEnergy.random(n, rng)


def random_data(model, n_data: int, rng: np.random.Generator) -> np.ndarray:
    """n_data states drawn uniformly from the model's space (repeats allowed)."""
    space = model.space
    data = space.values[rng.integers(space.q, size=(n_data, space.d))]
    return data[:, 0] if isinstance(model, Categorical) else data
