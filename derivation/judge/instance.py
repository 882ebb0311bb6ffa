"""A concrete finite instance of the notation: what fixes every symbol a row leaves open (split from
instances.py, which searches instances for a counterexample; evaluation.py gives a row its exact value on one).

An instance fixes everything the symbols leave open: the state-space size K (states 1..K), the
data x^(1..N) (state indices, repeats allowed; N = len(data)), and a smooth energy for each state,

    E_k(Theta) = -ln w_k + d_k (Theta - t) + s_k (Theta - t)^2 / 2,   evaluated at Theta = t,

with small positive integers w_k and small integers d_k, s_k. The point t is 0 unless a row uses
Theta explicitly, outside the energy (then t also takes the values 1/2, 1, -2). So e^{-E_k} = w_k, Z = sum_k w_k,
P(k) = w_k / Z, dE_k/dTheta = d_k and d2E_k/dTheta2 = s_k: every value a row takes is a rational
number or a log of one, and anyone can recompute it by hand from what the report prints.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import sympy
from sympy import log

from derivation.meaning.notation import Theta
from .points import POINTS, POSITIVE
from derivation.meaning.table_names import entry_name as _entry_name

MAX_TERMS = 64  # states or data points an instance may unroll a sum to; instances stay tiny


@dataclass(frozen=True)
class Instance:
    states: int                 # K
    data: tuple[int, ...]       # x^(1..N), 1-based state indices
    weights: tuple[int, ...]    # w_k = e^{-E_k(0)}
    denergy: tuple[int, ...]    # d_k = dE_k/dTheta at 0
    d2energy: tuple[int, ...]   # s_k = d2E_k/dTheta2 at 0
    theta: sympy.Rational = sympy.Integer(0)   # the point t where everything is evaluated
    scale: int = 1              # e^{-E_k(t)} = w_k / scale: with scale > w_k the energy is positive
    # The general vocabulary (derivation/meaning/vocabulary): a latent space 1..M, vector parameters with m
    # components, and tables drawn on demand from `seed` (each entry drawn is kept in `tables`, so a
    # counterexample prints every number it used).
    hidden: int = 2                             # M
    components: int = 2                         # m
    seed: int = 0
    tables: dict = field(default_factory=dict, compare=False, hash=False, repr=False)


    def __post_init__(self):
        k = self.states
        if isinstance(self.scale, bool) or not isinstance(self.scale, int) or self.scale < 1:
            raise ValueError(f"Instance: scale must be a positive int, got {self.scale!r}")
        if not isinstance(k, int) or not 1 <= k <= MAX_TERMS:
            raise ValueError(f"Instance: states must be an int in 1..{MAX_TERMS}, got {k!r}")
        if not 1 <= len(self.data) <= MAX_TERMS or any(not 1 <= s <= k for s in self.data):
            raise ValueError(f"Instance: data must be 1..{MAX_TERMS} states in 1..{k}, got {self.data!r}")
        for name in ("weights", "denergy", "d2energy"):
            if len(getattr(self, name)) != k:
                raise ValueError(f"Instance: {name} must have one entry per state ({k}), "
                                 f"got {len(getattr(self, name))}")
        if any(w <= 0 for w in self.weights):
            raise ValueError(f"Instance: weights must be positive, got {self.weights!r}")

    @property
    def energy(self) -> tuple[float, ...]:
        """E_k at the point t, i.e. -ln(w_k / scale)."""
        return tuple(math.log(self.scale) - math.log(w) + 0.0 for w in self.weights)  # + 0.0: no "-0.0"

    def boltzmann(self, k: int) -> sympy.Rational:
        """e^{-E_k(t)} = w_k / scale, exactly."""
        return sympy.Rational(self.weights[k - 1], self.scale)

    # ---- the general vocabulary's primitives (derivation/meaning/vocabulary), drawn on demand ----------
    def draw(self, key, choices):
        """A deterministic choice for `key` (the same instance always gives the same table)."""
        import random
        return random.Random(f"{self.seed}|{key}").choice(choices)

    def mass(self, k):
        """The mass of atom k of the state space (a positive rational)."""
        v = sympy.Rational(self.draw(("mass", k), (1, 1, 2, 3, 1, 2)), self.draw(("mass/", k), (1, 2, 3)))
        self.tables[f"mass({k})"] = str(v)
        return v

    def point(self, p):
        """The value of parameter p where the instance is evaluated."""
        from derivation.meaning.vocabulary.base import Param
        cache = self.tables.setdefault("_points", {})
        if p in cache:
            return cache[p]
        cache[p] = self._point(p, Param)
        return cache[p]

    def _point(self, p, Param):
        if p == Theta:
            return sympy.sympify(self.theta)
        if hasattr(p, "instance_point"):  # an arbitrary constant (vocabulary/functions.py) draws its own value
            v = p.instance_point(self)
            self.tables[f"{p} ="] = str(v)
            return v
        # a few hundred distinct points (points.py): a polynomial factor that vanishes at a few of them
        # cannot make a false row agree on every instance
        if isinstance(p, Param) and p.is_positive:  # the inverse temperature
            v = self.draw(("point", str(p)), POSITIVE)
        else:
            v = self.draw(("point", str(p)), POINTS)
        self.tables[f"{p} ="] = str(v)
        return v

    def components_of(self, params):
        """Parameters with a vector expanded into its components lambda[1..m]."""
        from derivation.meaning.vocabulary.base import VectorParam
        out = []
        for p in params:
            out += [p[j] for j in range(1, self.components + 1)] if isinstance(p, VectorParam) else [p]
        return out

    def table_coeffs(self, key, params, kind="energy"):
        cache = self.tables.setdefault("_cache", {})
        k = (kind, key, tuple(params))
        if k not in cache:
            cache[k] = self._table_coeffs(key, params, kind)
        return cache[k]

    def _table_coeffs(self, key, params, kind="energy"):
        """The coefficients of one table entry: (base value, {p: d_p}, {p: s_p}, {(p, q): c_pq}); the entry is
        base + sum_p d_p u_p + sum_p s_p u_p^2 / 2 + sum_{p<q} c_pq u_p u_q with u_p = p - point(p).
        energy: base -ln w (w in 1..4, so e^{-E} = w); logit: ln v; function: a small integer."""
        base_choices = {"energy": (1, 2, 3, 4, sympy.Rational(1, 2), sympy.Rational(1, 3)),  # E of both signs
                        "logit": (1, 2, 3, 4), "function": (-3, -2, -1, 0, 1, 2, 3)}
        b = sympy.sympify(self.draw((kind, key), base_choices[kind]))
        base = -log(b) if kind == "energy" else log(b) if kind == "logit" else sympy.Integer(b)
        entry = {"e^{-E}" if kind == "energy" else "e^{g}" if kind == "logit" else "value": str(b)}
        ps = self.components_of(params)
        d, s2, c = {}, {}, {}
        for a, p in enumerate(ps):
            d[p] = self.draw(("d", kind, key, str(p)), (-3, -2, -1, 1, 2, 3, 0))
            s2[p] = self.draw(("s", kind, key, str(p)), (-2, -1, 0, 1, 2))
            entry[f"d/d{p}"], entry[f"d2/d{p}2"] = d[p], s2[p]
            for q in ps[a + 1:]:
                c[(p, q)] = self.draw(("c", kind, key, str(p), str(q)), (-1, 0, 1, 2))
                entry[f"d2/d{p}d{q}"] = c[(p, q)]
        self.tables[_entry_name(key)] = entry
        return base, d, s2, c

    def table(self, key, params, kind="energy"):
        """The entry as a SymPy expression in the parameters (see table_coeffs)."""
        base, d, s2, c = self.table_coeffs(key, params, kind)
        u = {p: p - self.point(p) for p in d}
        value = base + sum(d[p] * u[p] + sympy.Rational(s2[p], 2) * u[p] ** 2 for p in d)
        return value + sum(v * u[p] * u[q] for (p, q), v in c.items())

    def describe_general(self) -> list[str]:
        """The general vocabulary's instance in words (empty when it drew nothing): everything needed to
        recompute both sides by hand. Table entries are polynomials in u_p = p - (p's point)."""
        shown = {k: v for k, v in self.tables.items() if not k.startswith("_")}
        if not shown:
            return []
        points = [f"{k[:-2]} = {v}" for k, v in shown.items() if k.endswith(" =")]
        masses = [f"{k} = {v}" for k, v in shown.items() if k.startswith("mass(")]
        out = [f"Latent states h = 1..{self.hidden}; vector parameters have {self.components} component(s)."]
        if points:
            out.append("Parameters at: " + ", ".join(points) + ".")
        if masses:
            out.append("Masses of the atoms: " + ", ".join(m.replace("mass", "mu") for m in masses) + ".")
        for k, v in shown.items():
            if isinstance(v, dict):
                out.append(f"{k}: " + ", ".join(f"{a} = {b}" for a, b in v.items()) + ".")
        return out

    def energy_of(self, k: int):
        """E_k(Theta) as a SymPy expression."""
        j, u = k - 1, Theta - self.theta
        return -log(self.boltzmann(k)) + self.denergy[j] * u + sympy.Rational(self.d2energy[j], 2) * u ** 2
