"""The contraction route: exact log Z and marginals of pairwise models on sparse graphs.

Applies to the graph models (toy_models/models/graph.py: IsingGraph, PottsGraph) and to Ising /
Potts models given by a full J whose non-zero pattern is sparse. The model becomes a
tensor network, one q x q table per edge with the site tables folded in; an elimination
order (routes/orders.py: several strategies on a time budget proportional to the contraction
the best order so far would cost, found once per graph structure and cached) becomes a plan of
batched matrix products with every intermediate rescaled: the bucket plan (routes/buckets.py,
compiled in ~10 us a vertex) first; the pairwise plan (routes/elimination.py, _contract.py: ~80
us a step to compile) when a scale goes out of float range (its log kernel), when the tables do
not fit (checkpoints) or for autograd. So log Z is exact and finite at any coupling.

The negative phase comes from the exact marginal of every edge and site, all from ONE
reverse pass over the same steps (not one contraction per parameter):
  IsingGraph  E[dE/dcoupling_e] = -E[s_i s_j],  E[dE/dfield_i] = -E[s_i]
  PottsGraph  E[dE/dcoupling_e] = -P(x_i = a, x_j = b),  E[dE/dfield_i] = -P(x_i = a)
A full-J Ising or Potts model also needs E[x_i x_j] for pairs with J_ij = 0 (its gradient
is the full d x d array): those come from the same passes with each site clamped in turn,
1 + d (q - 1) forward-and-reverse passes in all, the cost a user of Ising.graph avoids.

Limits, checked before any work: the order's width w with q^(w+1) <= MAX_TABLE_ENTRIES
(every step's table; 256 MB), and for the negative phase the tables kept for the reverse
pass, <= MAX_STORED_ENTRIES (1 GB): all of them when they fit, else checkpoints and one
segment recomputed at a time (routes/_checkpoint.py; a 22 x 22 grid keeps 2.5 GiB of tables,
its checkpoints ~0.8 GiB), so the gradient goes wherever log Z goes unless even that does not
fit. A graph whose orders are all too wide is SLICED (routes/sliced.py: q^k contractions of the
graph less k variables, each within the limits, summed in log space, the gradient too). Beyond
that (or MAX_SECONDS): StateSpaceTooLarge with the width found, the memory and a time estimate.
"""
from __future__ import annotations

from collections import OrderedDict

import numpy as np

from ..errors import StateSpaceTooLarge
from ._checkpoint import checkpointed_marginals, choose_cuts
from ._contract import forward, leaf_marginals
from .buckets import Buckets
from .elimination import Plan, TooWide, best_order, degeneracy
from .sliced import Sliced, slice_plan

name = "contraction"
MAX_TABLE_ENTRIES = 2 ** 25
MAX_STORED_ENTRIES = 2 ** 27
# Entries a forward pass touches per second of CPU (plan.cost / time), measured on this
# 2-core machine: 5e8 on a 16 x 16 and a 20 x 20 grid; taken lower, as a loaded machine gives
# less. Used for time estimates: refusals, and blocked-or-contraction for a full J.
ENTRIES_PER_SECOND = 2e8
# A contraction estimated to take longer than this (forward and reverse pass) is refused
# before it starts, as is the full-J gradient's 1 + d (q - 1) passes.
MAX_SECONDS = 120.0
CACHE_SIZE = 64
_PLANS: OrderedDict = OrderedDict()


def _human(entries: float) -> str:
    from ..spaces import _human_bytes, _human_seconds
    return f"{_human_bytes(8.0 * entries)}", _human_seconds(entries / ENTRIES_PER_SECOND)


def max_width(q: int) -> int:
    """The largest width w with q^(w+1) <= MAX_TABLE_ENTRIES."""
    w = 0
    while q ** (w + 2) <= MAX_TABLE_ENTRIES:
        w += 1
    return w


# -- the graph of a model ------------------------------------------------------------------
def contracts(model) -> bool:
    """True for the graph models: this route is their exact way (log Z, its autograd trace,
    its cost), whatever their size."""
    from ..models.graph import GraphModel
    return isinstance(model, GraphModel)


