"""An autoregressive generator with exact likelihood: a small NADE (Larochelle & Murray 2011).

    q_φ(x) = Π_j q(x_j | x_<j),   q(x_j = 1 | x_<j) = σ(b_j + V_j · s(c + W_{:,<j} x_<j))

with s the logistic function and one hidden layer whose weights W are shared across the
positions j (NADE's weight sharing). log q is exact (a sum of d Bernoulli terms) and
sampling is exact (one position after another, all samples at once). Its capacity sits
between the two generators of generator.py: mean field holds no correlation, the table
holds any distribution with 2^d - 1 numbers; NADE holds correlations (and several modes)
with about 2·H·d numbers.

The parameters are one flat vector φ (like the other generators), so autograd takes the
gradient of the KL with respect to all of it at once.
"""
from __future__ import annotations

import autograd.numpy as anp
import numpy as np

from .errors import InputError
from .samplers.checks import check_count, check_rng
from .spaces import Binary


def _logistic(z):
    return 0.5 * (1.0 + anp.tanh(0.5 * z))  # no overflow for large |z|


class NADEGenerator:
    """q_φ on {0,1}^d with `n_hidden` shared hidden units; φ drawn small by `rng`."""

    def __init__(self, d, n_hidden=16, rng=None, scale=0.1):
        self.d = check_count(d, "d")
        self.n_hidden = check_count(n_hidden, "n_hidden")
        self.space = Binary(self.d)
        rng = np.random.default_rng(0) if rng is None else check_rng(rng)
        H = self.n_hidden
        self._sizes = {"W": (H, d), "c": (H,), "V": (d, H), "b": (d,)}
        n = sum(int(np.prod(s)) for s in self._sizes.values())
        self.params = scale * rng.standard_normal(n)
        self._lower = np.tril(np.ones((d, d)), -1)  # [j, k] = 1 when k < j: position j sees x_<j

    def unpack(self, phi) -> dict:
        out, start = {}, 0
        for name, shape in self._sizes.items():
            size = int(np.prod(shape))
            out[name] = anp.reshape(phi[start:start + size], shape)
            start += size
        return out

    def conditional_logits(self, x, phi):
        """(N, d) logits of q(x_j = 1 | x_<j) for every row of x and position j."""
        p = self.unpack(phi)
        seen = np.asarray(x, dtype=np.float64)[:, None, :] * self._lower[None]  # (N, d, d) constant
        hidden = _logistic(anp.dot(seen, anp.transpose(p["W"])) + p["c"])     # (N, d, H)
        return anp.sum(hidden * p["V"][None], axis=2) + p["b"]

    def log_prob(self, x, phi):
        logits = self.conditional_logits(x, phi)
        x = np.asarray(x, dtype=np.float64)
        # log σ(l) = l - softplus(l), log(1 - σ(l)) = -softplus(l)
        return anp.sum(x * logits - anp.logaddexp(0.0, logits), axis=1)

    def sample(self, n, rng):
        n, rng = check_count(n, "n"), check_rng(rng)
        p = self.unpack(self.params)
        x = np.zeros((n, self.d))
        for j in range(self.d):  # positions in order; all samples at once
            hidden = _logistic(x[:, :j] @ p["W"][:, :j].T + p["c"])
            logit = hidden @ p["V"][j] + p["b"][j]
            x[:, j] = rng.random(n) < _logistic(logit)
        return x

    def __repr__(self) -> str:
        return f"NADEGenerator(d={self.d}, n_hidden={self.n_hidden})"


def check_generator_params(generator) -> None:
    if not np.all(np.isfinite(generator.params)):
        raise InputError(f"{generator!r}: parameters hold NaN or inf")
