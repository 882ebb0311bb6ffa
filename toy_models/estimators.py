"""The negative phase E_{x~P_Θ}[dF/dΘ] as practice estimates it, one call per method.

    negative_phase_estimate(model, method, n_samples, rng, ...)  -> dict shaped like params
    limit_negative_phase(model, method, data, generator)          -> what it averages to, exactly

methods
  "exact"          M independent draws from P_Θ by enumeration: unbiased, the reference
  "cd-K"           contrastive divergence: M chains started at data rows, K Gibbs sweeps
  "pcd-K"          persistent chains: M chains advanced K sweeps under the current Θ; pass
                   the same `chains` (samplers.PersistentChains) at every update
  "gen-meanfield", "gen-nade", "gen-table"
                   M samples of a generator P_φ fitted to P_Θ by the exact KL(P_φ || P_Θ)
                   (Kim & Bengio 2016); pass `generator` to reuse a fitted one
Every estimate is (1/M) Σ_m dF(x_m)/dΘ over its M samples (sampled.sampled_negative_phase);
the methods differ only in where the samples come from.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from .errors import InputError
from .generator import MeanFieldGenerator, TableGenerator
from .generator_kl import fit_generator, generator_negative_phase, require_generator_space, to_states
from .identity import negative_phase
from .generator_nade import NADEGenerator
from .sampled import exact_samples, sampled_negative_phase
from .samplers import (PersistentChains, cd_chains, check_count, check_rng, check_scan, data_distribution,
                       require_gibbs, sweep_distribution, uniform_distribution)

GENERATORS = {"meanfield": lambda d, rng: MeanFieldGenerator(0.1 * rng.standard_normal(d)),  # not 0: a saddle
              "nade": lambda d, rng: NADEGenerator(d, n_hidden=8, rng=rng),
              "table": lambda d, rng: TableGenerator(d)}
METHOD_FORMS = ("exact", "cd-K", "pcd-K") + tuple(f"gen-{g}" for g in GENERATORS)
DEFAULT_GENERATOR_STEPS = 200  # Adam steps on the exact KL when a generator is fitted here
DEFAULT_PCD_WARMUP = 50        # earlier updates' worth of sweeps fresh persistent chains get


@dataclass(frozen=True)
class Method:
    name: str           # as the user wrote it, e.g. "cd-1"
    kind: str           # "exact" | "cd" | "pcd" | "gen"
    sweeps: int = 0     # K of cd-K / pcd-K
    generator: str = ""  # meanfield | nade | table


def parse_method(method) -> Method:
    """'exact', 'cd-K', 'pcd-K' (K >= 1) or 'gen-<kind>'; anything else is an InputError."""
    if not isinstance(method, str):
        raise InputError(f"method must be a string, one of {', '.join(METHOD_FORMS)}; got {method!r}")
    name = method.strip().lower()
    if name == "exact":
        return Method(name, "exact")
    chain = re.fullmatch(r"(p?cd)-(\d+)", name)
    if chain:
        k = int(chain.group(2))
        if k < 1:
            raise InputError(f"method {method!r}: K in {chain.group(1)}-K must be >= 1")
        return Method(name, chain.group(1), sweeps=k)
    gen = re.fullmatch(r"gen-(\w+)", name)
    if gen and gen.group(1) in GENERATORS:
        return Method(name, "gen", generator=gen.group(1))
    raise InputError(f"unknown method {method!r}: expected one of {', '.join(METHOD_FORMS)} "
                     f"(K a positive integer, e.g. cd-1, pcd-5)")


def require_supported(model, method: Method, data=None) -> None:
    """Refuse, before any work, a method the model cannot use (or that lacks its input)."""
    if method.kind in ("cd", "pcd"):
        require_gibbs(model)
    if method.kind == "cd" and data is None:
        raise InputError(f"method {method.name!r} starts its chains at the data: pass data")
    if method.kind == "gen":
        require_generator_space(model)


def new_generator(model, method: Method, rng, steps: int = DEFAULT_GENERATOR_STEPS):
    """A generator of the method's kind, fitted to P_Θ by `steps` Adam steps on the exact KL."""
    generator = GENERATORS[method.generator](model.space.d, rng)
    fit_generator(generator, model, steps)
    return generator


def new_chains(model, method: Method, n_samples, rng, scan="systematic", warmup=DEFAULT_PCD_WARMUP):
    """Persistent chains as a training run would hold them after `warmup` earlier updates
    at this Θ (warmup · K sweeps from uniform random states)."""
    chains = PersistentChains(model, n_samples, rng, scan)
    if warmup:
        chains.advance(model, warmup * method.sweeps, rng)
    return chains


def negative_phase_estimate(model, method, n_samples, rng, data=None, chains=None, generator=None,
                            scan="systematic", pcd_warmup=DEFAULT_PCD_WARMUP) -> dict:
    """The negative phase from `n_samples` samples of `method` (see the module docstring)."""
    m = parse_method(method)
    n_samples, rng, scan = check_count(n_samples, "n_samples"), check_rng(rng), check_scan(scan)
    check_count(pcd_warmup, "pcd_warmup", 0)
    model.validate()
    require_supported(model, m, data)
    if m.kind == "exact":
        xs = exact_samples(model, n_samples, rng)
    elif m.kind == "cd":
        xs = cd_chains(model, data, n_samples, m.sweeps, rng, scan)
    elif m.kind == "pcd":
        if chains is None:
            chains = new_chains(model, m, n_samples, rng, scan, pcd_warmup)
        elif chains.n_chains != n_samples:
            raise InputError(f"chains hold {chains.n_chains} chains but n_samples = {n_samples}")
        xs = chains.advance(model, m.sweeps, rng)
    else:
        if generator is None:
            generator = new_generator(model, m, rng)
        require_generator_space(model, generator)
        xs = to_states(generator.sample(n_samples, rng), model.space)
    return sampled_negative_phase(model, xs)


def limit_negative_phase(model, method, data=None, generator=None, scan="systematic",
                         pcd_warmup=DEFAULT_PCD_WARMUP) -> dict:
    """What `method`'s estimate averages to, exactly: its limit as M -> infinity at this Θ.

    exact   the negative phase itself (no bias)
    cd-K    E over the data's frequencies pushed through K exact sweep kernels
    pcd-K   E over the uniform distribution pushed through (pcd_warmup + 1)·K sweeps
            (new_chains' warm-up, then the K sweeps of the estimate)
    gen-*   E over the given generator's q, exactly
    Its distance from the exact phase is the method's bias with no sampling noise in it.
    """
    m = parse_method(method)
    model.validate()
    require_supported(model, m, data)
    if m.kind == "exact":
        return negative_phase(model)
    if m.kind == "gen":
        if generator is None:
            raise InputError(f"method {m.name!r}: pass the fitted generator whose limit is wanted")
        return generator_negative_phase(generator, model)
    start = data_distribution(model, data) if m.kind == "cd" else uniform_distribution(model)
    sweeps = m.sweeps if m.kind == "cd" else (check_count(pcd_warmup, "pcd_warmup", 0) + 1) * m.sweeps
    p = sweep_distribution(model, start, sweeps, scan)
    return model.weighted_energy_gradient(model.space.all_states(), p)
