"""The paper's scheme on a toy space: a generator supplies the negative phase.

Kim & Bengio (2016) train the energy E_Θ with eq. (7), estimating the negative phase
E_{x~P_Θ}[∂E/∂Θ] with samples of a generator P_φ, and train the generator to minimise

    KL(P_φ || P_Θ) = E_{x~P_φ}[E_Θ(x)] - H(P_φ) + log Z_Θ        (log Z_Θ is free of φ).

The paper must approximate the entropy H(P_φ) (Gaussian entropies of batch-norm scales).
On a small binary space nothing needs approximating: the generators here have exact
log-probabilities, so H, the KL and log Z are exact, and the only error left in the
negative phase is the generator's (its capacity, its lag behind P_Θ, its samples).

  MeanFieldGenerator(logits)   independent bits, q(x) = Π_j σ(±φ_j): cannot hold correlations
  TableGenerator(logits)       a softmax over every state: can equal any P_Θ
  train(model, data, ...)      alternating steps; records the exact NLL and KL after each
"""
from __future__ import annotations

import autograd
import autograd.numpy as anp
import numpy as np

from .errors import InputError
from .models.base import logsumexp
from .identity import log_partition, negative_phase, nll, positive_phase
from .spaces import Binary


class MeanFieldGenerator:
    """q_φ(x) = Π_j Bernoulli(x_j; σ(φ_j)) on {0,1}^d."""

    def __init__(self, logits):
        self.params = np.array(logits, dtype=np.float64)
        if self.params.ndim != 1 or not np.all(np.isfinite(self.params)):
            raise InputError(f"logits must be a finite 1-D array, got shape {np.shape(logits)}")
        self.space = Binary(self.params.shape[0])

    def log_prob(self, x, phi):
        # log σ(φ) = -softplus(-φ); log(1 - σ(φ)) = -softplus(φ)
        return -anp.sum(x * anp.logaddexp(0.0, -phi) + (1 - x) * anp.logaddexp(0.0, phi), axis=1)

    def sample(self, n, rng):
        p = 0.5 * (1.0 + np.tanh(0.5 * self.params))
        return (rng.random((n, p.shape[0])) < p).astype(np.float64)


class TableGenerator:
    """q_φ(x) = softmax(φ)[code(x)] over all 2^d states: enough capacity to equal P_Θ."""

    def __init__(self, d):
        self.space = Binary(d)
        self.space.require_enumerable(2 ** 16)
        self.params = np.zeros(self.space.n_states)
        self._powers = 2 ** np.arange(d - 1, -1, -1)

    def log_prob(self, x, phi):
        codes = (np.asarray(x) > 0.5).astype(np.int64) @ self._powers
        return phi[codes] - logsumexp(phi)

    def sample(self, n, rng):
        p = np.exp(self.params - logsumexp(self.params))
        return self.space.states_from_codes(rng.choice(p.shape[0], size=n, p=p / p.sum()).astype(np.int64))


def kl_to_model(generator, model, states=None) -> float:
    """KL(P_φ || P_Θ) = Σ_x q(x) (log q(x) + E_Θ(x)) + log Z_Θ, exact."""
    states = model.space.all_states() if states is None else states
    log_q = generator.log_prob(states, generator.params)
    q = np.exp(log_q)
    return float(q @ (log_q + model.free_energy(states)) + log_partition(model))


def _generator_step(generator, energies, states, lr):
    """One gradient step on E_{P_φ}[E_Θ] - H(P_φ) (the KL without its constant log Z_Θ)."""
    def objective(phi):
        log_q = generator.log_prob(states, phi)
        return anp.dot(anp.exp(log_q), log_q + energies)
    generator.params = generator.params - lr * autograd.grad(objective)(generator.params)


def train(model, data, generator=None, steps=200, lr_energy=0.5, lr_generator=2.0,
          generator_steps=5, n_samples=None, rng=None):
    """Fit `model` to `data` by eq. (7); the negative phase comes from `generator`.

    generator None: the exact negative phase (the reference). Otherwise `generator_steps`
    KL steps on the generator, then one energy step whose negative phase is the generator's
    expectation, exact over its table (n_samples None) or from n_samples of its samples.
    Returns the history {"nll": [...], "kl": [...]} (kl empty without a generator).
    """
    if not isinstance(model.space, Binary):
        raise InputError(f"model must live on binary states {{0,1}}^d, got {model.space!r}")
    if generator is not None and generator.space.d != model.space.d:
        raise InputError(f"generator has d = {generator.space.d} but model has d = {model.space.d}")
    if n_samples is not None and not isinstance(rng, np.random.Generator):
        raise InputError("rng must be a numpy.random.Generator when n_samples is given")
    data = model.check_data(data)
    states = model.space.all_states()
    history = {"nll": [nll(model, data)], "kl": []}
    for _ in range(steps):
        pos = positive_phase(model, data)
        if generator is None:
            neg = negative_phase(model)
        else:
            energies = np.asarray(model.free_energy(states))
            for _ in range(generator_steps):
                _generator_step(generator, energies, states, lr_generator)
            if n_samples is None:
                weights = np.exp(generator.log_prob(states, generator.params))
                neg = model.weighted_energy_gradient(states, weights)
            else:
                xs = generator.sample(n_samples, rng)
                neg = model.weighted_energy_gradient(xs, np.full(n_samples, 1.0 / n_samples))
        for k in model.params:
            model.params[k] = model.params[k] - lr_energy * (np.asarray(pos[k]) - np.asarray(neg[k]))
        history["nll"].append(nll(model, data))
        if generator is not None:
            history["kl"].append(kl_to_model(generator, model, states))
    return history
