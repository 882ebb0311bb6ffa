"""Potts model: E(x) = -1/2 sum_{i!=j} J[i,j,x_i,x_j] - sum_i h[i,x_i], x in {0..q-1}^d.

With the one-hot code O(x) (d*q columns, O[i*q+a] = [x_i = a]) the energy is
quadratic in O: E = -O.J'O/2 - h'.O, J' = J laid out as (d*q, d*q) with the i = j
blocks masked out. So dE/dJ[i,j,a,b] = -[x_i=a][x_j=b]/2 (i != j, else 0) and
dE/dh[i,a] = -[x_i=a]: a weighted sum over rows is again two matrix products.
"""
from __future__ import annotations

import autograd.numpy as anp
import numpy as np

from ..errors import InputError
from ..spaces import Qary
from ..validate import sum_abs
from .base import EnergyModel, as_param


class Potts(EnergyModel):
    """Potts model E(x) = -1/2 sum_{i != j} J[i, j, x_i, x_j] - sum_i h[i, x_i] on d sites with q values.

    Args:
        J: (d, d, q, q) couplings with J[i, j, a, b] = J[j, i, b, a] and zero diagonal blocks.
        h: (d, q) fields.

    Example:
        >>> import numpy as np
        >>> Potts(np.zeros((2, 2, 3, 3)), np.zeros((2, 3))).q
        3
    """

    def __init__(self, J, h):
        J = as_param(J, "J", ndim=4)
        d, q = J.shape[0], J.shape[2]
        if J.shape != (d, d, q, q) or q < 2:
            raise InputError(f"J must have shape (d, d, q, q) with q >= 2, got {J.shape}")
        h = as_param(h, "h", shape=(d, q))
        self.d, self.q = d, q
        self.space = Qary(d, q)
        self.params = {"J": J, "h": h}
        self._offdiag = (1.0 - np.eye(d))[:, :, None, None]
        self._check_params(self.params)

    def _check_params(self, params):
        J, h = params["J"], params["h"]
        d, q = self.d, self.q
        if np.shape(J) != (d, d, q, q):
            raise InputError(f"J must have shape {(d, d, q, q)}, got {np.shape(J)}")
        if np.shape(h) != (d, q):
            raise InputError(f"h must have shape ({d}, {q}) to match J, got {np.shape(h)}")
        Jt = np.transpose(J, (1, 0, 3, 2))
        if not np.array_equal(J, Jt):
            i, j, a, b = np.argwhere(J != Jt)[0]
            raise InputError(f"J must satisfy J[i,j,a,b] = J[j,i,b,a]: J[{i},{j},{a},{b}] = "
                             f"{float(J[i, j, a, b])!r} but J[{j},{i},{b},{a}] = {float(J[j, i, b, a])!r}")
        diag = J[np.arange(d), np.arange(d)]
        if np.any(diag != 0):
            i = int(np.argwhere(diag != 0)[0][0])
            raise InputError(f"J must have zero diagonal blocks: J[{i},{i}] is not all zero")

    def energy_bound(self):
        return 0.5 * sum_abs(self.params["J"]) + sum_abs(self.params["h"])

    def sizes(self) -> str:
        return f"d={self.d}, q={self.q}"

    def one_hot(self, x):
        x = np.asarray(x, dtype=np.int64)
        return (x[:, :, None] == np.arange(self.q)).reshape(x.shape[0], self.d * self.q).astype(np.float64)

    def _flat(self, J):
        dq = self.d * self.q
        return anp.reshape(anp.transpose(J * self._offdiag, (0, 2, 1, 3)), (dq, dq))

    def energy(self, x, params=None):
        p = self._p(params)
        o = self.one_hot(x)
        return -0.5 * anp.sum(anp.dot(o, self._flat(p["J"])) * o, axis=1) - anp.dot(o, anp.ravel(p["h"]))

    def weighted_energy_gradient(self, x, weights, params=None):
        d, q = self.d, self.q
        o = self.one_hot(x)
        pair = -0.5 * ((o * weights[:, None]).T @ o)  # (d*q, d*q), [i*q+a, j*q+b]
        gJ = pair.reshape(d, q, d, q).transpose(0, 2, 1, 3) * self._offdiag
        return {"J": gJ, "h": -(weights @ o).reshape(d, q)}

    @classmethod
    def graph(cls, n, q, edges, coupling, field=0.0):
        """q-state sites on a graph: a (q, q) table per edge, a q-vector per site (toy_models/models/graph.py)."""
        from .graph import PottsGraph
        return PottsGraph(n, q, edges, coupling, field)
