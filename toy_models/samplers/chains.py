"""The chains practice uses for the negative phase.

CD-k (Hinton 2002): M chains started at data rows, k Gibbs sweeps, then read. Cheap, and
biased: after few sweeps the chains still remember the data, and a mode of P_Θ that no
data row is near is never visited.

PCD (Tieleman 2008): the chains are NOT restarted at the data; each parameter update
advances the same chains k sweeps under the current Θ. While Θ moves slowly they stay
close to P_Θ, so after a while they have run for many sweeps at the cost of k per update.
Here they start from uniform random states (a common choice, independent of the data).
"""
from __future__ import annotations

import numpy as np

from .checks import check_count, check_rng


def cd_chains(model, data, n_chains, n_sweeps, rng, scan="systematic") -> np.ndarray:
    """CD-k samples: `n_chains` chains, each started at a data row drawn uniformly
    (with replacement), after `n_sweeps` Gibbs sweeps."""
    from . import gibbs_sweeps, require_gibbs

    require_gibbs(model)
    n_chains, rng = check_count(n_chains, "n_chains"), check_rng(rng)
    x = model.check_data(data)
    start = x[rng.integers(x.shape[0], size=n_chains)]
    return gibbs_sweeps(model, start, n_sweeps, rng, scan)


class PersistentChains:
    """PCD's fantasy particles: `n_chains` states carried across parameter updates."""

    def __init__(self, model, n_chains, rng, scan="systematic"):
        from . import check_scan, require_gibbs

        require_gibbs(model)
        self.n_chains = check_count(n_chains, "n_chains")
        self.scan = check_scan(scan)
        space = model.space
        self.state = space.values[check_rng(rng).integers(space.q, size=(self.n_chains, space.d))]
        self.sweeps_done = 0

    def advance(self, model, n_sweeps, rng) -> np.ndarray:
        """k sweeps under the model's current parameters; returns (and keeps) the new states."""
        from . import gibbs_sweeps

        self.state = gibbs_sweeps(model, self.state, n_sweeps, rng, self.scan)
        self.sweeps_done += int(n_sweeps)
        return self.state
