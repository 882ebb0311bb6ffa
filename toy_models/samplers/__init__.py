"""Samplers of P_Θ, vectorized over chains, seeded through a numpy.random.Generator.

  exact_samples(model, M, rng)               independent draws by enumeration, any model
  gibbs_sweeps(model, start, k, rng, scan)   k Gibbs sweeps from every row of `start`:
                                               Ising, Potts  single-site, scan "systematic" or "random"
                                               RBM           block Gibbs (h | v, then v | h)
  cd_chains(model, data, M, k, rng)          CD-k: M chains started at data rows, k sweeps
  PersistentChains(model, M, rng)            PCD: chains kept across parameter updates
  sweep_distribution(model, p, k, scan)      where chains started at p are after k sweeps, exactly

Only the standard discrete samplers are here: Gibbs (single-site and block). Gradient-
informed discrete proposals (e.g. Gibbs-with-gradients) and Langevin-type samplers
exist, but are not standard practice for these models, so none is provided.
"""
from __future__ import annotations

from ..errors import InputError
from ..models import RBM, Ising, Potts
from ..sampled import exact_samples
from .chains import PersistentChains, cd_chains
from .checks import SCANS, check_count, check_rng, check_scan
from .ising import ising_sweeps
from .kernels import data_distribution, sweep_distribution, uniform_distribution
from .potts import potts_sweeps
from .rbm import rbm_block_sweeps

GIBBS_MODELS = (Ising, Potts, RBM)


def supports_gibbs(model) -> bool:
    return isinstance(model, GIBBS_MODELS)


def require_gibbs(model) -> None:
    if not supports_gibbs(model):
        raise InputError(f"Gibbs sampling (and so CD-k and PCD) supports Ising, Potts and RBM models, "
                         f"got {type(model).__name__}")


def gibbs_sweeps(model, start, n_sweeps, rng, scan: str = "systematic"):
    """Run `n_sweeps` Gibbs sweeps from each row of `start`; returns the new states.

    A sweep is d single-site updates (Ising, Potts) or one block update of h then v (RBM).
    `start` is checked as data of the model and copied; it is never modified.
    """
    require_gibbs(model)
    n_sweeps, rng, scan = check_count(n_sweeps, "n_sweeps", 0), check_rng(rng), check_scan(scan)
    if isinstance(model, RBM) and scan != "systematic":
        raise InputError("scan='random' applies to single-site Gibbs (Ising, Potts); "
                         "the RBM's block Gibbs has no site order")
    model.validate()
    x = model.check_data(start, "start").copy()
    if isinstance(model, Ising):
        return ising_sweeps(model, x, n_sweeps, rng, scan)
    if isinstance(model, Potts):
        return potts_sweeps(model, x, n_sweeps, rng, scan)
    return rbm_block_sweeps(model, x, n_sweeps, rng)


__all__ = ["exact_samples", "gibbs_sweeps", "supports_gibbs", "require_gibbs", "cd_chains",
           "PersistentChains", "SCANS", "check_count", "check_rng", "check_scan",
           "sweep_distribution", "data_distribution", "uniform_distribution"]