def structure(model):
    """(n, q, edges) of a pairwise model this route can take, or None."""
    from ..models.graph import GraphModel
    from ..models import Ising, Potts
    if isinstance(model, GraphModel):
        return model.n, model.q, model.edges
    if type(model) is Ising:
        i, j = np.nonzero(np.triu(model.params["J"] != 0, 1))
        return model.d, 2, np.stack([i, j], axis=1)
    if type(model) is Potts:
        i, j = np.nonzero(np.triu(np.any(model.params["J"] != 0, axis=(2, 3)), 1))
        return model.d, model.q, np.stack([i, j], axis=1)
    return None


def log_potentials(model, params=None):
    """(pair (n_edges, q, q), unary (n, q)) with -E = sum_e pair[e, x_i, x_j] + sum_i unary[i, x_i]."""
    from ..models.graph import GraphModel
    if isinstance(model, GraphModel):
        return model.log_potentials(params)
    p = model.params if params is None else params
    n, q, edges = structure(model)
    if q == 2 and "h" in p and np.ndim(p["h"]) == 1:  # Ising: J_ij s_i s_j, the pair counted once
        v = model.space.values
        return p["J"][edges[:, 0], edges[:, 1]][:, None, None] * np.outer(v, v), p["h"][:, None] * v
    return p["J"][edges[:, 0], edges[:, 1]], p["h"]


class Planned:
    """The order found for one graph and the plans made from it, each when first needed:
    `buckets` (routes/buckets.py: compiled in ~10 us a vertex, run with plain matmuls, all
    tables kept) for log Z and the marginals, `full` (routes/elimination.py: ~80 us a step
    to compile) for what only it does: the log kernel (couplings so strong that an entry
    would leave float range), the checkpointed reverse pass and the autograd trace."""

    def __init__(self, n, q, edges, order, width):
        self.n, self.q, self.edges, self.order, self.width = n, q, edges, order, width
        self.buckets = Buckets(n, q, edges, order, width)
        self.isolated, self.cost, self.steps = self.buckets.isolated, self.buckets.cost, self.buckets.steps
        self._full = None

    @property
    def full(self) -> Plan:
        if self._full is None:
            self._full = Plan(self.n, self.q, self.edges, self.order, self.width)
            self._full.hosts = _hosts(self, self.edges)
        return self._full

    @property
    def stored(self) -> int:
        """Entries the reverse pass keeps: the bucket plan's when they fit, else the full plan's."""
        return self.buckets.stored if self.buckets.stored <= MAX_STORED_ENTRIES else self.full.stored


def plan_for(model) -> Plan:
    """The cached pairwise plan of the model's graph (compiled on first use); StateSpaceTooLarge
    (before any work) when no order found stays within max_width(q)."""
    return planned_for(model).full


def planned_for(model) -> Planned:
    """The cached order of the model's graph and its plans; StateSpaceTooLarge (before any
    work) when no order found stays within max_width(q)."""
    n, q, edges = structure(model)
    key = (n, q, edges.tobytes())
    if key in _PLANS:
        _PLANS.move_to_end(key)
        found = _PLANS[key]
    else:
        found = _find_plan(model, n, q, edges)
        _PLANS[key] = found
        if len(_PLANS) > CACHE_SIZE:
            _PLANS.popitem(last=False)
    if isinstance(found, str):  # a refusal is cached too: asking again costs nothing
        raise StateSpaceTooLarge(found)
    return found


