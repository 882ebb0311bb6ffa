"""Concrete finite instances of the notation, and the search for a counterexample to a step.

An instance fixes everything the symbols leave open: the state-space size K (states 1..K), the
data x^(1..N) (state indices, repeats allowed; N = len(data)), and a smooth energy for each state,

    E_k(Theta) = -ln w_k + d_k (Theta - t) + s_k (Theta - t)^2 / 2,   evaluated at Theta = t,

with small positive integers w_k and small integers d_k, s_k. The point t is 0 unless a row uses
Theta explicitly, outside the energy (then t also takes the values 1/2, 1, -2). So e^{-E_k} = w_k, Z = sum_k w_k,
P(k) = w_k / Z, dE_k/dTheta = d_k and d2E_k/dTheta2 = s_k: every value a row takes is a rational
number or a log of one, and anyone can recompute it by hand from what the report prints.
"""
from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field

import sympy
from sympy import Add, Derivative, Integer, Sum, log

from .notation import DataPoint, Energy, K, N, Theta, expand_definitions, i, x
from .vocabulary import COMPONENTS, PRIMITIVES, Hidden, Index, M, State, is_param

# A step is refuted when the two sides differ by more than this, relative to their size. Exact
# values of a wrong row differ by O(1) on these small integer instances, while float rounding of
# a right one stays near 1e-15: 1e-9 separates the two by six orders of magnitude either way.
RTOL = 1e-9
MAX_TERMS = 64  # states or data points an instance may unroll a sum to; instances stay tiny


class NotEvaluable(ValueError):
    """The expression cannot be evaluated on a finite instance (say why)."""


@dataclass(frozen=True)
class Instance:
    states: int                 # K
    data: tuple[int, ...]       # x^(1..N), 1-based state indices
    weights: tuple[int, ...]    # w_k = e^{-E_k(0)}
    denergy: tuple[int, ...]    # d_k = dE_k/dTheta at 0
    d2energy: tuple[int, ...]   # s_k = d2E_k/dTheta2 at 0
    theta: sympy.Rational = sympy.Integer(0)   # the point t where everything is evaluated
    # The general vocabulary (derivation/vocabulary): a latent space 1..M, vector parameters with m
    # components, and tables drawn on demand from `seed` (each entry drawn is kept in `tables`, so a
    # counterexample prints every number it used).
    hidden: int = 2                             # M
    components: int = 2                         # m
    seed: int = 0
    tables: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    def __post_init__(self):
        k = self.states
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
        """E_k at the point t, i.e. -ln w_k."""
        return tuple(-math.log(w) + 0.0 for w in self.weights)  # + 0.0: no "-0.0" for w = 1

    # ---- the general vocabulary's primitives (derivation/vocabulary), drawn on demand ----------
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
        from .vocabulary.base import Param
        if p == Theta:
            return sympy.sympify(self.theta)
        if isinstance(p, Param) and p.is_positive:  # the inverse temperature
            v = sympy.sympify(self.draw(("point", str(p)), ("2", "1/2", "3", "1")))
        else:
            v = sympy.sympify(self.draw(("point", str(p)), ("0", "1/2", "1", "-2", "0")))
        self.tables[f"{p} ="] = str(v)
        return v

    def components_of(self, params):
        """Parameters with a vector expanded into its components lambda[1..m]."""
        from .vocabulary.base import VectorParam
        out = []
        for p in params:
            out += [p[j] for j in range(1, self.components + 1)] if isinstance(p, VectorParam) else [p]
        return out

    def table(self, key, params, kind="energy"):
        """A smooth function of `params` for one table entry: base + sum_p d_p u_p + second-order terms,
        u_p = p - point(p). energy: base -ln w (w in 1..4, so e^{-E} = w); logit: ln v; function: an integer."""
        base_choices = {"energy": (1, 2, 3, 4), "logit": (1, 2, 3, 4), "function": (-3, -2, -1, 0, 1, 2, 3)}
        b = self.draw((kind, key), base_choices[kind])
        value = -log(b) if kind == "energy" else log(b) if kind == "logit" else sympy.Integer(b)
        entry = {"base": str(b)}
        ps = self.components_of(params)
        us = [p - self.point(p) for p in ps]
        for a, (p, u) in enumerate(zip(ps, us)):
            d = self.draw(("d", kind, key, str(p)), (-3, -2, -1, 1, 2, 3, 0))
            s2 = self.draw(("s", kind, key, str(p)), (-2, -1, 0, 1, 2))
            value += d * u + sympy.Rational(s2, 2) * u ** 2
            entry[f"d/d{p}"], entry[f"d2/d{p}2"] = d, s2
            for q, w in list(zip(ps, us))[a + 1:]:
                c = self.draw(("c", kind, key, str(p), str(q)), (-1, 0, 1, 2))
                value += c * u * w
                entry[f"d2/d{p}d{q}"] = c
        self.tables[f"{kind}{key[1:] if isinstance(key, tuple) else key}"] = entry
        return value

    def energy_of(self, k: int):
        """E_k(Theta) as a SymPy expression."""
        j, u = k - 1, Theta - self.theta
        return -log(self.weights[j]) + self.denergy[j] * u + sympy.Rational(self.d2energy[j], 2) * u ** 2


