"""Ising model: E(x) = -x.Jx/2 - h.x on spins {-1,+1}^d or {0,1}^d.

J symmetric with zero diagonal. The energy is linear in (J, h) with sufficient
statistics dE/dJ = -x x^T / 2, dE/dh = -x, so a weighted sum over rows is two
matrix products: -(X^T diag(w) X)/2 and -w^T X. Gradients are entry by entry of J
(a full (d, d) array, as autograd takes it).
"""
from __future__ import annotations

import autograd.numpy as anp
import numpy as np

from ..errors import InputError
from ..spaces import Binary, Spin
from ..validate import sum_abs
from .base import EnergyModel, as_param

SPIN_SETS = {(-1, 1): Spin, (0, 1): Binary}


class Ising(EnergyModel):
    """Ising model E(x) = -x.Jx/2 - h.x on d spins, each in {-1, +1} (default) or {0, 1}.

    Args:
        J: symmetric (d, d) couplings with a zero diagonal.
        h: (d,) fields.
        spins: (-1, 1) or (0, 1), the values of a spin.

    Example:
        >>> import numpy as np
        >>> Ising(np.zeros((3, 3)), np.zeros(3)).d
        3
    """

    def __init__(self, J, h, spins=(-1, 1)):
        key = _spin_key(spins)
        J = as_param(J, "J", ndim=2)
        d = J.shape[0]
        if J.shape != (d, d) or d < 1:
            raise InputError(f"J must be a square (d, d) matrix, got shape {J.shape}")
        h = as_param(h, "h", shape=(d,))
        if key is None:
            raise InputError(f"spins must be exactly (-1, 1) or (0, 1), got {spins!r}")
        self.spins = key
        self.d = d
        self.space = SPIN_SETS[key](d)
        self.params = {"J": J, "h": h}
        self._check_params(self.params)

    def _check_params(self, params):
        J, h = params["J"], params["h"]
        if np.shape(J) != (self.d, self.d):
            raise InputError(f"J must have shape ({self.d}, {self.d}), got {np.shape(J)}")
        if np.shape(h) != (self.d,):
            raise InputError(f"h must have shape ({self.d},) to match J, got {np.shape(h)}")
        # Exact tests: (A + A.T)/2 and fill_diagonal give exact symmetry and zeros.
        if not np.array_equal(J, J.T):
            i, j = np.argwhere(J != J.T)[0]
            raise InputError(f"J must be symmetric: J[{i},{j}] = {float(J[i, j])!r} but J[{j},{i}] = {float(J[j, i])!r}")
        if np.any(np.diag(J) != 0):
            i = int(np.flatnonzero(np.diag(J))[0])
            raise InputError(f"J must have a zero diagonal: J[{i},{i}] = {float(J[i, i])!r}")

    def energy_bound(self):
        # |x_i| <= 1 for both spin sets: |E| <= sum|J|/2 + sum|h|
        return 0.5 * sum_abs(self.params["J"]) + sum_abs(self.params["h"])

    def sizes(self) -> str:
        return f"d={self.d}, spins={self.spins}"

    def energy(self, x, params=None):
        p = self._p(params)
        return -0.5 * anp.sum(anp.dot(x, p["J"]) * x, axis=1) - anp.dot(x, p["h"])

    def weighted_energy_gradient(self, x, weights, params=None):
        xw = x * weights[:, None]
        return {"J": -0.5 * (xw.T @ x), "h": -(weights @ x)}

    # Lattice constructors live with the lattice code (issue 5, toy_models/lattice.py),
    # which may also attach the structure its transfer-matrix route needs.
    @classmethod
    def chain(cls, n, coupling, field=0.0, periodic=False):
        return _lattice().chain(n, coupling, field=field, periodic=periodic)

    @classmethod
    def grid(cls, rows, cols, coupling, field=0.0, periodic=False):
        return _lattice().grid(rows, cols, coupling, field=field, periodic=periodic)

    @classmethod
    def graph(cls, n, edges, coupling, field=0.0):
        """Spins on a graph: a coupling per edge, a field per site (toy_models/models/graph.py)."""
        from .graph import IsingGraph
        return IsingGraph(n, edges, coupling, field)


def _spin_key(spins):
    """(-1, 1) or (0, 1) when `spins` is exactly one of them (as real numbers), else None:
    int() would read (0.5, 1) as (0, 1) and ("0", "1") as numbers."""
    try:
        items = list(spins) if not isinstance(spins, (str, bytes)) else None
    except TypeError:
        items = None
    if items is None or len(items) != 2 or not all(
            isinstance(s, (int, float, np.integer, np.floating)) and not isinstance(s, (bool, np.bool_))
            for s in items):
        return None
    key = tuple(float(s) for s in items)
    return {(-1.0, 1.0): (-1, 1), (0.0, 1.0): (0, 1)}.get(key)


def _lattice():
    try:
        from .. import lattice
    except ImportError:
        raise NotImplementedError("Ising.chain / Ising.grid need toy_models/lattice.py (not built yet)") from None
    return lattice
