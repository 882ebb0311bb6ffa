"""What a sampled negative phase costs.

Eq. (7)'s negative phase E_{x~P_Θ}[dE(x)/dΘ] is exact here, because the state space is
small enough to enumerate. In practice (and in Kim & Bengio 2016, where the samples come
from a generator) it is estimated from M samples. This module measures the price, against
the exact answer:

  exact_samples(model, M, rng)        M independent draws from P_Θ, by enumeration
  sampled_negative_phase(model, xs)   (1/M) Σ_m dE(x_m)/dΘ, the Monte Carlo estimate
  gibbs_sweeps(model, x, k, rng)      k Gibbs sweeps over every site of an Ising model,
                                      all chains at once (the chains start at x)
  negative_phase_error(...)           relative error of the estimate against the exact phase

With exact samples the estimate is unbiased and its error falls as 1/sqrt(M). With k Gibbs
sweeps started at the data (contrastive divergence, Hinton 2002) it is biased towards the
positive phase when k is small: the chains have not yet forgotten the data.
"""
from __future__ import annotations

import numpy as np

from .errors import InputError
from .exact import probabilities
from .identity import log_partition_and_negative_phase
from .models import Categorical, Ising


def _rng(rng):
    if not isinstance(rng, np.random.Generator):
        raise InputError(f"rng must be a numpy.random.Generator, got {type(rng).__name__}")
    return rng


def _count(value, name):
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 1:
        raise InputError(f"{name} must be a positive integer, got {value!r}")
    return int(value)


def exact_samples(model, n_samples, rng) -> np.ndarray:
    """`n_samples` independent states drawn from P_Θ (rows, as data of the model)."""
    n_samples, rng = _count(n_samples, "n_samples"), _rng(rng)
    model.validate()
    p = probabilities(model)  # refuses spaces too large to hold P before any work
    codes = rng.choice(p.shape[0], size=n_samples, p=p / p.sum())
    states = model.space.states_from_codes(codes.astype(np.int64))
    return states[:, 0].astype(np.int64) if isinstance(model, Categorical) else states


def sampled_negative_phase(model, samples) -> dict:
    """(1/M) Σ_m dE(x_m)/dΘ over the given samples: the negative phase as practice sees it."""
    model.validate()
    x = model.check_data(samples, "samples")
    return model.weighted_energy_gradient(x, np.full(x.shape[0], 1.0 / x.shape[0]))


def gibbs_sweeps(model, start, n_sweeps, rng) -> np.ndarray:
    """Run `n_sweeps` systematic-scan Gibbs sweeps of an Ising model from each row of `start`.

    Vectorized over chains (rows); the loop is over sites, never over states. Site j is
    redrawn from P(x_j | rest), which depends on the local field h_j + Σ_k J_jk x_k.
    """
    if not isinstance(model, Ising):
        raise InputError(f"model must be an Ising model for Gibbs sweeps, got {type(model).__name__}")
    n_sweeps, rng = (0 if n_sweeps == 0 else _count(n_sweeps, "n_sweeps")), _rng(rng)
    model.validate()
    x = model.check_data(start, "start").copy()
    J, h = model.params["J"], model.params["h"]
    low, high = model.space.values
    for _ in range(n_sweeps):
        for j in range(model.d):
            local = h[j] + x @ J[j]  # J[j, j] = 0, so x_j does not see itself
            # P(x_j = high | rest) = 1 / (1 + exp(-(high - low) * local))
            p_high = 0.5 * (1.0 + np.tanh(0.5 * (high - low) * local))
            x[:, j] = np.where(rng.random(x.shape[0]) < p_high, high, low)
    return x


def relative_error(estimate: dict, exact: dict) -> float:
    """||estimate - exact|| / ||exact|| over all parameter entries at once."""
    num = np.sqrt(sum(np.sum((np.asarray(estimate[k]) - exact[k]) ** 2) for k in exact))
    den = np.sqrt(sum(np.sum(np.asarray(exact[k]) ** 2) for k in exact))
    return float(num / den)


def negative_phase_error(model, sample_sizes, repeats, rng) -> np.ndarray:
    """Relative error of the sampled negative phase with exact samples, per sample size.

    Returns an array (len(sample_sizes), repeats); the exact phase is computed once.
    """
    repeats, rng = _count(repeats, "repeats"), _rng(rng)
    sizes = [_count(m, "sample_sizes entries") for m in sample_sizes]
    _, exact = log_partition_and_negative_phase(model)
    return np.array([[relative_error(sampled_negative_phase(model, exact_samples(model, m, rng)), exact)
                      for _ in range(repeats)] for m in sizes])


def contrastive_divergence_error(model, data, sweeps, rng) -> np.ndarray:
    """Relative error of the CD-k negative phase (chains started at the data) for each k."""
    rng = _rng(rng)
    x = model.check_data(data)
    _, exact = log_partition_and_negative_phase(model)
    errors, chains, done = [], x, 0
    for k in sorted(sweeps):
        chains = gibbs_sweeps(model, chains, k - done, rng)  # continue the same chains
        done = k
        errors.append(relative_error(sampled_negative_phase(model, chains), exact))
    return np.array(errors)