def _unroll(e, n: int, k: int, sizes=None):
    """Replace N, K (M, m) by numbers and write every sum out term by term (inner sums first)."""
    sizes = sizes or {}
    if e in (N, K):
        return Integer(n if e == N else k)
    if e in sizes:
        return Integer(sizes[e])
    if isinstance(e, Sum):
        body = _unroll(e.function, n, k, sizes)
        for idx, lo, hi in e.limits:
            lo, hi = _unroll(lo, n, k, sizes), _unroll(hi, n, k, sizes)
            if not (lo.is_Integer and hi.is_Integer):
                raise NotEvaluable(f"a sum over {idx} has bounds {lo}..{hi} that are not numbers")
            if hi - lo + 1 > MAX_TERMS:
                raise NotEvaluable(f"a sum over {idx} would have {hi - lo + 1} terms")
            body = Add(*[body.xreplace({idx: Integer(v)}) for v in range(int(lo), int(hi) + 1)])
        return body
    if not e.args:
        return e
    return e.func(*[_unroll(a, n, k, sizes) for a in e.args])


def evaluate(expr, inst: Instance):
    """The exact value of expr on the instance, at Theta = inst.theta (a SymPy number)."""
    if not isinstance(inst, Instance):
        raise TypeError(f"evaluate: inst must be an Instance, got {type(inst).__name__}")
    e = _unroll(expand_definitions(expr), len(inst.data), inst.states, {M: inst.hidden, COMPONENTS: inst.components})

    def data_point(a):
        j = a.args[0]
        if not j.is_Integer:
            raise NotEvaluable(f"data point x^({j}) has a free index {j}: it has no value on an instance")
        if not 1 <= j <= len(inst.data):
            raise NotEvaluable(f"data point x^({j}) is outside 1..N = 1..{len(inst.data)}")
        return Integer(inst.data[int(j) - 1])

    def energy(a):
        s = a.args[0]
        if not (s.is_Integer and 1 <= s <= inst.states):
            raise NotEvaluable(f"energy of state {s}, outside the state space 1..{inst.states}")
        return inst.energy_of(int(s))

    e = e.replace(lambda a: isinstance(a, DataPoint), data_point)
    e = e.replace(lambda a: isinstance(a, Energy), energy)
    e = e.replace(lambda a: isinstance(a, PRIMITIVES), lambda a: a.instance_value(inst))
    e = e.doit()
    e = e.xreplace({p: inst.point(p) for p in _parameters(e)})
    if e.free_symbols:
        raise NotEvaluable(f"symbols {sorted(map(str, e.free_symbols))} have no value on an instance")
    return e


def _parameters(e):
    """The parameters left in an evaluated expression (Theta, Param symbols, components lambda[j])."""
    return {a for a in e.atoms(sympy.Symbol, sympy.Indexed) if is_param(a)}


def point_range(sym, inst) -> range:
    """The values a free state or index takes on an instance: the row must hold for each."""
    if sym == i:
        return range(1, len(inst.data) + 1)
    if isinstance(sym, Hidden):
        return range(1, inst.hidden + 1)
    if isinstance(sym, Index):
        return range(1, inst.components + 1)
    return range(1, inst.states + 1)


def free_points(*exprs) -> list:
    """The free states and indices of the expressions (x, the data index i, latent states, components)."""
    out = set()
    for e in exprs:
        out |= {s for s in e.free_symbols if s in (x, i) or isinstance(s, (State, Hidden, Index))}
    return sorted(out, key=str)


def derivative_order(expr) -> int:
    """The highest order of d/dTheta in expr once definitions are expanded (0 if none)."""
    e = expand_definitions(expr)
    return max((len(a.variables) for a in e.atoms(Derivative)), default=0)


def explicit_theta(expr) -> bool:
    """Whether expr uses Theta other than through the energy (so the point t matters)."""
    e = expand_definitions(expr).replace(lambda a: isinstance(a, Energy), lambda a: Integer(0))
    return e.doit().has(Theta)


THETAS = (sympy.Integer(0), sympy.Rational(1, 2), sympy.Integer(1), sympy.Integer(-2))


