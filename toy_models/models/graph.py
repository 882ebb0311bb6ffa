"""Pairwise models on a graph: a coupling per edge, a field per site.

    IsingGraph  E(s) = -sum_e coupling[e] s_i s_j - sum_i field[i] s_i,      s in {-1, +1}^n
    PottsGraph  E(x) = -sum_e coupling[e, x_i, x_j] - sum_i field[i, x_i],   x in {0..q-1}^n

e = (i, j) runs over `edges`, an (n_edges, 2) list of vertex pairs in 0..n-1, each pair
at most once (in either order), no self-loops. params = {"coupling": (n_edges,) or
(n_edges, q, q), "field": (n,) or (n, q)}: the gradient of eq. (7) has one entry per
edge and per site. Sufficient statistics: dE/dcoupling[e] = -s_i s_j (Potts: the
indicator [x_i = a][x_j = b]), dE/dfield[i] = -s_i ([x_i = a]).

These models have no size limit of their own: log Z and the negative phase come from
the contraction route (toy_models.routes.contraction) whenever the graph's elimination
width is small (grids, sparse random graphs), at any number of sites.
Construct them with Ising.graph / Potts.graph (or ising_graph / potts_graph here). Their log Z
and its autograd trace are functions of the route, not methods here (models sit below routes):
toy_models.routes.contraction.traced_log_partition(model, params), .planned_for(model).cost.
"""
from __future__ import annotations

import autograd.numpy as anp
import numpy as np

from ..errors import InputError
from ..spaces import Qary, Spin
from .base import EnergyModel, as_param


class _LargeSpace:
    """Says how large the space is without turning q^n into a float (overflows past ~10^308)."""

    def enumeration_cost(self) -> str:
        if not self.more_states_than(2 ** 60):
            return super().enumeration_cost()
        digits = int(self.d * np.log10(self.q))
        return (f"{self.q}^{self.d} states (about 10^{digits}); no machine could list them: "
                f"the contraction route (toy_models.routes.contraction) is the exact way")


class GraphSpins(_LargeSpace, Spin):
    pass


class GraphStates(_LargeSpace, Qary):
    pass