def _find_plan(model, n, q, edges):
    """A Planned (or Sliced), or the refusal's message when no order or slicing fits."""
    limit = max_width(q)
    try:
        order, width, _ = best_order(n, edges, q, max_width=limit)
        plan = Planned(n, q, edges, order, width)
    except TooWide as exc:  # too wide in one piece: a sum of slices of a narrower graph (sliced.py)
        plan = slice_plan(n, q, edges, limit, exc.width, Planned, MAX_SECONDS)
        if plan is None or isinstance(plan, Sliced) and _seconds(plan, 1) > MAX_SECONDS:
            memory, seconds = _human(q ** (exc.width + 1) * max(1, n - exc.done))
            found = (f"the narrowest elimination order found has width {exc.width}" if exc.done >= n else
                     f"every elimination order passes width {exc.width} (after {exc.done} of {n} variables)")
            return (
                f"{model!r} is too wide to contract: {found}, so a step would hold {q}^{exc.width + 1} "
                f"= {q ** (exc.width + 1):,} entries ({_human(q ** (exc.width + 1))[0]}) and the contraction "
                f"at least {memory} of work, roughly {seconds}; the limit is width {limit} ({q}^{limit + 1} "
                f"entries, toy_models.routes.contraction.MAX_TABLE_ENTRIES)" + ("" if plan is None else
                f"; cutting {len(plan.cut)} variables into {plan.n_slices:,} slices of width {plan.sub.width} "
                f"would take roughly {_human(plan.cost)[1]}") + ". Use a sparser graph or fewer sites")
        width = plan.width
    if _seconds(plan, 1) > MAX_SECONDS:
        memory, seconds = _human(plan.cost)
        return (f"contracting {model!r} would take roughly {seconds} (width {width}, {plan.cost:,} "
                f"table entries touched per pass), beyond the limit of {MAX_SECONDS:g} s "
                f"(toy_models.routes.contraction.MAX_SECONDS). Use a smaller graph")
    return plan


# -- leaves and marginals ------------------------------------------------------------------
def _hosts(plan, edges):
    """Fold each site's table into its first edge: (sites, edges) at axis 0 and at axis 1."""
    if not hasattr(plan, "hosts"):
        first = {}
        for e, (i, j) in enumerate(edges.tolist()):
            first.setdefault(i, (e, 0))
            first.setdefault(j, (e, 1))
        plan.hosts = [(np.array([s for s, (e, ax) in first.items() if ax == axis], dtype=np.int64),
                       np.array([e for s, (e, ax) in first.items() if ax == axis], dtype=np.int64))
                      for axis in (0, 1)]
    return plan.hosts


def leaf_tables(plan, edges, pair, unary, xp=np):
    """The log tables of the network's leaves: (pair + folded site tables (n_edges, q, q),
    [the isolated sites' tables])."""
    (s0, e0), (s1, e1) = _hosts(plan, edges)
    m = len(edges)
    if xp is np:
        L = np.array(pair, dtype=np.float64)
        L[e0] += unary[s0][:, :, None]  # e0 has no repeats (one axis-0 site per edge)
        L[e1] += unary[s1][:, None, :]
    else:  # traceable: the same sums as constant 0/1 matrices times the site tables
        M0, M1 = np.zeros((m, plan.n)), np.zeros((m, plan.n))
        M0[e0, s0], M1[e1, s1] = 1.0, 1.0
        L = pair + xp.dot(M0, unary)[:, :, None] + xp.dot(M1, unary)[:, None, :]
    return L, [unary[i] for i in plan.isolated]


def marginals(plan, edges, pair, unary):
    """(log Z, edge marginals (n_edges, q, q), site marginals (n, q)) by one forward and one
    reverse pass (linear kernel; log kernel if a scale leaves float range)."""
    if isinstance(plan, Sliced):
        return plan.marginals(pair, unary, marginals)
    leaves = leaf_tables(plan, edges, pair, unary)
    found = None
    if isinstance(plan, Planned):  # the bucket plan first; the full one if it gives up
        if plan.buckets.stored <= MAX_STORED_ENTRIES:
            found = plan.buckets.marginals(*leaves)
        if found is None:
            plan = plan.full
    if found is not None:
        log_z, P = found
    elif plan.stored <= MAX_STORED_ENTRIES:
        run = forward(plan, leaves, log=False, keep=True)
        log = run is None
        if log:
            run = forward(plan, leaves, log=True, keep=True)
        log_z, tables, ratios = run
        P = leaf_marginals(plan, tables, ratios, log)
    else:  # too many tables to keep: checkpoints, the rest recomputed (_checkpoint.py)
        cuts = checkpoints(plan)[0]
        log_z, P = (checkpointed_marginals(plan, leaves, False, cuts)
                    or checkpointed_marginals(plan, leaves, True, cuts))
    m, q = len(edges), plan.q
    edge = np.stack(P[:m]) if m else np.zeros((0, q, q))
    site = np.empty((plan.n, q))
    (s0, e0), (s1, e1) = _hosts(plan, edges)
    site[s0] = edge[e0].sum(axis=2)
    site[s1] = edge[e1].sum(axis=1)
    for k, i in enumerate(plan.isolated):
        site[i] = P[m + k]
    return float(log_z), edge, site


