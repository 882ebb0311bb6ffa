"""The plain route: enumerate every state in chunks, streaming log-sum-exp.

Exact for every model; costs n_states energy evaluations, memory bounded by the chunk
size. The fallback every other route is checked against.
"""
from __future__ import annotations

from .. import exact
from ..spaces import MAX_ENUMERABLE_STATES
from ..validate import route_entry

name = "plain"


def applies(model) -> bool:
    return not model.space.more_states_than(MAX_ENUMERABLE_STATES)


@route_entry
def log_partition(model) -> float:
    return exact.log_partition(model)


@route_entry
def log_partition_and_negative_phase(model):
    """One pass: log Z and sum_x P(x) dF(x)/dΘ (weights P(x) are constants)."""
    log_z, negative = exact.weighted_stream(model, model.weighted_energy_gradient)
    return float(log_z), negative
