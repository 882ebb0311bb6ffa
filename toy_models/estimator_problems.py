"""The toy problems of `eq7 estimators`: a multimodal model and data it does not yet fit.

    study_problem(kind, size, rng) -> (model, data, description)

ising   d = size spins ±1, every pair coupled ferromagnetically (J_ij = 2/d: strong, two
        modes, all up and all down) and no field. The data are exact draws from the same
        couplings with a field 0.3 on every spin, so they sit almost all in the "up" mode:
        a CD chain started there never sees the "down" mode the model still holds.
potts   d = size sites, q = 3 colours, J[i,j,a,b] = (3/d)·[a = b]: q modes, one per colour;
        the data come from a field 0.5 on colour 0.
rbm     n_visible = n_hidden = size, weights N(0, 1.5²/size) (several modes), data from
        another RBM of the same shape.
Everything is drawn from `rng`, so a seed fixes the problem.
"""
from __future__ import annotations

import numpy as np

from .errors import InputError, StateSpaceTooLarge
from .models import RBM, Ising, Potts
from .sampled import exact_samples
from .samplers.checks import check_count, check_rng

# The study takes an exact NLL at every training step and generators enumerate the space.
MAX_STUDY_STATES = 2 ** 16

DEFAULT_SIZES = {"ising": 10, "potts": 5, "rbm": 8}
KINDS = tuple(DEFAULT_SIZES)
N_DATA = 200


def _ferromagnet(d, strength):
    J = np.full((d, d), strength / d)
    np.fill_diagonal(J, 0.0)
    return J


def study_problem(kind, size, rng):
    if kind not in DEFAULT_SIZES:
        raise InputError(f"model must be one of {KINDS}, got {kind!r}")
    rng = check_rng(rng)
    n = DEFAULT_SIZES[kind] if size is None else check_count(size, "size", 2)
    # Refuse before a single coupling is allocated (--size 100000 must not build a 10^10 J),
    # by comparing exponents: q^n itself can have more digits than Python will print.
    q = 3 if kind == "potts" else 2
    largest = int(np.floor(np.log(MAX_STUDY_STATES) / np.log(q)))
    if n > largest:
        raise StateSpaceTooLarge(f"size {n} is too large: {q}^{n} states, more than the study's limit of "
                                 f"{MAX_STUDY_STATES:,} (it takes an exact NLL at every training step): "
                                 f"choose a size <= {largest} for {kind}")
    if kind == "ising":
        J = _ferromagnet(n, 2.0)
        model, target = Ising(J, np.zeros(n)), Ising(J, np.full(n, 0.3))
        text = f"Ising ±1, d={n}, all pairs J=2/d, field 0 (two modes); data: field +0.3 (the up mode)"
    elif kind == "potts":
        q = 3
        J = np.einsum("ij,ab->ijab", _ferromagnet(n, 3.0), np.eye(q))
        h = np.zeros((n, q))
        h_target = h.copy()
        h_target[:, 0] = 0.5
        model, target = Potts(J, h), Potts(J, h_target)
        text = f"Potts q=3, d={n}, all pairs J=3/d·[a=b], no field (3 modes); data: field 0.5 on colour 0"
    else:
        def draw():
            return RBM(1.5 / np.sqrt(n) * rng.standard_normal((n, n)), 0.3 * rng.standard_normal(n),
                       0.3 * rng.standard_normal(n))
        model, target = draw(), draw()
        text = f"RBM {n} visible x {n} hidden, weights N(0, 1.5²/{n}); data: another such RBM"
    return model, exact_samples(target, N_DATA, rng), text + f", N={N_DATA}"