def log_partition_of(plan, edges, pair, unary, xp=np):
    """log Z alone (tables freed as they are used); traceable with xp = autograd.numpy."""
    if isinstance(plan, Sliced):
        return plan.log_partition(pair, unary, log_partition_of, xp)
    leaves = leaf_tables(plan, edges, pair, unary, xp)
    if isinstance(plan, Planned):
        log_z = plan.buckets.log_partition(*leaves) if xp is np else None
        if log_z is not None:
            return log_z
        plan = plan.full
    run = forward(plan, leaves, log=False, keep=False, xp=xp)
    if run is None:
        run = forward(plan, leaves, log=True, keep=False, xp=xp)
    return run[0]


def pair_joint(plan, edges, pair, unary, site):
    """P(x_i = a, x_j = b) for EVERY pair of sites (n, n, q, q): clamp site i to a (its edge
    tables take the slice x_i = a, its own table goes flat), read P(x_j | x_i = a) off one
    pass; the last value of x_i from sum_a P(x_i = a, x_j) = P(x_j)."""
    n, q = plan.n, plan.q
    joint = np.zeros((n, n, q, q))
    incident = [[] for _ in range(n)]
    for e, (i, j) in enumerate(edges.tolist()):
        incident[i].append((e, 0))
        incident[j].append((e, 1))
    for i in range(n):
        for a in range(q - 1):
            pc, uc = np.array(pair, dtype=np.float64), np.array(unary, dtype=np.float64)
            for e, axis in incident[i]:
                pc[e] = pair[e, a, :][None, :] if axis == 0 else pair[e, :, a][:, None]
            uc[i] = 0.0
            _, _, cond = marginals(plan, edges, pc, uc)
            joint[i, :, a, :] = site[i, a] * cond
        joint[i, :, q - 1, :] = site - joint[i, :, :q - 1, :].sum(axis=1)
        joint[i, i] = np.diag(site[i])
    return (joint + joint.transpose(1, 0, 3, 2)) / 2


# -- the route protocol (toy_models.routes) ------------------------------------------------
def _seconds(plan, passes: int) -> float:
    """Rough time of `passes` forward-and-reverse passes (3 x the forward work, plus ~10 us
    of Python per step and direction)."""
    return passes * (3.0 * plan.cost / ENTRIES_PER_SECOND + 2e-5 * len(plan.steps))


def _passes(model, plan) -> int:
    from ..models.graph import GraphModel
    n, q = (model.d, model.space.q) if plan is None else (plan.n, plan.q)
    return 1 if isinstance(model, GraphModel) else 1 + n * (q - 1)


def applies(model) -> bool:
    """Graph models whose order is narrow enough (and those no other route could take, so
    the refusal says why); full-J Ising / Potts when the pattern of J is sparse enough that
    contracting beats the blocked route's enumeration (estimated times)."""
    from ..models.graph import GraphModel
    from ..spaces import MAX_ENUMERABLE_STATES
    from .blocked import MAX_BLOCKED_STATES
    found = structure(model)
    if found is None:
        return False
    if not isinstance(model, GraphModel) and model.space.n_states <= MAX_BLOCKED_STATES:
        # a dense J: even the best order costs q^(degeneracy + 1) per pass, so when that alone
        # loses to blocked, do not spend the order search (0.3 s on a full J of d = 20)
        n, q, edges = found
        floor = _passes(model, None) * q ** (degeneracy(n, edges) + 1) / ENTRIES_PER_SECOND
        if floor >= _blocked_seconds(model):
            return False
    try:
        plan = planned_for(model)
    except StateSpaceTooLarge:
        return isinstance(model, GraphModel) and model.space.n_states > MAX_ENUMERABLE_STATES
    if isinstance(model, GraphModel):
        return True
    return model.space.n_states > MAX_BLOCKED_STATES or _seconds(plan, _passes(model, plan)) < _blocked_seconds(model)


