"""KL(P_φ || P_Θ) split into its three exact parts, its φ-gradient, and fitting a generator.

    KL(P_φ || P_Θ) = E_{x~P_φ}[F_Θ(x)]  -  H(P_φ)  +  log Z_Θ
                     energy term         entropy    log-partition (free of φ)

Generators (generator.py, generator_nade.py) live on bits {0,1}^d; a model on any
two-valued space (Ising ±1 or 0/1, RBM visible units, the paper's energy) is reached by
mapping bit b to the space's values[b]. Everything here enumerates the 2^d states, so
every number is exact; `kl_gradient` is autograd's gradient of the first two parts.
"""
from __future__ import annotations

import autograd
import autograd.numpy as anp
import numpy as np

from .errors import InputError, StateSpaceTooLarge
from .exact import probabilities
from .identity import log_partition
from .samplers.checks import check_count

# The generators' objectives are evaluated on every state at once (autograd keeps the tape).
MAX_GENERATOR_STATES = 2 ** 16


def require_generator_space(model, generator=None) -> None:
    """Refuse, before any work, a model a generator cannot stand in for."""
    space = model.space
    if getattr(space, "q", None) != 2:
        raise InputError(f"generators produce bits, so the model must live on a two-valued space "
                         f"(Ising, RBM, neural energy); {type(model).__name__} lives on {space!r}")
    if space.n_states > MAX_GENERATOR_STATES:  # exact ints: no float of 2^d for a huge d
        raise StateSpaceTooLarge(f"{space!r} is too large: more than {MAX_GENERATOR_STATES:,} states; the "
                                 "generators' exact KL enumerates every state; choose a smaller model")
    if generator is not None and generator.space.d != space.d:
        raise InputError(f"generator has d = {generator.space.d} but the model has d = {space.d}")


def to_states(bits, space) -> np.ndarray:
    return space.values[np.asarray(bits).astype(np.int64)]


def to_bits(states, space) -> np.ndarray:
    return (np.asarray(states) == space.values[1]).astype(np.float64)


def _tables(model):
    states = model.space.all_states()
    return to_bits(states, model.space), np.asarray(model.free_energy(states), dtype=np.float64)


def kl_decomposition(generator, model) -> dict:
    """{"energy_term", "entropy", "log_partition", "kl"}, all exact; kl = energy - entropy + log Z."""
    require_generator_space(model, generator)
    bits, energies = _tables(model)
    log_q = np.asarray(generator.log_prob(bits, generator.params))
    q = np.exp(log_q)
    parts = {"energy_term": float(q @ energies), "entropy": float(-(q @ log_q)),
             "log_partition": log_partition(model)}
    parts["kl"] = parts["energy_term"] - parts["entropy"] + parts["log_partition"]
    return parts


def kl_direct(generator, model) -> float:
    """Σ_x q(x) log(q(x)/P_Θ(x)) with P_Θ from toy_models.exact (an independent path)."""
    require_generator_space(model, generator)
    bits = to_bits(model.space.all_states(), model.space)
    q = np.exp(np.asarray(generator.log_prob(bits, generator.params)))
    p = probabilities(model)
    keep = q > 0  # 0 log 0 = 0
    return float(np.sum(q[keep] * np.log(q[keep] / p[keep])))


def _objective(generator, bits, energies):
    """φ -> E_q[F] - H(q), the KL without its constant log Z_Θ."""
    def f(phi):
        log_q = generator.log_prob(bits, phi)
        return anp.dot(anp.exp(log_q), log_q + energies)
    return f


def kl_gradient(generator, model) -> np.ndarray:
    """dKL/dφ by autograd (log Z_Θ does not depend on φ), shaped like generator.params."""
    require_generator_space(model, generator)
    return autograd.grad(_objective(generator, *_tables(model)))(generator.params)


class Adam:
    """Adam (Kingma & Ba 2015) on one flat parameter vector; its moments persist across
    calls, so a generator trained alongside a moving P_Θ keeps its momentum."""

    def __init__(self, lr=0.05, beta1=0.9, beta2=0.999, eps=1e-8):
        self.lr, self.beta1, self.beta2, self.eps = lr, beta1, beta2, eps
        self.m = self.v = None
        self.t = 0

    def step(self, params, grad):
        if self.m is None:
            self.m, self.v = np.zeros_like(params), np.zeros_like(params)
        self.t += 1
        self.m = self.beta1 * self.m + (1 - self.beta1) * grad
        self.v = self.beta2 * self.v + (1 - self.beta2) * grad ** 2
        m_hat = self.m / (1 - self.beta1 ** self.t)
        v_hat = self.v / (1 - self.beta2 ** self.t)
        return params - self.lr * m_hat / (np.sqrt(v_hat) + self.eps)


def fit_generator(generator, model, steps, optimizer=None) -> Adam:
    """`steps` Adam steps on the exact KL(P_φ || P_Θ); returns the optimizer (to reuse)."""
    require_generator_space(model, generator)
    steps = check_count(steps, "steps", 0)
    optimizer = Adam() if optimizer is None else optimizer
    grad = autograd.grad(_objective(generator, *_tables(model)))
    for _ in range(steps):
        generator.params = optimizer.step(generator.params, grad(generator.params))
    return optimizer


def generator_negative_phase(generator, model) -> dict:
    """E_{x~P_φ}[dF_Θ(x)/dΘ], exact over every state: what M generator samples average to
    as M grows, so its distance from the exact phase is the generator's bias without noise."""
    require_generator_space(model, generator)
    states = model.space.all_states()
    q = np.exp(np.asarray(generator.log_prob(to_bits(states, model.space), generator.params)))
    return model.weighted_energy_gradient(states, q)
