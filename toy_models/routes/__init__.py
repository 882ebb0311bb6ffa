"""Routes: exact ways to get log Z and the negative phase of a model.

The protocol. A route is a module (or any object) with
  name : str                                       shown in reports ("plain", ...)
  applies(model) -> bool                           cheap; True when the route is exact for
                                                   `model` and will not refuse it for size
  log_partition(model) -> float                    log Z, exact, in log space
  log_partition_and_negative_phase(model) -> (float, dict)
                                                   log Z and E_{x~P}[dF(x)/dΘ], the latter a
                                                   dict shaped like model.params

`choose_route(model)` returns the FIRST route in `ROUTES` whose `applies` is True.
`plain` (chunked enumeration of the whole space) applies to every model small enough
to enumerate, so it is the fallback and stays LAST: add a faster route by inserting it
in front of it, e.g. `ROUTES.insert(ROUTES.index(plain), blocked)` in this file's list
below. A route must give the same numbers as `plain` (to rounding); its tests should
say so on small models. Callers may ask for a route by name (`route="plain"`).
"""
from __future__ import annotations

from ..errors import InputError, StateSpaceTooLarge
from . import blocked, contraction, layer_sum, plain, transfer

# Ordered: specialised routes first, plain last. Each specialised route's `applies`
# accepts only its own model kind: transfer (Ising lattices), layer_sum (RBM), blocked
# (Ising with a full J, Potts); everything else, and anything they refuse, goes plain.
# contraction (graph models; a full-J Ising / Potts whose J is sparse enough that it beats
# blocked's enumeration) sits before blocked, which keeps every dense model.
ROUTES = [transfer, layer_sum, contraction, blocked, plain]


def route_names() -> list[str]:
    return [r.name for r in ROUTES]


def choose_route(model, name: str | None = None):
    """The route that will compute log Z and the negative phase of `model`.

    With `name`, that route (InputError if unknown or not applicable). Without, the first
    applicable route; if none applies the space is too large to enumerate and the error
    says how large (StateSpaceTooLarge), before any work.
    """
    if name is not None:
        for route in ROUTES:
            if route.name == name:
                if not route.applies(model):
                    if route is plain:
                        model.space.require_enumerable()
                    raise InputError(f"route {name!r} does not apply to {model!r}")
                return route
        raise InputError(f"route must be one of {route_names()}, got {name!r}")
    for route in ROUTES:
        if route.applies(model):
            return route
    model.space.require_enumerable()  # raises with the size, memory and time in words
    raise StateSpaceTooLarge(f"no exact route applies to {model!r}")  # pragma: no cover


__all__ = ["ROUTES", "choose_route", "route_names", "plain", "blocked", "layer_sum", "transfer",
           "contraction"]
