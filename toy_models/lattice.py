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

import autograd.numpy as anp
import numpy as np

from .errors import InputError
from .models.base import EnergyModel, as_param
from .spaces import Spin


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
        self.n_sites = int(np.prod(self.shape))
        self.bonds = chain_bonds(*self.shape, self.periodic) if kind == "chain" \
            else grid_bonds(*self.shape, self.periodic)
        self.params = {"coupling": as_param(coupling, "coupling", ndim=0),
                       "field": as_param(field, "field", ndim=0)}
        self.space = LatticeSpins(self.n_sites)

    def _check_params(self, params):
        for key in ("coupling", "field"):
            if key not in params or np.shape(params[key]) != ():
                raise InputError(f"params[{key!r}] must be a scalar (shape ()), "
                                 f"got {np.shape(params.get(key))}")

    def sizes(self) -> str:
        where = "periodic" if self.periodic else "open"
        if self.kind == "chain":
            return f"chain n={self.shape[0]}, {where}"
        return f"grid {self.shape[0]}x{self.shape[1]}, {where}"

    def bond_sum(self, x):
        """sum_<ij> s_i s_j for every row of x (the coupling's sufficient statistic)."""
        first, second = self.bonds
        return anp.sum(x[:, first] * x[:, second], axis=1)

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