def _count(value, name: str, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < minimum:
        raise InputError(f"{name} must be an integer >= {minimum}, got {value!r}")
    return int(value)


def check_edges(n: int, edges) -> np.ndarray:
    """`edges` as an (n_edges, 2) int64 array, or InputError naming the bad pair."""
    try:
        arr = np.asarray(edges)
    except Exception as exc:  # ragged lists
        raise InputError(f"edges must be a list of (i, j) vertex pairs: {exc}") from None
    if arr.size == 0:
        return np.zeros((0, 2), dtype=np.int64)
    if arr.ndim != 2 or arr.shape[1] != 2:
        raise InputError(f"edges must have shape (n_edges, 2), got {arr.shape}")
    if not (np.issubdtype(arr.dtype, np.integer) or
            (np.issubdtype(arr.dtype, np.floating) and np.all(np.mod(arr, 1) == 0))):
        raise InputError(f"edges must hold integer vertex numbers, got dtype {arr.dtype}")
    arr = arr.astype(np.int64)
    bad = np.flatnonzero((arr < 0).any(axis=1) | (arr >= n).any(axis=1))
    if bad.size:
        k = int(bad[0])
        raise InputError(f"edges[{k}] = {tuple(arr[k].tolist())} has a vertex outside 0..{n - 1} (n = {n})")
    loops = np.flatnonzero(arr[:, 0] == arr[:, 1])
    if loops.size:
        k = int(loops[0])
        raise InputError(f"edges[{k}] = {tuple(arr[k].tolist())} is a self-loop; a vertex cannot be its own neighbour")
    key = np.sort(arr, axis=1)
    key = key[:, 0] * n + key[:, 1]
    order = np.argsort(key, kind="stable")
    dup = np.flatnonzero(key[order][1:] == key[order][:-1])
    if dup.size:
        first, second = int(order[dup[0]]), int(order[dup[0] + 1])
        raise InputError(f"edges[{second}] = {tuple(arr[second].tolist())} repeats edges[{first}] = "
                         f"{tuple(arr[first].tolist())}: list each edge once (either order)")
    return arr


def _param(value, name: str, shape: tuple) -> np.ndarray:
    """A scalar broadcast to `shape`, or an array of exactly that shape."""
    arr = as_param(value, name)
    if arr.ndim == 0:
        return np.full(shape, float(arr))
    if arr.shape != shape:
        raise InputError(f"{name} must have shape {shape} (or be a scalar), got {arr.shape}")
    return arr


class GraphModel(EnergyModel):
    """What IsingGraph and PottsGraph share: the graph, and the check of params."""

    q: int
    values: np.ndarray  # the value of each of the q states of a site

    def _graph(self, n, edges):
        self.n = _count(n, "n", 1)
        self.d = self.n
        self.edges = check_edges(self.n, edges)
        self.n_edges = len(self.edges)
        self.first, self.second = self.edges[:, 0], self.edges[:, 1]

    def _check_params(self, params):
        for key, shape in self.param_shapes().items():
            if key not in params or np.shape(params[key]) != shape:
                raise InputError(f"params[{key!r}] must have shape {shape}, got {np.shape(params.get(key))}")

    def log_potentials(self, params=None):
        """(pair (n_edges, q, q), unary (n, q)): -E = sum_e pair[e, x_i, x_j] + sum_i unary[i, x_i].
        Traceable by autograd (the contraction route differentiates through it)."""
        raise NotImplementedError  # pragma: no cover


class IsingGraph(GraphModel):
    q = 2
    values = np.array([-1.0, 1.0])

    def __init__(self, n, edges, coupling, field=0.0):
        self._graph(n, edges)
        self.space = GraphSpins(self.n)
        self.params = {"coupling": _param(coupling, "coupling", (self.n_edges,)),
                       "field": _param(field, "field", (self.n,))}

    def param_shapes(self):
        return {"coupling": (self.n_edges,), "field": (self.n,)}

    def sizes(self) -> str:
        return f"n={self.n}, edges={self.n_edges}"

    def bond_products(self, x):
        return x[:, self.first] * x[:, self.second]

    def energy(self, x, params=None):
        p = self._p(params)
        return -anp.dot(self.bond_products(x), p["coupling"]) - anp.dot(x, p["field"])

    def weighted_energy_gradient(self, x, weights, params=None):
        w = np.asarray(weights, dtype=np.float64)
        return {"coupling": -(w @ self.bond_products(x)), "field": -(w @ x)}

    def log_potentials(self, params=None):
        p = self._p(params)
        ss = np.outer(self.values, self.values)
        return p["coupling"][:, None, None] * ss, p["field"][:, None] * self.values


class PottsGraph(GraphModel):
    def __init__(self, n, q, edges, coupling, field=0.0):
        self.q = _count(q, "q", 2)
        self._graph(n, edges)
        self.values = np.arange(self.q)
        self.space = GraphStates(self.n, self.q)
        self.params = {"coupling": _param(coupling, "coupling", (self.n_edges, self.q, self.q)),
                       "field": _param(field, "field", (self.n, self.q))}

    def param_shapes(self):
        return {"coupling": (self.n_edges, self.q, self.q), "field": (self.n, self.q)}

    def sizes(self) -> str:
        return f"n={self.n}, q={self.q}, edges={self.n_edges}"

    def energy(self, x, params=None):
        p = self._p(params)
        x = np.asarray(x, dtype=np.int64)
        pair = p["coupling"][np.arange(self.n_edges)[None, :], x[:, self.first], x[:, self.second]]
        site = p["field"][np.arange(self.n)[None, :], x]
        return -anp.sum(pair, axis=1) - anp.sum(site, axis=1)

    def weighted_energy_gradient(self, x, weights, params=None):
        w = np.asarray(weights, dtype=np.float64)
        x = np.asarray(x, dtype=np.int64)
        q = self.q
        pair = np.zeros((self.n_edges, q * q))
        codes = x[:, self.first] * q + x[:, self.second]  # (N, n_edges)
        np.add.at(pair, (np.broadcast_to(np.arange(self.n_edges), codes.shape), codes),
                  np.broadcast_to(w[:, None], codes.shape))
        site = np.zeros((self.n, q))
        np.add.at(site, (np.broadcast_to(np.arange(self.n), x.shape), x), np.broadcast_to(w[:, None], x.shape))
        return {"coupling": -pair.reshape(self.n_edges, q, q), "field": -site}

    def log_potentials(self, params=None):
        p = self._p(params)
        return p["coupling"], p["field"]


def ising_graph(n, edges, coupling, field=0.0) -> IsingGraph:
    """The Ising model on a graph: n spins, a coupling per edge (a scalar means all equal)."""
    return IsingGraph(n, edges, coupling, field)


def potts_graph(n, q, edges, coupling, field=0.0) -> PottsGraph:
    """The q-state Potts model on a graph: a (q, q) coupling table per edge, a q-vector per site."""
    return PottsGraph(n, q, edges, coupling, field)


def random_regular_edges(n: int, degree: int, rng: np.random.Generator, tries: int = 1000) -> np.ndarray:
    """The edges of a uniformly random simple `degree`-regular graph on n vertices
    (pairing model with rejection: ~e^{(1 - degree^2)/4} of pairings are simple, 13 % at degree 3)."""
    n, degree = _count(n, "n", 1), _count(degree, "degree", 0)
    if degree >= n or (n * degree) % 2:
        raise InputError(f"a {degree}-regular graph on n = {n} vertices needs degree < n and n * degree even")
    stubs = np.repeat(np.arange(n), degree)
    for _ in range(tries):
        pairs = rng.permutation(stubs).reshape(-1, 2)
        if np.any(pairs[:, 0] == pairs[:, 1]):
            continue
        key = np.sort(pairs, axis=1) @ np.array([n, 1])
        if len(np.unique(key)) == len(key):
            return pairs.astype(np.int64)
    raise InputError(f"no simple {degree}-regular graph on {n} vertices found in {tries} tries")  # pragma: no cover


def grid_edges(rows: int, cols: int) -> np.ndarray:
    """Nearest-neighbour edges of an open rows x cols grid, row-major sites."""
    from ..lattice import grid_bonds
    first, second = grid_bonds(_count(rows, "rows", 1), _count(cols, "cols", 1), False)
    return np.stack([first, second], axis=1)

