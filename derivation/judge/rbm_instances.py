"""Finite instances of explicit energies over units: small RBMs, enumerated exactly.

An RBM instance has n_v visible and n_h hidden units (1 to 3 each), so K = 2^{n_v} visible and
M = 2^{n_h} hidden configurations; configuration s has units = the bits of s - 1 (binary {0, 1}, or
+-1 when the document's units are spins). Every parameter component (a_i, b_j, W_ij, c_j, theta) takes a
small integer value (-6..6, derivation/judge/points.py), drawn per instance, so e^{-E} is a power of e and both sides of a row are exact
sums of such powers: anyone can recompute a counterexample by enumerating the configurations.

`family(la, ra, count, seed)` is the hook instances.find_counterexample asks first: it returns these
instances when a row holds units of configurations (derivation/meaning/vocabulary/units.py), else None.
"""
from __future__ import annotations

from dataclasses import dataclass

import sympy

from .instance import Instance
from .points import SMALL as SMALL_POINTS
from derivation.meaning.vocabulary import M
from derivation.meaning.vocabulary.base import COMPONENTS
from derivation.meaning.vocabulary.units import NH, NV, SPIN, HiddenIndex, Unit, VisibleIndex

SIZES = ((1, 1), (2, 1), (1, 2), (2, 2), (3, 1), (1, 3), (2, 3), (3, 2))
MAX_RBMS = 24


@dataclass(frozen=True)
class RBMInstance(Instance):
    visible_units: int = 1
    hidden_units: int = 1
    spin: int = 0

    @property
    def sizes(self):
        return {NV: self.visible_units, NH: self.hidden_units, M: self.hidden}

    def _point(self, p, Param):
        if p == COMPONENTS:   # \sum_j over components where j may index units: m is never drawn as a weight
            from derivation.meaning.not_evaluable import NotEvaluable
            raise NotEvaluable("a number of components m in a row over units (the sum's range is not told)")
        if isinstance(p, Param) and p.is_positive:  # an inverse temperature stays positive
            return super()._point(p, Param)
        v = self.draw(("weight", str(p)), SMALL_POINTS)   # 13 distinct integers (points.py)
        self.tables[f"{p} ="] = str(v)
        return v

    def float_value(self, expr, inst, at=None):
        from .unit_values import float_value
        return float_value(expr, self, at)

    def exact_value(self, expr, at=None):
        from .taylor import Unsupported
        from .unit_values import exact_value
        from derivation.meaning.not_evaluable import NotEvaluable
        try:
            return exact_value(expr, self, at)
        except Unsupported as exc:
            raise NotEvaluable(str(exc)) from exc

    def configuration(self, s: int, units: int) -> tuple:
        bits = tuple(((s - 1) >> k) & 1 for k in range(units))
        return tuple(2 * b - 1 for b in bits) if self.spin else bits

    def configurations(self, units: int) -> str:
        return ", ".join(f"{s} = ({','.join(str(u) for u in self.configuration(s, units))})"
                         for s in range(1, 2 ** units + 1))

    def describe(self, c) -> list[str]:
        """The counterexample as weights, configurations and both sides (report.py prints it)."""
        params = {k[:-2]: v for k, v in self.tables.items() if k.endswith(" =")}
        units = "spins -1/+1" if self.spin else "binary units {0, 1}"
        data = ", ".join(str(s) for s in self.data)
        return [
            f"Counterexample: an RBM with {self.visible_units} visible and {self.hidden_units} hidden unit(s), "
            f"{units}; parameters " + (", ".join(f"{k} = {v}" for k, v in sorted(params.items())) or "none")
            + " (a weight not listed does not enter this comparison).",
            f"Configurations, state = (unit 1, unit 2, ...): visible {self.configurations(self.visible_units)}; "
            f"hidden {self.configurations(self.hidden_units)}; data (visible states) = [{data}].",
        ]


def rbm_instances(rng, count: int, spin: int = 0):
    for t in range(count):
        nv, nh = SIZES[t % len(SIZES)]
        k = 2 ** nv
        n = 1 + t % 3
        data = tuple(int(s) for s in rng.integers(1, k + 1, n))
        yield RBMInstance(states=k, data=data, weights=(1,) * k, denergy=(0,) * k, d2energy=(0,) * k,
                          hidden=2 ** nh, components=2, seed=t, visible_units=nv, hidden_units=nh, spin=spin)


def family(la, ra, count, seed):
    """RBM instances when the row holds units of configurations, else None."""
    units = [u for e in (la, ra) for u in e.atoms(Unit)]
    # a unit index (the i, j of dW_ij) or a number of units needs units too, even where no unit is written
    # (a weight differentiated beside an energy the row only names)
    from .evaluation import free_indices   # (free_symbols leave out the i of d/dW_ij)
    if not units and not any(isinstance(s, (VisibleIndex, HiddenIndex)) for s in free_indices(la, ra)) \
            and not any(e.has(NV, NH) for e in (la, ra)):
        return None
    from .rng import default_rng   # NumPy's stream, without NumPy
    spin = int(any(int(u.args[3]) == SPIN for u in units))
    # 24 RBMs: every size of SIZES three times (the first slip shows at 1 x 1 units in practice)
    return rbm_instances(default_rng(seed), min(count, MAX_RBMS), spin)
