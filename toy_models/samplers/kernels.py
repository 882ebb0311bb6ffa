"""Where the Gibbs chains are after k sweeps, exactly: the sweep kernels applied to a
distribution over every state.

Updating site j of single-site Gibbs moves the mass of each state to the states that differ
from it at j only, in proportion to P_Θ(x_j | rest):

    p'(x) = [Σ_a p(x with x_j = a)] · P_Θ(x_j | x_-j)

so on the table of p (one axis per site, the enumeration order of the space) a site update
is: sum out axis j, multiply by P_Θ normalised along axis j. It needs nothing but the exact
P_Θ, and none of the conditional formulas in ising.py and potts.py, so it checks them. The
RBM's block sweep on v is p' = (p A) B, with A[v, h] = P(h | v) and B[h, v'] = P(v' | h).

From these come the exact distributions of CD-k chains (p = the data's frequencies) and of
persistent chains at a fixed Θ (p = uniform), and so their exact bias as M -> infinity.
"""
from __future__ import annotations

import numpy as np

from ..errors import InputError, StateSpaceTooLarge
from ..exact import probabilities
from ..models import RBM, Ising, Potts
from .checks import check_count, check_scan

MAX_KERNEL_STATES = 2 ** 16  # the tables are dense: 8 bytes per state (16 per RBM pair of sides)


def _require_small(n_states: int, what: str) -> None:
    if n_states > MAX_KERNEL_STATES:
        raise StateSpaceTooLarge(f"{what} is too large for exact sweep kernels: {n_states:,} states, "
                                 f"limit {MAX_KERNEL_STATES:,}")


def _site_sweeps(model, p, n_sweeps, scan):
    d, q = model.space.d, model.space.q
    shape = (q,) * d
    P = probabilities(model).reshape(shape)
    conditionals = [P / P.sum(axis=j, keepdims=True) for j in range(d)]
    p = p.reshape(shape)
    for _ in range(n_sweeps):
        if scan == "systematic":
            for j in range(d):
                p = p.sum(axis=j, keepdims=True) * conditionals[j]
        else:  # d updates, each at a uniformly drawn site: the average of the site kernels
            for _ in range(d):
                p = sum(p.sum(axis=j, keepdims=True) * conditionals[j] for j in range(d)) / d
    return p.reshape(-1)


def _rbm_sweeps(model, p, n_sweeps):
    W, b, c = model.params["W"], model.params["b"], model.params["c"]
    _require_small(2 ** model.n_hidden, "the hidden layer")
    from ..spaces import Binary
    v, h = model.space.all_states(), Binary(model.n_hidden).all_states()

    def bernoulli_table(logits, outcomes):  # [row, outcome] = Π_i P(outcome_i | row)
        log_on, log_off = -np.logaddexp(0.0, -logits), -np.logaddexp(0.0, logits)
        return np.exp(log_on @ outcomes.T + log_off @ (1.0 - outcomes).T)

    A = bernoulli_table(c + v @ W, h)      # P(h | v)
    B = bernoulli_table(b + h @ W.T, v)    # P(v | h)
    for _ in range(n_sweeps):
        p = (p @ A) @ B
    return p


def sweep_distribution(model, p, n_sweeps, scan="systematic") -> np.ndarray:
    """The distribution over the states (enumeration order) after `n_sweeps` Gibbs sweeps
    from the distribution `p`, exactly."""
    if not isinstance(model, (Ising, Potts, RBM)):
        raise InputError(f"exact sweep kernels exist for Ising, Potts and RBM models, got {type(model).__name__}")
    n_sweeps, scan = check_count(n_sweeps, "n_sweeps", 0), check_scan(scan)
    _require_small(model.space.n_states, repr(model))
    p = np.asarray(p, dtype=np.float64)
    if p.shape != (model.space.n_states,) or np.any(p < 0) or not np.isclose(p.sum(), 1.0):
        raise InputError(f"p must be a distribution over the {model.space.n_states} states, got shape {p.shape}")
    if isinstance(model, RBM):
        if scan != "systematic":
            raise InputError("the RBM's block Gibbs has no site order: scan must be 'systematic'")
        return _rbm_sweeps(model, p, n_sweeps)
    return _site_sweeps(model, p, n_sweeps, scan)


def data_distribution(model, data) -> np.ndarray:
    """The data's frequencies over the states: where CD's chains start."""
    codes = model.space.codes_of(model.check_data(data))
    return np.bincount(codes, minlength=model.space.n_states) / codes.shape[0]


def uniform_distribution(model) -> np.ndarray:
    """Where PersistentChains start."""
    return np.full(model.space.n_states, 1.0 / model.space.n_states)
