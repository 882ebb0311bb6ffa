"""Two reference gradients of the exact NLL that never use the phases of eq. (7).

  autograd_gradient            reverse-mode autodiff through the enumeration itself:
                               NLL(Θ) = mean F(data) + logsumexp over chunks of -F(x)
  finite_difference_gradient   central differences of the exact NLL, entry by entry

Both enumerate the whole space (the plain route), so they are for checking, not speed.
"""
from __future__ import annotations

import autograd
import autograd.numpy as anp
import numpy as np

from . import exact
from .errors import StateSpaceTooLarge
from .models.base import logsumexp
from .routes import contraction

# autograd keeps every chunk's intermediates for the backward pass (measured: ~12 bytes
# per state coordinate for an Ising model, 55 MB at d = 18), so it gets a lower ceiling
# than the streaming routes: 2^20 states is ~250 MB at d = 20.
MAX_AUTOGRAD_STATES = 2 ** 20
# Central differences cost 2 x (number of parameter entries) exact NLLs; refuse beyond this
# many energy evaluations in all (~2e7 per second measured: 2^31 is a couple of minutes).
MAX_FD_STATE_EVALUATIONS = 2 ** 31
# Central-difference step. The error is truncation O(h^2 * |third cumulant|) plus
# rounding O(eps * |NLL| / h); with h = 1e-5, |NLL| <= 1e4 and O(1) cumulants both stay
# below ~1e-7, well inside the 1e-6 relative tolerance the tests ask for.
FD_STEP = 1e-5


def traced_log_partition(model, params, chunk_rows=None):
    """log Z as an autograd-traceable function of params (log-sum-exp of chunk log-sum-exps).

    A model that has its own traced_log_partition (the graph models: through the steps of
    their tensor contraction, which reach far beyond enumeration) uses it instead."""
    if contraction.contracts(model):
        return contraction.traced_log_partition(model, params)
    model.space.require_enumerable()  # the general refusal (size, memory, time) comes first
    if model.space.n_states > MAX_AUTOGRAD_STATES:
        raise StateSpaceTooLarge(
            f"autograd through the enumeration keeps every state on its tape: {model!r} has "
            f"{model.space.n_states:,} states, the limit is {MAX_AUTOGRAD_STATES:,}; use "
            f"method='identity' or 'finite_difference'")
    parts = [logsumexp(-model.free_energy(x, params)) for x in model.space.chunks(chunk_rows)]
    return logsumexp(anp.array(parts))


def exact_nll(model, data, params):
    """mean F(data) + log Z, traceable."""
    return anp.mean(model.free_energy(data, params)) + traced_log_partition(model, params)


def autograd_gradient(model, data) -> dict:
    if model.space.more_states_than(MAX_AUTOGRAD_STATES) and not contraction.contracts(model):
        traced_log_partition(model, model.params)  # raises before any work
    return autograd.grad(lambda p: exact_nll(model, data, p))(dict(model.params))


# Central differences evaluate the NLL 2 x (number of parameters) times; a state table
# up to this many bytes is built once and reused instead of re-enumerating each time.
FD_TABLE_BYTES = 64 * 2 ** 20


def _log_partition_function(model):
    """params -> exact log Z, reusing one state table when it is small enough."""
    space = model.space
    if contraction.contracts(model):  # the graph models: by contraction
        return lambda params: float(contraction.traced_log_partition(model, params))
    if space.n_states * space.d * 8 > FD_TABLE_BYTES:
        return lambda params: exact.log_partition(model, params)
    states = space.all_states(limit=space.n_states)

    def log_z(params):
        neg = -np.asarray(model.free_energy(states, params), dtype=np.float64)
        m = neg.max()
        return float(m + np.log(np.sum(np.exp(neg - m))))
    return log_z


def require_finite_difference_budget(model) -> None:
    """Raise StateSpaceTooLarge, before any work, when central differences would take too long."""
    n_params = sum(int(np.size(v)) for v in model.params.values())
    if contraction.contracts(model):  # the graph models: entries of one contraction
        per = contraction.planned_for(model).cost
        cost = 2 * n_params * per
        if cost > MAX_FD_STATE_EVALUATIONS:
            raise StateSpaceTooLarge(
                f"central differences on {model!r} need 2 x {n_params:,} parameter entries x "
                f"{per:,} table entries per contraction = {cost:,} (roughly "
                f"{cost / 1e8 / 60:,.0f} minutes); the limit is {MAX_FD_STATE_EVALUATIONS:,}. "
                f"Use method='identity' or 'autograd', or a smaller graph")
        return
    model.space.require_enumerable()
    cost = 2 * n_params * model.space.n_states
    if cost > MAX_FD_STATE_EVALUATIONS:
        raise StateSpaceTooLarge(
            f"central differences on {model!r} need 2 x {n_params:,} parameter entries x "
            f"{model.space.n_states:,} states = {cost:,} energy evaluations (roughly "
            f"{cost / 2e7 / 60:,.0f} minutes); the limit is {MAX_FD_STATE_EVALUATIONS:,}. "
            f"Use method='identity' or 'autograd', or a smaller model")


def finite_difference_gradient(model, data, step: float = FD_STEP) -> dict:
    """(NLL(Θ + h e_k) - NLL(Θ - h e_k)) / 2h for every entry k of every parameter.

    Entries are perturbed one at a time without re-validating (a perturbed J is not
    symmetric; the energy formula does not care).
    """
    require_finite_difference_budget(model)
    log_z = _log_partition_function(model)

    def nll_value(params):
        return float(np.mean(model.free_energy(data, params))) + log_z(params)

    base = {k: np.array(v, dtype=np.float64) for k, v in model.params.items()}
    grads = {}
    for name, value in base.items():
        g = np.zeros_like(value)
        flat = value.reshape(-1)  # a view: editing it edits base[name]
        for k in range(flat.size):
            old = flat[k]
            flat[k] = old + step
            up = nll_value(base)
            flat[k] = old - step
            down = nll_value(base)
            flat[k] = old
            g.reshape(-1)[k] = (up - down) / (2 * step)
        grads[name] = g
    return grads
