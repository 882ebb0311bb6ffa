"""Nearest-neighbour Ising lattices: a chain or a rows x cols grid, uniform coupling and field.

    E(s) = -coupling sum_<ij> s_i s_j - field sum_i s_i,   s in {-1, +1}^n_sites

params = {"coupling": array(()), "field": array(())}: two scalars, so the gradient of
eq. (7) has two entries, d/d coupling (sufficient statistic: the bond sum) and
d/d field (the magnetisation). Grid sites are numbered row-major (site r*cols + c).
Periodic means wrap-around in every direction: bonds (i, i+1 mod n), so a periodic
chain of n sites has exactly n bonds (n = 1: one self bond; n = 2: the pair twice),
the convention under which Z = tr(T^n) holds for every n (routes/transfer.py).
Z is computed by transfer matrices (routes/transfer.py) for any chain and for grids
up to 14 wide, far beyond what enumeration reaches.
"""
from __future__ import annotations

import math

import autograd.numpy as anp
import numpy as np

from .errors import InputError
from .models.base import EnergyModel, as_param
from .spaces import MAX_COORDINATES, Spin


class LatticeSpins(Spin):
    """{-1,+1}^n_sites; says how large it is without converting 2^n to a float (a lattice
    of 1100+ sites would overflow it), so refusing to enumerate one is a clear error."""

    def enumeration_cost(self) -> str:
        if self.d <= 60:
            return super().enumeration_cost()
        return (f"2^{self.d} states (about 10^{int(self.d * 0.30103)}); no machine could list "
                f"them, the transfer-matrix route (toy_models.routes.transfer) is the exact way")


def _positive_int(value, name):
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 1:
        raise InputError(f"{name} must be a positive integer, got {value!r}")
    return int(value)


def _flag(value, name):
    if not isinstance(value, (bool, np.bool_)):
        raise InputError(f"{name} must be True or False, got {value!r}")
    return bool(value)


def _line_bond_sum(x, periodic):
    """sum_i x_i x_{i+1} per row (plus the wrap bond x_{n-1} x_0 when periodic; n = 1:
    the self bond x_0^2), the same bonds as _line_bonds."""
    total = np.einsum("ij,ij->i", x[:, :-1], x[:, 1:])
    if periodic:
        total = total + x[:, -1] * x[:, 0]
    return total


def _line_bonds(n, periodic):
    i = np.arange(n if periodic else n - 1)
    return i, (i + 1) % n


def chain_bonds(n: int, periodic: bool):
    """(first, second) site indices of every bond of the chain."""
    return _line_bonds(n, periodic)


def grid_bonds(rows: int, cols: int, periodic: bool):
    """(first, second) site indices of every bond of the grid, row-major sites."""
    hi, hj = _line_bonds(cols, periodic)
    vi, vj = _line_bonds(rows, periodic)
    r = np.arange(rows)[:, None]
    c = np.arange(cols)[:, None]
    horizontal = ((r * cols + hi).ravel(), (r * cols + hj).ravel())
    vertical = ((vi * cols + c).T.ravel(), (vj * cols + c).T.ravel())
    return (np.concatenate([horizontal[0], vertical[0]]).astype(np.int64),
            np.concatenate([horizontal[1], vertical[1]]).astype(np.int64))


class IsingLattice(EnergyModel):
    """Use the constructors `chain` and `grid` (or Ising.chain / Ising.grid)."""

    def __init__(self, kind, shape, coupling, field=0.0, periodic=False):
        if kind not in ("chain", "grid"):
            raise InputError(f"kind must be 'chain' or 'grid', got {kind!r}")
        names = ("n",) if kind == "chain" else ("rows", "cols")
        if len(shape) != len(names):
            raise InputError(f"a {kind} needs shape {names}, got {shape!r}")
        self.shape = tuple(_positive_int(v, nm) for v, nm in zip(shape, names))
        self.kind = kind
        self.periodic = _flag(periodic, "periodic")
        self.n_sites = math.prod(self.shape)  # exact: np.prod wraps around past 2^63
        if self.n_sites > MAX_COORDINATES:
            raise InputError(f"a {kind} of more than 10^300 sites (here about 10^{int(math.log10(self.n_sites))}) "
                             f"has a log Z of order n (n log 2 at zero coupling), beyond any float")
        self.params = {"coupling": as_param(coupling, "coupling", ndim=0),
                       "field": as_param(field, "field", ndim=0)}
        self.space = LatticeSpins(self.n_sites)

    def _check_params(self, params):
        for key in ("coupling", "field"):
            if key not in params or np.shape(params[key]) != ():
                raise InputError(f"params[{key!r}] must be a scalar (shape ()), "
                                 f"got {np.shape(params.get(key))}")

    @property
    def bonds(self):
        """(first, second) site indices of every bond: two O(n) arrays, built on request
        only (the transfer route and bond_sum do not need them; a 10^8-site chain would
        spend 2.4 GB on them)."""
        if self.kind == "chain":
            return chain_bonds(*self.shape, self.periodic)
        return grid_bonds(*self.shape, self.periodic)

    @property
    def n_bonds(self) -> int:
        def line(n):
            return n if self.periodic else n - 1
        if self.kind == "chain":
            return line(self.shape[0])
        rows, cols = self.shape
        return rows * line(cols) + cols * line(rows)

    def energy_bound(self):
        with np.errstate(over="ignore"):
            return (abs(float(self.params["coupling"])) * float(self.n_bonds)
                    + abs(float(self.params["field"])) * float(self.n_sites))

    def sizes(self) -> str:
        where = "periodic" if self.periodic else "open"
        if self.kind == "chain":
            return f"chain n={self.shape[0]}, {where}"
        return f"grid {self.shape[0]}x{self.shape[1]}, {where}"

    def bond_sum(self, x):
        """sum_<ij> s_i s_j for every row of x (the coupling's sufficient statistic), by
        products of shifted slices: no index arrays, temporaries the size of x."""
        x = np.asarray(x, dtype=np.float64)
        if self.kind == "chain":
            return _line_bond_sum(x, self.periodic)
        rows, cols = self.shape
        g = x.reshape(x.shape[0], rows, cols)
        horizontal = _line_bond_sum(g.reshape(-1, cols), self.periodic).reshape(x.shape[0], rows)
        vertical = _line_bond_sum(np.swapaxes(g, 1, 2).reshape(-1, rows), self.periodic)
        return horizontal.sum(axis=1) + vertical.reshape(x.shape[0], cols).sum(axis=1)

    def energy(self, x, params=None):
        p = self._p(params)
        return -p["coupling"] * self.bond_sum(x) - p["field"] * anp.sum(x, axis=1)

    def weighted_energy_gradient(self, x, weights, params=None):
        w = np.asarray(weights, dtype=np.float64)
        return {"coupling": np.array(-(w @ self.bond_sum(x))), "field": np.array(-(w @ x.sum(axis=1)))}


def chain(n, coupling, field=0.0, periodic=False) -> IsingLattice:
    """The n-site Ising chain; periodic=True closes the ring (n bonds)."""
    return IsingLattice("chain", (n,), coupling, field, periodic)


def grid(rows, cols, coupling, field=0.0, periodic=False) -> IsingLattice:
    """The rows x cols nearest-neighbour Ising grid; periodic=True makes it a torus."""
    return IsingLattice("grid", (rows, cols), coupling, field, periodic)
