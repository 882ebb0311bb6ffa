"""Eq. (7) in numbers: dNLL/dΘ = positive phase - negative phase.

  positive_phase(model, data)  (1/N) sum_i dF(x_i)/dΘ          -- the data pulls energy down
  negative_phase(model)        E_{x~P_Θ}[dF(x)/dΘ], exact      -- the model pushes it back up
  nll(model, data)             (1/N) sum_i F(x_i) + log Z
  nll_gradient(model, data, method)   "identity" | "autograd" | "finite_difference"
  check_identity(model, data)  all three side by side (toy_models.report)

F is the energy (the free energy for an RBM). log Z and the negative phase come from
`routes.choose_route(model)`; every entry point validates the model and the data first,
so bad input is refused before any work.
"""
from __future__ import annotations

import numpy as np

from . import budget, reference
from .errors import InputError
from .routes import choose_route, contraction

METHODS = ("identity", "autograd", "finite_difference")


def _data(model, data):
    model.validate()
    return model.check_data(data)


def log_partition(model, route: str | None = None) -> float:
    """log Z_Θ = log sum_x e^{-F(x)} over the whole state space (never the data set)."""
    model.validate()
    return float(choose_route(model, route).log_partition(model))


def positive_phase(model, data) -> dict:
    """(1/N) sum_i dF(x_i)/dΘ: one weighted call with weights 1/N."""
    x = _data(model, data)
    return model.weighted_energy_gradient(x, np.full(x.shape[0], 1.0 / x.shape[0]))


def log_partition_and_negative_phase(model, route: str | None = None):
    model.validate()
    return choose_route(model, route).log_partition_and_negative_phase(model)


def negative_phase(model, route: str | None = None) -> dict:
    """E_{x~P_Θ}[dF(x)/dΘ], the model expectation, exact."""
    return log_partition_and_negative_phase(model, route)[1]


def nll(model, data, route: str | None = None) -> float:
    """L(Θ, D) = -(1/N) sum_i log P_Θ(x_i) = mean F(data) + log Z."""
    x = _data(model, data)
    route_obj = choose_route(model, route)  # refuses too-large spaces before the data pass
    return float(np.mean(model.free_energy(x))) + float(route_obj.log_partition(model))


def nll_gradient(model, data, method: str = "identity", route: str | None = None) -> dict:
    """dL/dΘ, a dict shaped like model.params, by one of METHODS.

    identity           positive_phase - negative_phase (eq. 7)
    autograd           reverse-mode autodiff of the exact NLL by enumeration
    finite_difference  central differences of the exact NLL, step reference.FD_STEP
    """
    if method not in METHODS:
        raise InputError(f"method must be one of {METHODS}, got {method!r}")
    x = _data(model, data)
    if method == "identity":
        route_obj = choose_route(model, route)  # refuses too-large spaces before the data pass
        positive = model.weighted_energy_gradient(x, np.full(x.shape[0], 1.0 / x.shape[0]))
        _, negative = route_obj.log_partition_and_negative_phase(model)
        return {k: np.asarray(positive[k]) - np.asarray(negative[k]) for k in model.params}
    if method == "autograd":
        return reference.autograd_gradient(model, x)
    reference.require_finite_difference_budget(model)  # the state counts first, with the sizes
    budget.require_check_seconds(model, x.shape[0])
    return reference.finite_difference_gradient(model, x)


def require_check_budget(model, finite_difference: bool = True, n_data: int = 1) -> None:
    """Refuse (StateSpaceTooLarge), before any work, a check the reference gradients cannot
    afford: autograd's tape (reference.MAX_AUTOGRAD_STATES), the run time of central
    differences (reference.MAX_FD_STATE_EVALUATIONS), and the estimated time of the whole
    check (budget.MAX_CHECK_SECONDS)."""
    if contraction.contracts(model):  # graph models: autograd through the contraction
        choose_route(model)  # refuses a graph too wide to contract, before any work
    elif model.space.more_states_than(reference.MAX_AUTOGRAD_STATES):
        reference.traced_log_partition(model, model.params)  # raises with the sizes
    if finite_difference:
        reference.require_finite_difference_budget(model)
    budget.require_check_seconds(model, n_data, finite_difference)


def check_identity(model, data, route: str | None = None, finite_difference: bool = True):
    """Compute the gradient three ways and compare (an IdentityReport)."""
    from .report import BlockReport, IdentityReport

    x = _data(model, data)
    route_obj = choose_route(model, route)
    require_check_budget(model, finite_difference, x.shape[0])
    positive = model.weighted_energy_gradient(x, np.full(x.shape[0], 1.0 / x.shape[0]))
    log_z, negative = route_obj.log_partition_and_negative_phase(model)
    by_autograd = reference.autograd_gradient(model, x)
    by_fd = reference.finite_difference_gradient(model, x) if finite_difference else None
    blocks = [BlockReport.compare(name, np.asarray(positive[name]), np.asarray(negative[name]),
                                  np.asarray(by_autograd[name]),
                                  None if by_fd is None else np.asarray(by_fd[name]))
              for name in model.params]
    return IdentityReport(model=repr(model), n_states=model.space.n_states, n_data=x.shape[0],
                          log_partition=float(log_z), route=route_obj.name, blocks=blocks)
