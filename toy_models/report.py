"""The report of check_identity: per parameter block, three gradients and their gaps.

Relative difference of two gradient blocks a, b: max|a - b| / s, normwise in the max norm,
with the scale s = max(max|a|, max|b|, max|positive phase|, max|negative phase|). The
gradient is a difference of the two phases, so every method's rounding is relative to
the phases; with s taken from them too, a block that vanishes (the J of a one-spin Ising
model, the diagonal of J with +-1 spins: both phases equal -1/2) compares as rounding,
not as 100 % error, while a wrong sign or a missing term (an error the size of a phase)
still shows as O(1). Entry-wise ratios would blow up on entries that are zero by symmetry.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

import numpy as np


def max_abs_diff(a, b) -> float:
    return float(np.max(np.abs(a - b))) if np.size(a) else 0.0


def rel_diff(a, b, scale: float = 0.0) -> float:
    """max|a - b| / max(max|a|, max|b|, scale); 0 when that is 0."""
    if np.size(a):
        scale = max(float(np.max(np.abs(a))), float(np.max(np.abs(b))), scale)
    return 0.0 if scale == 0.0 else max_abs_diff(a, b) / scale


@dataclass
class BlockReport:
    name: str
    shape: tuple
    positive_phase: np.ndarray
    negative_phase: np.ndarray
    identity: np.ndarray
    autograd: np.ndarray
    finite_difference: np.ndarray | None
    abs_vs_autograd: float
    rel_vs_autograd: float
    abs_vs_finite_difference: float | None
    rel_vs_finite_difference: float | None

    @classmethod
    def compare(cls, name, positive, negative, by_autograd, by_fd):
        identity = positive - negative
        phases = max(float(np.max(np.abs(positive))), float(np.max(np.abs(negative)))) if identity.size else 0.0
        return cls(name, tuple(identity.shape), positive, negative, identity, by_autograd, by_fd,
                   max_abs_diff(identity, by_autograd), rel_diff(identity, by_autograd, phases),
                   None if by_fd is None else max_abs_diff(identity, by_fd),
                   None if by_fd is None else rel_diff(identity, by_fd, phases))


@dataclass
class IdentityReport:
    model: str
    n_states: int
    n_data: int
    log_partition: float
    route: str
    blocks: list = field(default_factory=list)

    @property
    def max_rel_vs_autograd(self) -> float:
        return max(b.rel_vs_autograd for b in self.blocks)

    @property
    def max_rel_vs_finite_difference(self) -> float | None:
        vals = [b.rel_vs_finite_difference for b in self.blocks]
        return None if None in vals else max(vals)

    def passed(self, tol_autograd: float, tol_fd: float) -> bool:
        fd = self.max_rel_vs_finite_difference
        return self.max_rel_vs_autograd <= tol_autograd and (fd is None or fd <= tol_fd)

    def to_dict(self, gradients: bool = True) -> dict:
        """Plain JSON-able types; arrays become nested lists (omitted with gradients=False)."""
        out = asdict(self)
        out["max_rel_vs_autograd"] = self.max_rel_vs_autograd
        out["max_rel_vs_finite_difference"] = self.max_rel_vs_finite_difference
        for block in out["blocks"]:
            block["shape"] = list(block["shape"])
            for key in ("positive_phase", "negative_phase", "identity", "autograd", "finite_difference"):
                value = block.pop(key)
                if gradients and value is not None:
                    block[key] = np.asarray(value).tolist()
        return out

    def to_text(self) -> str:
        def fmt(v):
            return "-" if v is None else f"{v:.1e}"
        lines = [f"{self.model}: {self.n_states:,} states, N = {self.n_data}, "
                 f"log Z = {self.log_partition:.6f} (route: {self.route})",
                 f"  {'block':<8}{'shape':<16}{'|id-ag|':>10}{'rel':>10}{'|id-fd|':>10}{'rel':>10}"]
        for b in self.blocks:
            lines.append(f"  {b.name:<8}{str(b.shape):<16}{fmt(b.abs_vs_autograd):>10}"
                         f"{fmt(b.rel_vs_autograd):>10}{fmt(b.abs_vs_finite_difference):>10}"
                         f"{fmt(b.rel_vs_finite_difference):>10}")
        return "\n".join(lines)

    __str__ = to_text

    def _repr_markdown_(self) -> str:  # Jupyter: one table row per parameter block
        def fmt(v):
            return "–" if v is None else f"{v:.1e}"
        lines = [f"**{self.model}**: {self.n_states:,} states, N = {self.n_data}, "
                 f"log Z = {self.log_partition:.6f} (route: {self.route})", "",
                 "| parameter | shape | max abs, identity vs autograd | relative | "
                 "max abs, identity vs finite differences | relative |", "|---|---|---|---|---|---|"]
        lines += [f"| {b.name} | {b.shape} | {fmt(b.abs_vs_autograd)} | {fmt(b.rel_vs_autograd)} | "
                  f"{fmt(b.abs_vs_finite_difference)} | {fmt(b.rel_vs_finite_difference)} |" for b in self.blocks]
        return "\n".join(lines)

    def _repr_pretty_(self, p, cycle) -> None:
        p.text(self.to_text())
