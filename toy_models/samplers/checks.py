"""Argument checks the samplers share: each refuses bad input before any work."""
from __future__ import annotations

import numpy as np

from ..errors import InputError

SCANS = ("systematic", "random")


def check_rng(rng) -> np.random.Generator:
    if not isinstance(rng, np.random.Generator):
        raise InputError(f"rng must be a numpy.random.Generator, got {type(rng).__name__}")
    return rng


def check_count(value, name: str, minimum: int = 1) -> int:
    """A Python int >= minimum (bools and floats refused: 2.5 sweeps means nothing)."""
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < minimum:
        kind = "positive" if minimum == 1 else f">= {minimum}"
        raise InputError(f"{name} must be an integer {kind}, got {value!r}")
    return int(value)


def check_scan(scan) -> str:
    if scan not in SCANS:
        raise InputError(f"scan must be one of {SCANS}, got {scan!r}")
    return scan


def site_order(scan: str, d: int, n_chains: int, rng):
    """The sites one sweep visits, as d arrays of one site per chain.

    systematic: sites 0..d-1 in order, the same site in every chain.
    random: d sites drawn uniformly with replacement, independently per chain (each
    chain is then an ordinary random-scan Gibbs chain; P is invariant under every
    single-site update, so it is invariant under any mixture of them).
    """
    if scan == "systematic":
        return [np.full(n_chains, j, dtype=np.int64) for j in range(d)]
    return list(rng.integers(d, size=(d, n_chains)))
