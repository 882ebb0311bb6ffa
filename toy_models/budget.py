"""What an `eq7 verify` run will cost, estimated from (kind, size, n_data) alone.

`require_verify_budget` runs before any model or data set is built (a size of 10^9 must
not allocate a 10^9 x 10^9 J to find out it is too large): it refuses, with the size to
choose instead, a run that
  * enumerates more states than the routes, autograd or central differences take
    (spaces.MAX_ENUMERABLE_STATES, reference.MAX_AUTOGRAD_STATES / MAX_FD_STATE_EVALUATIONS),
  * is estimated to take more than VERIFY_SECONDS, or
  * to hold more than VERIFY_BYTES at its peak.

The run is dominated by central differences: 2 x (parameter entries) exact NLLs, each
one energy evaluation of every state and every data row. Autograd and the route add a
few more such passes. So

  seconds ~ SLOWDOWN (2 P + 6) ((S + 2 N) row_seconds + (2 + S / 2^15) CALL_SECONDS)
  bytes   ~ 8 ((8 W + 6) N + (3 W + 8) S) + BASE_BYTES

with P parameter entries, S states, N data rows, W the widest row of an energy
evaluation. row_seconds per kind starts from free_energy timed on 2^14 rows (ns/row:
ising 19 at d=4, 39 at 10, 93 at 24; potts 81/239/645 at d=4/8/12; rbm 83/217/540 at
4/10/24; neural 119/141/172 at 4/10/24; categorical 0.8), raised where check_identity
end to end ran slower (ising, rbm: larger tables); end to end runs were still up to 2x
slower than that (cache; a loaded machine), hence SLOWDOWN = 2, and a data row costs
~2 state rows. The byte counts are tracemalloc peaks of check_identity
(ising d=10 with 2e5 rows: 63 MB; rbm 8 with 2e5 rows: 87 MB; ising d=18: 74 MB), rounded
up. benchmarks/bench_verify_budget.py prints estimate against measurement.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .errors import InputError, StateSpaceTooLarge
from .spaces import MAX_COORDINATES, MAX_ENUMERABLE_STATES, Binary, Qary, Spin, count_text

VERIFY_SECONDS = 5.0
VERIFY_BYTES = 512 * 2 ** 20  # a 2x error still stays under 1 GB
SLOWDOWN = 2.0
DATA_ROW_COST = 2.0  # a data row costs ~2 state rows (large arrays: categorical 4e6 rows, ising d=4 1e6)
CALL_SECONDS = 3e-5
CHUNK_ROWS = 2 ** 15
BASE_BYTES = 8 * 2 ** 20
POTTS_Q = 3  # examples.random_model's q
NEURAL_FEATURES, NEURAL_EXPERTS = 8, 4  # examples.random_model's NeuralEnergy


def min_size(kind: str) -> int:
    return 2 if kind == "categorical" else 1


def space_of(kind: str, size: int):
    """The state space random_model(kind, size) will have; O(1) memory whatever the size
    (a categorical's Qary(1, K) holds its K values: refused first, in _check)."""
    if kind == "categorical":
        return Qary(1, size)
    if kind == "ising":
        return Spin(size)
    if kind == "potts":
        return Qary(size, POTTS_Q)
    return Binary(size)  # ising01, rbm (visible layer), neural


def label(kind: str, size: int) -> str:
    """How the model will print (its repr), without building it."""
    return {"categorical": f"Categorical(K={size})", "ising": f"Ising(d={size}, spins=(-1, 1))",
            "ising01": f"Ising(d={size}, spins=(0, 1))", "potts": f"Potts(d={size}, q={POTTS_Q})",
            "rbm": f"RBM(n_visible={size}, n_hidden={size})",
            "neural": f"NeuralEnergy(d={size}, features={NEURAL_FEATURES}, experts={NEURAL_EXPERTS})"}[kind]


def n_params(kind: str, s: int) -> int:
    """Parameter entries of random_model(kind, s) (exact int)."""
    if kind == "categorical":
        return s
    if kind in ("ising", "ising01"):
        return s * s + s
    if kind == "potts":
        return (s * POTTS_Q) ** 2 + s * POTTS_Q
    if kind == "rbm":
        return s * s + 2 * s
    return s + s * NEURAL_FEATURES + NEURAL_FEATURES + NEURAL_FEATURES * NEURAL_EXPERTS + NEURAL_EXPERTS


def row_width(kind: str, s: int) -> int:
    """Floats in the widest row of an energy evaluation."""
    return {"categorical": 1, "ising": s, "ising01": s, "potts": s * POTTS_Q, "rbm": s,
            "neural": max(s, NEURAL_FEATURES)}[kind]


def row_seconds(kind: str, s: int) -> float:
    """Seconds per row of one free-energy evaluation (module doc), plus ~5 ns of exp/log."""
    if kind == "categorical":
        return 6e-9
    if kind in ("ising", "ising01"):
        return (20 + 5 * s) * 1e-9
    if kind == "potts":
        return _potts_row_seconds(s * POTTS_Q)
    if kind == "rbm":
        return (15 + 28 * s) * 1e-9
    return (115 + 2.5 * s) * 1e-9


def _potts_row_seconds(D: int) -> float:
    """D = d q one-hot columns: the energy is a (D, D) quadratic form per row."""
    return (25 + 3 * D + 0.45 * D * D) * 1e-9


@dataclass
class Estimate:
    kind: str
    size: int
    n_data: int
    seconds: float
    bytes: float


def estimate(kind: str, size: int, n_data: int) -> Estimate:
    """Estimated time and peak memory of check_identity on random_model(kind, size) with
    n_data rows; inf when the space is beyond enumeration (never computes q**size then)."""
    if kind == "ising-graph":  # by contraction: see _graph_seconds
        seconds = math.inf if size > MAX_GRAPH_SPINS else \
            _graph_seconds(size) + SLOWDOWN * (5 * size + 6) * DATA_ROW_COST * n_data * 1e-7
        return Estimate(kind, size, n_data, seconds, BASE_BYTES + 8.0 * (64 * size + 8 * size * n_data))
    if size > MAX_COORDINATES or kind == "categorical" and size > MAX_ENUMERABLE_STATES:
        return Estimate(kind, size, n_data, math.inf, math.inf)
    space = space_of(kind, size)
    if space.more_states_than(MAX_ENUMERABLE_STATES):
        return Estimate(kind, size, n_data, math.inf, math.inf)
    S, N, P, W = float(space.n_states), float(n_data), float(n_params(kind, size)), float(row_width(kind, size))
    per_nll = (S + DATA_ROW_COST * N) * row_seconds(kind, size) + (2 + S / CHUNK_ROWS) * CALL_SECONDS
    seconds = SLOWDOWN * (2 * P + 6) * per_nll
    n_bytes = 8 * ((8 * W + 6) * N + (3 * W + 8) * S) + 8 * P * 10 + BASE_BYTES
    return Estimate(kind, size, n_data, seconds, n_bytes)


def _size_of(kind, size):
    from .examples import DEFAULT_SIZES
    return DEFAULT_SIZES[kind] if size is None else size


def _check(kinds, size, n_data) -> None:
    """StateSpaceTooLarge (the first reason) when the run does not fit, else None."""
    from .reference import MAX_AUTOGRAD_STATES, MAX_FD_STATE_EVALUATIONS

    total_seconds = total_bytes = 0.0
    for kind in kinds:
        s = _size_of(kind, size)
        if kind == "ising-graph":  # exact by contraction, not enumeration (routes/contraction.py)
            total_seconds += _graph_seconds(s)
            continue
        if s > MAX_COORDINATES:  # no space of that many coordinates can even be described
            raise StateSpaceTooLarge(f"--size {count_text(s)} is far beyond enumeration (at most "
                                     f"{count_text(MAX_ENUMERABLE_STATES, 'states')})")
        if kind == "categorical" and s > MAX_AUTOGRAD_STATES:  # before Qary(1, K) allocates K values
            raise StateSpaceTooLarge(
                f"{label(kind, s)} has {count_text(s, 'states')}: autograd through the enumeration keeps "
                f"every state on its tape and its limit is {count_text(MAX_AUTOGRAD_STATES)}")
        space = space_of(kind, s)
        space.require_enumerable()  # the size, memory and time in words
        if space.more_states_than(MAX_AUTOGRAD_STATES):
            raise StateSpaceTooLarge(
                f"autograd through the enumeration keeps every state on its tape: {label(kind, s)} has "
                f"{count_text(space.n_states, 'states')}, the limit is {count_text(MAX_AUTOGRAD_STATES)}")
        cost = 2 * n_params(kind, s) * space.n_states
        if cost > MAX_FD_STATE_EVALUATIONS:
            raise StateSpaceTooLarge(
                f"central differences on {label(kind, s)} need 2 x {n_params(kind, s):,} parameter entries x "
                f"{space.n_states:,} states = {cost:,} energy evaluations; the limit is "
                f"{MAX_FD_STATE_EVALUATIONS:,}")
        e = estimate(kind, s, n_data)
        total_seconds += e.seconds
        total_bytes += e.bytes
    if total_seconds > VERIFY_SECONDS:
        raise StateSpaceTooLarge(
            f"this run would take about {_seconds(total_seconds)} s (estimated: central differences evaluate "
            f"every state and data row twice per parameter entry); the budget is {VERIFY_SECONDS:g} s "
            f"(toy_models.budget.VERIFY_SECONDS)")
    if total_bytes > VERIFY_BYTES:
        raise StateSpaceTooLarge(
            f"this run would hold about {total_bytes / 2 ** 20:,.0f} MB (estimated); the budget is "
            f"{VERIFY_BYTES / 2 ** 20:,.0f} MB (toy_models.budget.VERIFY_BYTES)")


# A random 3-regular graph of n spins has treewidth ~n/8 or more: past this many spins no
# order within the contraction route's width limit (24) exists, and the graph itself is not
# built (a --size of 10^9 must not allocate 3 x 10^9 edge ends).
MAX_GRAPH_SPINS = 400


def _graph_seconds(n: int) -> float:
    """Estimated seconds of check_identity on random_model("ising-graph", n): central
    differences, 2 x 2.5 n parameter entries, each one contraction of ~3 n steps (~20 us
    each while the width is small, measured). The width is only known once the graph is
    drawn: require_check_seconds then estimates again from the plan, before any work."""
    if n > MAX_GRAPH_SPINS:
        raise StateSpaceTooLarge(
            f"a random 3-regular graph of {n:,} spins is far too wide to contract exactly (its "
            f"treewidth grows like n/8; the contraction route stops at width 24, ~180 spins); "
            f"the limit here is {MAX_GRAPH_SPINS} spins")
    return SLOWDOWN * (5 * n + 6) * (3 * n * 2e-5)


def _seconds(s: float) -> str:
    return f"{s:.2g}" if s < 10 else f"{s:,.0f}"


def _fits(kinds, size, n_data) -> bool:
    try:
        _check(kinds, size, n_data)
    except StateSpaceTooLarge:
        return False
    return True


def _largest(fits, low: int, high: int):
    """The largest v in [low, high] with fits(v), for fits monotone (True then False); None
    when not even low fits. Bisection: O(log high) estimates, each O(1)."""
    if not fits(low):
        return None
    while low < high:
        mid = (low + high + 1) // 2
        if fits(mid):
            low = mid
        else:
            high = mid - 1
    return low


def _check_count(value, name, minimum=1, where=""):
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise InputError(f"{name} must be an integer >= {minimum}{where}, got {value!r}")


def require_verify_budget(kinds, size, n_data) -> None:
    """Refuse, before anything is built, an `eq7 verify` run beyond a budget; the message
    names the --size (or --n-data) that fits."""
    if size is not None:
        for kind in kinds:
            _check_count(size, "--size", min_size(kind), f" for {kind}" if min_size(kind) > 1 else "")
    _check_count(n_data, "--n-data")
    try:
        _check(kinds, size, n_data)
    except StateSpaceTooLarge as exc:
        raise StateSpaceTooLarge(f"{str(exc).rstrip('.')}. {_suggestion(kinds, size, n_data)}") from None


def _suggestion(kinds, size, n_data) -> str:
    low = max(min_size(k) for k in kinds)
    if size is not None:
        best = _largest(lambda s: _fits(kinds, s, n_data), low, size)
        if best is not None:
            return f"Choose --size {best} or less."
    s = size if size is not None and _fits(kinds, size, 1) else (None if size is None else low)
    best_n = _largest(lambda n: _fits(kinds, s, n), 1, n_data)
    if best_n is None:  # not reachable for the kinds we have: the smallest models are tiny
        return "Choose a smaller --size and fewer --n-data rows."
    return f"Choose --n-data {best_n:,} or less" + ("." if s == size else f" with --size {s}.")


# -- the API: check_identity and central differences on any model ---------------------------
# Looser than eq7 verify's 5 s (a caller of the API asked for this model), but no run of many
# minutes: Ising d = 20 through check_identity (~4-10 minutes) is refused.
MAX_CHECK_SECONDS = 60.0


def model_row_seconds(model) -> float:
    """row_seconds for a model instance (module doc); a conservative generic for the rest."""
    from .models import RBM, Categorical, Ising, NeuralEnergy, Potts
    if isinstance(model, Categorical):
        return row_seconds("categorical", model.K)
    if isinstance(model, Potts):
        return _potts_row_seconds(model.d * model.q)
    if isinstance(model, Ising):
        return row_seconds("ising", model.d)
    if isinstance(model, RBM):
        return row_seconds("rbm", max(model.n_visible, model.n_hidden))
    if isinstance(model, NeuralEnergy):
        return row_seconds("neural", model.d) * max(1.0, model.n_features * model.n_experts / 32)
    return (115 + 5 * model.space.d) * 1e-9  # lattices and models of other packages


def require_check_seconds(model, n_data: int, finite_difference: bool = True) -> None:
    """Refuse, before any work, a check (autograd, route, and central differences unless
    finite_difference is False) estimated over MAX_CHECK_SECONDS. Call after the state-count
    limits (n_states <= 2^27 here)."""
    S, N = float(model.space.n_states), float(n_data)
    P = float(sum(np.size(v) for v in model.params.values()))
    per_nll = (S + DATA_ROW_COST * N) * model_row_seconds(model) + (2 + S / CHUNK_ROWS) * CALL_SECONDS
    from .routes import contraction
    if contraction.contracts(model):  # graph models: one contraction per NLL, not S states
        plan = contraction.planned_for(model)  # (refusals for width come first, from choose_route)
        per_nll = N * model_row_seconds(model) + plan.cost / contraction.ENTRIES_PER_SECOND \
            + 2e-5 * len(plan.steps)
    seconds = SLOWDOWN * ((2 * P if finite_difference else 0.0) + 6) * per_nll
    if seconds > MAX_CHECK_SECONDS:
        each = "one contraction" if contraction.contracts(model) else count_text(model.space.n_states, "states")
        fd = (f"central differences (2 x {int(P):,} parameter entries x {each})"
              if finite_difference else "autograd and the route")
        raise StateSpaceTooLarge(
            f"checking {model!r} with {n_data:,} data rows would take about {_seconds(seconds)} s "
            f"(estimated, mostly {fd}); the limit is {MAX_CHECK_SECONDS:g} s "
            f"(toy_models.budget.MAX_CHECK_SECONDS). Use finite_difference=False, fewer data rows, "
            f"or a smaller model")
