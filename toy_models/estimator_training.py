"""Learning with an estimated negative phase, scored by the exact NLL.

    train_with_estimator(model, data, method, n_samples, steps, lr, rng) -> NLL history

Each step is eq. (7) with the positive phase exact (the data average) and the negative
phase from `method` (estimators.negative_phase_estimate), then Θ ← Θ - lr · gradient.
What a practitioner cares about, the NLL the model reaches, is computed exactly after
every step. The model is copied, never changed. PCD keeps its chains and a generator
method keeps its generator (and optimizer) across the steps, as in practice: the
generator gets `generator_steps` Adam steps on the exact KL(P_φ || P_Θ) before each
energy step (Kim & Bengio 2016's alternation, with the KL exact instead of sampled).
"""
from __future__ import annotations

import copy

import numpy as np

from .estimators import GENERATORS, negative_phase_estimate, new_chains, parse_method, require_supported
from .errors import InputError
from .generator_kl import fit_generator, kl_decomposition
from .identity import negative_phase, nll, positive_phase
from .models import Ising, Potts
from .samplers.checks import check_count, check_rng, check_scan


def project(model) -> None:
    """Keep Θ where the model's checks want it: the entry-wise gradient of an Ising J has a
    (meaningless) diagonal and a Potts J its i = j blocks; drop them and re-symmetrize
    exactly, so rounding never leaves J asymmetric."""
    J = model.params.get("J")
    if isinstance(model, Ising):
        J = (J + J.T) / 2
        np.fill_diagonal(J, 0.0)
    elif isinstance(model, Potts):
        J = (J + J.transpose(1, 0, 3, 2)) / 2
        J[np.arange(model.d), np.arange(model.d)] = 0.0
    else:
        return
    model.params["J"] = J


def train_with_estimator(model, data, method, n_samples, steps, lr, rng, scan="systematic",
                         generator_steps=5, first_fit_steps=50, history=None) -> np.ndarray:
    """Exact NLL before and after each of `steps` updates (an array of steps + 1 values).

    method None: the exact negative phase (no sampling), the reference run. With a dict
    `history`, a generator method also records there the generator's exact KL(P_φ || P_Θ)
    before each update ("kl", after its KL steps) and the exact NLL ("nll")."""
    steps, rng, scan = check_count(steps, "steps", 0), check_rng(rng), check_scan(scan)
    check_count(generator_steps, "generator_steps", 0)
    check_count(first_fit_steps, "first_fit_steps", 0)
    if isinstance(lr, bool) or not isinstance(lr, (int, float)) or not np.isfinite(lr) or lr <= 0:
        raise InputError(f"lr must be a positive finite number, got {lr!r}")
    m = None if method is None else parse_method(method)
    model = copy.deepcopy(model)
    model.validate()
    x = model.check_data(data)
    if m is not None:
        require_supported(model, m, x)
        check_count(n_samples, "n_samples")
    chains = generator = optimizer = None
    if m is not None and m.kind == "pcd":
        chains = new_chains(model, m, n_samples, rng, scan, warmup=0)
    if m is not None and m.kind == "gen":
        generator = GENERATORS[m.generator](model.space.d, rng)
        optimizer = fit_generator(generator, model, first_fit_steps)
    nlls, kls = [nll(model, x)], []
    for _ in range(steps):
        if generator is not None:
            fit_generator(generator, model, generator_steps, optimizer)
            if history is not None:
                kls.append(kl_decomposition(generator, model)["kl"])
        pos = positive_phase(model, x)
        neg = negative_phase(model) if m is None else negative_phase_estimate(
            model, m.name, n_samples, rng, data=x, chains=chains, generator=generator, scan=scan)
        for k in model.params:
            model.params[k] = model.params[k] - lr * (np.asarray(pos[k]) - np.asarray(neg[k]))
        project(model)
        nlls.append(nll(model, x))
    if history is not None:
        history.update(nll=np.array(nlls), kl=np.array(kls))
    return np.array(nlls)
