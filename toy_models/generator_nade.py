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
        """(N, d) logits of q(x_j = 1 | x_<j) for every row of x and position j.

        Position j depends on x only through its prefix x_<j, and there are 2^d - 1 prefixes
        in all. When x has at least that many (row, position) pairs (the KL sums over every
        state) the logits are computed once per prefix and gathered: d times less work than
        once per row and position, the same numbers."""
        x = np.asarray(x, dtype=np.float64)
        p = self.unpack(phi)
        if 2 ** self.d - 1 <= x.shape[0] * self.d:
            table, position = self._prefixes()
            hidden = _logistic(anp.dot(table, anp.transpose(p["W"])) + p["c"])      # (2^d - 1, H)
            per_prefix = anp.sum(hidden * p["V"][position], axis=1) + p["b"][position]
            return per_prefix[self._prefix_index(x)]
        seen = x[:, None, :] * self._lower[None]  # (N, d, d): row n as position j sees it
        hidden = _logistic(anp.dot(seen, anp.transpose(p["W"])) + p["c"])         # (N, d, H)
        return anp.sum(hidden * p["V"][None], axis=2) + p["b"]

    def _prefixes(self):
        """Every prefix x_<j (zero-padded to d columns) for j = 0..d-1, grouped by j and in
        binary order within a group, with the position j of each row (built once)."""
        if getattr(self, "_prefix_table", None) is None:
            d = self.d
            tables = []
            for j in range(d):
                codes = np.arange(2 ** j, dtype=np.int64)[:, None]
                bits = (codes >> np.arange(j - 1, -1, -1, dtype=np.int64)) & 1
                tables.append(np.hstack([bits, np.zeros((2 ** j, d - j), dtype=np.int64)]))
            self._prefix_table = np.vstack(tables).astype(np.float64)
            self._prefix_position = np.repeat(np.arange(d), 2 ** np.arange(d))
        return self._prefix_table, self._prefix_position

    def _prefix_index(self, x) -> np.ndarray:
        """(N, d): the row of `_prefixes()` holding x[n, :j], for every n and j."""
        bits = (x > 0.5).astype(np.int64)
        index = np.empty(bits.shape, dtype=np.int64)
        code = np.zeros(bits.shape[0], dtype=np.int64)
        for j in range(self.d):  # the prefix code grows one bit per position
            index[:, j] = (2 ** j - 1) + code
            code = 2 * code + bits[:, j]
        return index

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