def _blocked_seconds(model) -> float:
    return 3e-9 * model.space.n_states * max(1, model.d * model.space.q // 20)  # d = 30: ~3.5 s measured


def checkpoints(plan):
    """(cuts, peak entries) of the checkpointed reverse pass, chosen once per plan."""
    if not hasattr(plan, "cuts"):
        plan.cuts = choose_cuts(plan)
    return plan.cuts


def _require_memory(model, plan):
    """The reverse pass keeps every table when they fit in MAX_STORED_ENTRIES, else
    checkpoints; refused only when even the checkpoints and one segment do not fit."""
    if plan.stored <= MAX_STORED_ENTRIES:
        return
    plan = plan.full
    peak = checkpoints(plan)[1]
    if peak > MAX_STORED_ENTRIES:
        memory, _ = _human(peak)
        raise StateSpaceTooLarge(
            f"the reverse pass over {model!r} (width {plan.width}) would hold {peak:,} entries "
            f"({memory}) even with checkpoints (all its tables: {plan.stored:,}), beyond the limit of "
            f"{MAX_STORED_ENTRIES:,} (toy_models.routes.contraction.MAX_STORED_ENTRIES); log Z alone "
            f"streams them (log_partition), the negative phase cannot")


def log_partition(model) -> float:
    plan = planned_for(model)
    pair, unary = log_potentials(model)
    return float(log_partition_of(plan, structure(model)[2], pair, unary))


def log_partition_and_negative_phase(model):
    """log Z and E_P[dE/dΘ], shaped like model.params, from exact marginals."""
    from ..models.graph import IsingGraph, PottsGraph
    from ..models import Ising
    plan = planned_for(model)
    _require_memory(model, plan)
    edges = structure(model)[2]
    pair, unary = log_potentials(model)
    log_z, edge, site = marginals(plan, edges, pair, unary)
    if isinstance(model, PottsGraph):
        return log_z, {"coupling": -edge, "field": -site}
    v = np.asarray(model.space.values, dtype=np.float64)
    if isinstance(model, IsingGraph):
        return log_z, {"coupling": -np.einsum("eab,a,b->e", edge, v, v), "field": -(site @ v)}
    passes = _passes(model, plan)
    if _seconds(plan, passes) > MAX_SECONDS:
        from ..spaces import _human_seconds
        raise StateSpaceTooLarge(
            f"the full gradient of {model!r} needs E[x_i x_j] for every pair of sites, also where "
            f"J_ij = 0: 1 + d (q - 1) = {passes:,} contractions, roughly "
            f"{_human_seconds(_seconds(plan, passes))}, beyond {MAX_SECONDS:g} s. Ising.graph(n, edges, "
            f"coupling, field) (or Potts.graph) has one parameter per edge and needs one contraction; "
            f"log Z alone (log_partition) needs one too")
    joint = pair_joint(plan, edges, pair, unary, site)
    if type(model) is Ising:
        return log_z, {"J": -0.5 * np.einsum("ijab,a,b->ij", joint, v, v), "h": -(site @ v)}
    off = (1.0 - np.eye(model.d))[:, :, None, None]
    return log_z, {"J": -0.5 * joint * off, "h": -site}


def traced_log_partition(model, params):
    """log Z as a function of params that autograd can differentiate: the same plan and
    steps as log_partition, written with autograd.numpy (graph models only: for a full J,
    entries outside the graph would get no gradient)."""
    import autograd.numpy as anp
    from autograd.tracer import isbox
    plan = planned_for(model)
    pair, unary = model.log_potentials(params)
    traced = isbox(pair) or isbox(unary)  # plain numbers (central differences): plain numpy
    return log_partition_of(plan, model.edges, pair, unary, xp=anp if traced else np)
