"""Every estimator of the negative phase measured against the exact answer.

    estimator_study(model, data, methods, sample_sizes, repeats, rng) -> dict

For each method and each number of samples M, `repeats` independent estimates are
compared with the exact negative phase g* (one enumeration). With e_r the error of
estimate r, flattened over every parameter entry:

    bias      || mean_r e_r ||                    (norm of the mean error)
    noise     sqrt(variance / repeats)            what `bias` would show for an unbiased
                                                  method: a bias well above it is real
    variance  Σ_entries var_r(e_r)                (ddof 0; the trace of the covariance)
    mse       mean_r ||e_r||² = bias² + variance
    seconds   wall time of one estimate, as an update pays it (see below)
    train_nll exact NLL after `train_steps` updates that used this estimator
              (estimator_training.train_with_estimator), started from the given model
    exact_bias the bias as M -> infinity, exactly (estimators.limit_negative_phase: exact
              sweep kernels for CD and PCD, the generator's q for a generator)
    generator_kl (generator methods) KL(P_φ || P_Θ), exact

Costs are per parameter update, as in training. PCD's chains are fresh for every repeat
(so repeats are independent) and first run `pcd_warmup` untimed updates' worth of sweeps at
this Θ, the state a training run would carry them in; the timed part is its K sweeps,
the same as CD-K. A generator is fitted to P_Θ once per method (untimed, reported as
setup_seconds); the timed part is drawing its M samples.

Each (method, M) cell draws from its own stream, seeded from `rng` and the cell's name,
so adding a method or a sample size does not change the other cells' numbers.
"""
from __future__ import annotations

import time
import zlib

import numpy as np

from .errors import InputError, StateSpaceTooLarge
from .estimators import (DEFAULT_GENERATOR_STEPS, DEFAULT_PCD_WARMUP, limit_negative_phase,
                         negative_phase_estimate, new_chains, new_generator, parse_method,
                         require_supported)
from .estimator_training import train_with_estimator
from .generator_kl import kl_decomposition
from .identity import log_partition_and_negative_phase
from .samplers.checks import check_count, check_rng, check_scan

# Every training step takes an exact NLL, and generators enumerate the space.
STUDY_MAX_STATES = 2 ** 16


def _flat(tree, keys) -> np.ndarray:
    return np.concatenate([np.ravel(np.asarray(tree[k], dtype=np.float64)) for k in keys])


def _sizes(sample_sizes) -> list[int]:
    try:
        sizes = list(sample_sizes)
    except TypeError:
        raise InputError(f"sample_sizes must be a list of positive integers, got {sample_sizes!r}") from None
    if not sizes:
        raise InputError("sample_sizes is empty: give at least one number of samples M >= 1")
    return [check_count(m, "every entry of sample_sizes (M)") for m in sizes]


def _cell_rng(base: int, method: str, m: int) -> np.random.Generator:
    return np.random.default_rng([base, zlib.crc32(method.encode()), m])


def _summary(errors: np.ndarray) -> dict:
    mean = errors.mean(axis=0)
    variance = float(errors.var(axis=0).sum())
    return {"bias": float(np.linalg.norm(mean)), "noise": float(np.sqrt(variance / errors.shape[0])),
            "variance": variance, "mse": float(np.mean(np.sum(errors ** 2, axis=1)))}


def estimator_study(model, data, methods, sample_sizes, repeats, rng, train_steps=100, lr=0.1,
                    scan="systematic", pcd_warmup=DEFAULT_PCD_WARMUP,
                    generator_steps=DEFAULT_GENERATOR_STEPS, progress=None) -> dict:
    """The study (see the module docstring). `progress(done, total, label)` is called after
    each piece of work, if given. Every argument is checked before any work."""
    # -- checks, all before the first sample --------------------------------------
    rng, scan = check_rng(rng), check_scan(scan)
    repeats = check_count(repeats, "repeats", 2)  # a variance needs two estimates
    train_steps = check_count(train_steps, "train_steps", 0)
    check_count(pcd_warmup, "pcd_warmup", 0)
    check_count(generator_steps, "generator_steps", 0)
    if isinstance(lr, bool) or not isinstance(lr, (int, float)) or not np.isfinite(lr) or lr <= 0:
        raise InputError(f"lr must be a positive finite number, got {lr!r}")
    sizes = _sizes(sample_sizes)
    if isinstance(methods, str) or not list(methods):
        raise InputError(f"methods must be a non-empty list of method names, got {methods!r}")
    parsed = list({m.name: m for m in map(parse_method, methods)}.values())  # each method once
    model.validate()
    x = model.check_data(data)
    if model.space.n_states > STUDY_MAX_STATES:  # compared as exact ints: 2^5000 states must not overflow
        raise StateSpaceTooLarge(f"{model!r} is too large: more than {STUDY_MAX_STATES:,} states; the study takes an "
                                 "exact NLL at every training step; choose a smaller model")
    for m in parsed:
        require_supported(model, m, x)

    # -- the work ------------------------------------------------------------------
    keys = list(model.params)
    _, exact = log_partition_and_negative_phase(model)
    g_star = _flat(exact, keys)
    base = int(rng.integers(2 ** 63))
    total, done = len(parsed) * len(sizes) + 1, 0
    reference = train_with_estimator(model, x, None, None, train_steps, lr, _cell_rng(base, "exact phase", 0))
    done += 1
    if progress:
        progress(done, total, "training with the exact negative phase")
    rows = []
    for m in parsed:
        generator, setup, extra = None, 0.0, {}
        if m.kind == "gen":
            start = time.perf_counter()
            generator = new_generator(model, m, _cell_rng(base, m.name, 0), generator_steps)
            setup = time.perf_counter() - start
            extra["generator_kl"] = kl_decomposition(generator, model)["kl"]
        # the bias as M -> infinity, exactly (exact sweep kernels; the generator's q)
        limit = limit_negative_phase(model, m.name, x, generator, scan, pcd_warmup)
        extra["exact_bias"] = float(np.linalg.norm(_flat(limit, keys) - g_star))
        for size in sizes:
            cell = _cell_rng(base, m.name, size)
            errors, seconds = np.empty((repeats, g_star.size)), 0.0
            for r in range(repeats):
                chains = None
                if m.kind == "pcd":
                    start = time.perf_counter()
                    chains = new_chains(model, m, size, cell, scan, pcd_warmup)
                    setup += time.perf_counter() - start
                start = time.perf_counter()
                est = negative_phase_estimate(model, m.name, size, cell, data=x, chains=chains,
                                              generator=generator, scan=scan)
                seconds += time.perf_counter() - start
                errors[r] = _flat(est, keys) - g_star
            history = train_with_estimator(model, x, m.name, size, train_steps, lr, cell, scan=scan)
            rows.append({"method": m.name, "n_samples": size, **_summary(errors),
                         "seconds": seconds / repeats, "train_nll": float(history[-1]), **extra})
            done += 1
            if progress:
                progress(done, total, f"{m.name}, M = {size}")
        for row in rows:
            if row["method"] == m.name:
                row["setup_seconds"] = setup
    return {"model": repr(model), "n_data": int(x.shape[0]), "repeats": repeats,
            "sample_sizes": sizes, "methods": [m.name for m in parsed], "scan": scan,
            "exact_norm": float(np.linalg.norm(g_star)), "train_steps": train_steps, "lr": lr,
            "pcd_warmup": pcd_warmup, "generator_steps": generator_steps,
            "initial_nll": float(reference[0]), "exact_phase_nll": float(reference[-1]),
            "rows": rows}