def random_instances(rng, count: int, second_order: bool = False, explicit: bool = False):
    """`count` instances, smallest first: K and N grow from 1 to 6; data alternate between draws
    with repeats (unseen states likely) and draws that visit every state when N >= K."""
    if not isinstance(count, int) or count < 1:
        raise ValueError(f"random_instances: count must be a positive int, got {count!r}")
    sizes = sorted(((k, n) for k in range(1, 7) for n in range(1, 7)), key=lambda kn: (kn[0] + kn[1], kn))
    for t in range(count):
        k, n = sizes[t % len(sizes)]
        if t % 2 and n >= k:
            data = list(rng.permutation(k) + 1) + list(rng.integers(1, k + 1, n - k))
            rng.shuffle(data)
        else:
            data = rng.integers(1, k + 1, n)
        yield Instance(
            states=k, data=tuple(int(s) for s in data),
            weights=tuple(int(w) for w in rng.integers(1, 5, k)),
            denergy=tuple(int(v) for v in rng.integers(-3, 4, k)),
            d2energy=tuple(int(v) for v in rng.integers(-2, 3, k)) if second_order else (0,) * k,
            theta=THETAS[t % len(THETAS)] if explicit else sympy.Integer(0),
            hidden=1 + t % 3, components=1 + (t // 2) % 2 if t < 4 else 2, seed=t)


@dataclass(frozen=True)
class Counterexample:
    instance: Instance
    lhs: sympy.Expr      # exact values
    rhs: sympy.Expr
    at: tuple = ()       # values given to free indices, e.g. (("x", 2),): the row must hold for each

    def as_dict(self) -> dict:
        inst = self.instance
        out = {"states": inst.states, "data": list(inst.data), "energy": list(inst.energy),
               "denergy": list(inst.denergy), "lhs": float(self.lhs), "rhs": float(self.rhs),
               "weights": list(inst.weights), "lhs_exact": str(self.lhs), "rhs_exact": str(self.rhs)}
        if any(inst.d2energy):
            out["d2energy"] = list(inst.d2energy)
        if self.at:
            out["at"] = dict(self.at)
        if inst.theta != 0:
            out["theta"] = str(inst.theta)
        if inst.tables:  # the general vocabulary's tables: every entry this counterexample used
            out["tables"] = dict(inst.tables)
            out["hidden_states"], out["components"] = inst.hidden, inst.components
        return out


@dataclass(frozen=True)
class Search:
    counterexample: Counterexample | None
    tried: int
    skipped: str | None = None     # why no instance could be evaluated, if none could


def real_value(v) -> float | None:
    """v as a float, or None when it is not a finite real number (0/0, log of a negative, ...)."""
    if v.has(sympy.zoo, sympy.nan, sympy.oo, -sympy.oo):
        return None
    try:
        c = complex(v.evalf(30))
    except (TypeError, ValueError):
        return None
    if not (math.isfinite(c.real) and math.isfinite(c.imag)) or abs(c.imag) > 1e-12 * max(1.0, abs(c.real)):
        return None
    return c.real


def differ(a: float, b: float) -> bool:
    return abs(a - b) > RTOL * max(1.0, abs(a), abs(b))


def _exact_pair(lhs, rhs, inst, at):
    """Exact values of both sides (SymPy), and their floats (None where not a finite real)."""
    a, b = evaluate(lhs.subs(at), inst), evaluate(rhs.subs(at), inst)
    return a, b, real_value(a), real_value(b)


def _confirmed(a, b) -> bool:
    # confirm with 60 significant digits: rounding cannot account for the gap
    gap = abs((a - b).evalf(60))
    return gap > sympy.Float(10) ** -40 * max(1, abs(a.evalf(60)), abs(b.evalf(60)))


def find_counterexample(lhs, rhs, count: int = 40, seed: int = 20160610) -> Search:
    """Try `count` random instances; return the first where the sides differ, confirmed exactly.

    The search evaluates in floats (taylor.py); a difference is then recomputed exactly with SymPy,
    and only a confirmed one is reported. What the float evaluator cannot read goes to SymPy directly.
    """
    if not isinstance(count, int) or count < 1:
        raise ValueError(f"find_counterexample: count must be a positive int, got {count!r}")
    import numpy as np  # only paid when a step is not proved
    from .taylor import Undefined, Unsupported, float_value
    second = max(derivative_order(lhs), derivative_order(rhs)) >= 2
    explicit = explicit_theta(lhs) or explicit_theta(rhs)
    la, ra = expand_definitions(lhs), expand_definitions(rhs)
    free = free_points(la, ra)
    tried = 0
    for inst in random_instances(np.random.default_rng(seed), count, second_order=second, explicit=explicit):
        # a row with a free state x (or data index i) claims equality for every value of it
        ranges = [point_range(s, inst) for s in free]
        compared = False
        for values in itertools.product(*ranges):
            at = dict(zip(free, map(Integer, values)))
            exact = None
            try:
                fa, fb = float_value(la, inst, at), float_value(ra, inst, at)
            except Undefined:
                continue  # a side divides by zero or leaves the reals here: nothing to compare
            except Unsupported:
                exact = None, None, None, None
            try:
                if exact is not None:
                    exact = _exact_pair(lhs, rhs, inst, at)
                    fa, fb = exact[2], exact[3]
                    if fa is None or fb is None:
                        continue
                compared = True
                if not differ(fa, fb):
                    continue
                a, b, fa, fb = exact if exact is not None else _exact_pair(lhs, rhs, inst, at)
            except NotEvaluable as exc:
                return Search(None, tried, skipped=str(exc))
            if fa is not None and fb is not None and differ(fa, fb) and _confirmed(a, b):
                named = tuple((str(s), int(v)) for s, v in at.items())
                return Search(Counterexample(inst, a, b, named), tried + 1)
        tried += compared
    return Search(None, tried)
