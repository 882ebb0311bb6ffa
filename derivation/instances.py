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
from sympy.core.evalf import PrecisionExhausted

from .exact_values import (  # noqa: F401 - exact values and comparison, re-exported for callers
    NotEvaluable, RTOL, PREC, UNDEFINED, EXACT_TOL, MAXN, exact_real, compare_exact, value_text, Counterexample, _exact_str, Search, real_value, differ)
from .budget import DEFAULT as DEFAULT_BUDGET, OverBudget, check_time, power_digits
from .points import POINTS, POSITIVE, THETAS, record
from .notation import DEFINED, DataPoint, Energy, K, N, Theta, expand_definitions, i, x
from .vocabulary import COMPONENTS, PRIMITIVES, Hidden, Index, M, State, is_param

from .instance_sizes import (  # noqa: F401 - the sizes and their generation, re-exported for callers
    EXACT_CONFIRMATIONS, LARGE, MAX_EXTRA, MAX_POINTS, MAX_TERMS, SCALES, SIZES, SMALL, SPOT_EVERY, extra_sizes,
    random_instances)


def _entry_name(key) -> str:
    """('E', 2) -> 'E(2)'; ('E', (1, 2)) -> 'E(1, 2)'; ('f', 'A', 1, 3) -> 'A_1(3)'; ('q', 2) -> 'g_q(2)'."""
    def state(s):
        return ", ".join(map(str, s)) if isinstance(s, (tuple, sympy.Tuple)) else str(s)
    if key[0] == "f":
        _, name, idx, s = key
        return f"{name}{'_' + str(idx) if idx != 0 else ''}({state(s)})"
    return f"{'E' if key[0] == 'E' else 'g_q'}({state(key[1])})"


@dataclass(frozen=True)
class Instance:
    states: int                 # K
    data: tuple[int, ...]       # x^(1..N), 1-based state indices
    weights: tuple[int, ...]    # w_k = e^{-E_k(0)}
    denergy: tuple[int, ...]    # d_k = dE_k/dTheta at 0
    d2energy: tuple[int, ...]   # s_k = d2E_k/dTheta2 at 0
    theta: sympy.Rational = sympy.Integer(0)   # the point t where everything is evaluated
    scale: int = 1              # e^{-E_k(t)} = w_k / scale: with scale > w_k the energy is positive
    # The general vocabulary (derivation/vocabulary): a latent space 1..M, vector parameters with m
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
        from .vocabulary.base import VectorParam
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


def _unroll(e, n: int, k: int, sizes=None):
    """Replace N, K (M, m) by numbers and write every sum out term by term (inner sums first)."""
    sizes = sizes or {}
    if e in (N, K):
        return Integer(n if e == N else k)
    if e in sizes:
        return Integer(sizes[e])
    if isinstance(e, (Sum, sympy.Product)):  # a product (the likelihood) is written out like a sum
        body = _unroll(e.function, n, k, sizes)
        join = Add if isinstance(e, Sum) else sympy.Mul
        for idx, lo, hi in e.limits:
            lo, hi = _unroll(lo, n, k, sizes), _unroll(hi, n, k, sizes)
            if not (lo.is_Integer and hi.is_Integer):
                raise NotEvaluable(f"a sum over {idx} has bounds {lo}..{hi} that are not numbers")
            if hi - lo + 1 > MAX_TERMS:
                raise NotEvaluable(f"a sum over {idx} would have {hi - lo + 1} terms")
            body = join(*[body.xreplace({idx: Integer(v)}) for v in range(int(lo), int(hi) + 1)])
        return body
    if not e.args:
        return e
    return e.func(*[_unroll(a, n, k, sizes) for a in e.args])


def _symbolic(expr, inst: Instance, env: dict):
    """expr as a function of Theta on the instance (energies written out), for a derivative."""
    e = expand_definitions(expr.subs(env) if env else expr)  # subs: an index bound inside stays bound
    e = _unroll(e, len(inst.data), inst.states)

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
    return e.replace(lambda a: isinstance(a, Energy), energy)


class _Exact:
    """Exact values, bottom up: every leaf gets its number before its parent is built, so SymPy
    cannot cancel a/a or 1/a - 1/a where a = 0 (1/0 is zoo, 0 * zoo is nan: both undefined)."""

    def __init__(self, inst: Instance, budget):
        self.inst, self.budget = inst, budget

    def value(self, e, env):
        check_time()
        if e in env:
            return env[e]
        if e.is_Number or (not e.args and e.is_number):  # 2, 1/3, pi, zoo (1/0), nan (0/0)
            return e
        if e == N:
            return Integer(len(self.inst.data))
        if e == K:
            return Integer(self.inst.states)
        if e == Theta:
            return sympy.sympify(self.inst.theta)
        if isinstance(e, DEFINED):
            with sympy.evaluate(False):  # keep the body as written: no cancelling on the way
                body = e.definition()
            return self.value(body, env)
        if isinstance(e, Sum):
            return self._sum(e.function, list(e.limits), env)
        if isinstance(e, Energy):
            k = self._index(e.args[0], env)
            if not 1 <= k <= self.inst.states:
                raise NotEvaluable(f"energy of state {k}, outside the state space 1..{self.inst.states}")
            return -log(self.inst.boltzmann(k))   # E_k(t) = -ln(w_k / scale) at the point t
        if isinstance(e, DataPoint):
            j = e.args[0]
            if not (j in env or j.is_Integer):
                raise NotEvaluable(f"data point x^({j}) has a free index {j}: it has no value on an instance")
            j = self._index(j, env)
            if not 1 <= j <= len(self.inst.data):
                raise NotEvaluable(f"data point x^({j}) is outside 1..N = 1..{len(self.inst.data)}")
            return Integer(self.inst.data[j - 1])
        if isinstance(e, Derivative):
            if any(v != Theta for v in e.variables):
                raise NotEvaluable(f"a derivative with respect to {e.variables}")
            t = sympy.sympify(self.inst.theta)
            g = _symbolic(e.expr, self.inst, env).doit()
            at_t = g.xreplace({Theta: t})
            # no derivative of what has no value here (SymPy's d/dΘ of log 0 = zoo is 0)
            if at_t.has(*UNDEFINED) or at_t.is_extended_real is False:
                return sympy.nan
            return sympy.diff(g, *e.variable_count).xreplace({Theta: t})
        if isinstance(e, sympy.Pow):
            b, n = self.value(e.base, env), self.value(e.exp, env)
            if b.is_Rational and n.is_Rational and power_digits(b, n) > self.budget.max_digits:
                raise OverBudget("digits", f"{b}^{n} would have about {power_digits(b, n):.3g} digits "
                                           f"(the limit is {self.budget.max_digits})")
            return b ** n
        if not e.args:
            raise NotEvaluable(f"symbols ['{e}'] have no value on an instance")
        return e.func(*[self.value(a, env) for a in e.args])

    def _index(self, e, env) -> int:
        v = self.value(e, env)
        if not v.is_Integer:
            raise NotEvaluable(f"index {e} is not an integer here ({v})")
        return int(v)

    def _sum(self, body, limits, env):
        idx, lo, hi = limits[-1]  # the outermost limit is the last
        a, b = self._index(lo, env), self._index(hi, env)
        if b - a + 1 > MAX_TERMS:
            raise NotEvaluable(f"a sum over {idx} would have {b - a + 1} terms")
        inner = limits[:-1]
        terms = []
        for v in range(a, b + 1):
            env2 = {**env, idx: Integer(v)}
            terms.append(self._sum(body, inner, env2) if inner else self.value(body, env2))
        return Add(*terms)


def evaluate(expr, inst: Instance, at: dict | None = None, budget=None):
    """The exact value of expr on the instance, at Theta = inst.theta (a SymPy number, maybe zoo/nan
    or complex where expr has no real value). `at` gives values to free indices ({x: 2, j: 1})."""
    if not isinstance(inst, Instance):
        raise TypeError(f"evaluate: inst must be an Instance, got {type(inst).__name__}")
    if hasattr(inst, "exact_value"):  # an RBM instance (rbm_instances.py, unit_values.py)
        return inst.exact_value(expr, at)
    from .jets import uses_vocabulary
    if uses_vocabulary(expr):
        return _evaluate_general(expr, inst, at)
    env = {sympy.sympify(k): Integer(v) for k, v in (at or {}).items()}
    e = sympy.sympify(expr)
    # whether the sides use the data, so a counterexample prints the data only then (shown_counterexample.py)
    inst.tables.setdefault("_post_used", set()).update({"data"} if expand_definitions(e).has(N, DataPoint) else ())
    return _Exact(inst, budget or DEFAULT_BUDGET).value(e, env)


def _evaluate_general(expr, inst: Instance, at=None):
    """The general vocabulary (derivation/vocabulary): definitions expanded, sums written out, each
    primitive replaced by its table (a polynomial in the parameters), derivatives taken by SymPy, then
    every parameter set to its point. Values are rationals, logs and exps of rationals."""
    e = sympy.sympify(expr)
    if at:
        e = e.xreplace({sympy.sympify(k): Integer(v) for k, v in at.items()})
    sizes = {M: inst.hidden, COMPONENTS: inst.components, **getattr(inst, "sizes", {})}  # units: rbm_instances.py
    from .vocabulary.model import Model   # the model's temperature, read before its definitions are expanded
    inst.tables.setdefault("_temperatures", set()).update(str(m.beta) for m in e.atoms(Model) if m.beta != 1)
    e = expand_definitions(e)
    # which sizes the sides used, so a counterexample prints those and no others (shown_counterexample.py)
    inst.tables.setdefault("_used", set()).update(
        name for name, used in (("states", e.has(K)), ("data", e.has(N) or e.has(DataPoint)),
                                ("hidden", e.has(M)), ("components", e.has(COMPONENTS))) if used)
    inst.tables.setdefault("_shifts", set()).update(   # a family written at another value (E_theta beside q_phi)
        (str(p), str(v)) for m in e.atoms(Model) for p, v in m.shift.items())
    # the order of each derivative the sides take (a nested one counts as 2 or more), so a counterexample
    # prints no derivative column that no derivative reaches (shown_counterexample.py)
    inst.tables.setdefault("_orders", set()).update(len(d.variables) + d.expr.has(Derivative) for d in e.atoms(Derivative))
    e = _unroll(e, len(inst.data), inst.states, sizes)

    def data_point(a):
        j = a.args[0]
        if not j.is_Integer or not 1 <= j <= len(inst.data):
            raise NotEvaluable(f"data point x^({j}) has no value on this instance")
        return Integer(inst.data[int(j) - 1])

    e = e.replace(lambda a: isinstance(a, DataPoint), data_point)
    e = e.replace(lambda a: isinstance(a, PRIMITIVES), lambda a: a.instance_value(inst))
    if e.has(Energy):
        raise NotEvaluable("the post's energy beside the general vocabulary")
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
    if hasattr(sym, "instance_range"):  # a unit index (vocabulary/units.py)
        return sym.instance_range(inst)
    if isinstance(sym, Hidden):
        return range(1, inst.hidden + 1)
    if isinstance(sym, Index):
        return range(1, inst.components + 1)
    if sym == x or isinstance(sym, State):
        return range(1, inst.states + 1)
    return range(1, len(inst.data) + 1)


def derivative_order(expr) -> int:
    """The highest order of d/dTheta in expr once definitions are expanded (0 if none)."""
    e = expand_definitions(expr)
    return max((len(a.variables) for a in e.atoms(Derivative)), default=0)


def explicit_theta(expr) -> bool:
    """Whether expr uses Theta other than through the energy (so the point t matters)."""
    from .jets import uses_vocabulary
    if uses_vocabulary(expr):  # the general vocabulary draws its own point for every parameter
        return False
    e = expand_definitions(expr).replace(lambda a: isinstance(a, Energy), lambda a: Integer(0))
    return e.doit().has(Theta)


def free_indices(*exprs) -> list:
    """The free state x and the free data indices (x_j, x_k outside any sum: each its own point)."""
    free = set().union(*(e.free_symbols for e in exprs))
    for e in exprs:  # d/d lambda_i: SymPy does not count i as free in the derivative
        for dv in e.atoms(Derivative):
            for v in dv.variables:
                free |= v.free_symbols
    points = {a.args[0] for e in exprs for a in e.atoms(DataPoint) if a.args[0].is_Symbol}
    general = {s for s in free if isinstance(s, (State, Hidden, Index)) or hasattr(s, "instance_range")}
    return sorted(free & (points | {x}) | general, key=str)


def _points(free, inst, rng):
    """Values of the free indices on this instance: every combination, or MAX_POINTS drawn at random."""
    ranges = [point_range(s, inst) for s in free]
    total = math.prod(len(r) for r in ranges)
    if total <= MAX_POINTS:
        yield from itertools.product(*ranges)
        return
    for _ in range(MAX_POINTS):
        yield tuple(int(rng.integers(1, len(r) + 1)) for r in ranges)


def _expanded(e):
    from .prove import domain_risks
    if domain_risks(e):  # keep it as written: expanding must not cancel a/a where a can be 0
        with sympy.evaluate(False):
            return expand_definitions(e)
    return expand_definitions(e)


def float_value(expanded, inst, at=None) -> float:
    """The float value of an expanded side: jets.py for the general vocabulary, taylor.py for the post's."""
    from .jets import jet_value, uses_vocabulary
    if uses_vocabulary(expanded):
        return jet_value(expanded, inst, at)
    from .taylor import float_value as taylor_value
    return taylor_value(expanded, inst, at)


FAMILIES: list = []  # (lhs, rhs, count, seed) -> instances or None; rbm_instances.py registers itself


def find_counterexample(lhs, rhs, count: int = 40, seed: int = 20160610, budget=None, reach=None,
                        skip: int = 0) -> Search:
    """Try `count` random instances (and the sizes `reach` asks for); return the first where the
    sides differ, confirmed exactly, or where one side has a value and the other has none.

    The search evaluates in floats (taylor.py); a difference, an undefined side or what the float
    evaluator cannot read is then recomputed exactly with SymPy, and only the exact verdict counts.
    A point where neither side has a value compares nothing; the caller decides what too few
    compared instances mean (check.py: `undecided`). `skip`: leave out the first instances (already
    tried by an earlier search with the same seed).
    """
    if not isinstance(count, int) or count < 1:
        raise ValueError(f"find_counterexample: count must be a positive int, got {count!r}")
    from .rng import default_rng  # NumPy's stream in pure Python: the symbolic half needs no NumPy
    from .taylor import Undefined, Unsupported
    budget = budget or DEFAULT_BUDGET
    la, ra = _expanded(lhs), _expanded(rhs)
    family = None
    for fam in FAMILIES:  # explicit models bring their own instances (rbm_instances.py)
        family = family or fam(la, ra, count, seed)
    second = explicit = False
    if family is None:
        second = max(derivative_order(lhs), derivative_order(rhs)) >= 2
        explicit = explicit_theta(lhs) or explicit_theta(rhs)
    free = free_indices(la, ra)
    extra, unreached = extra_sizes(reach)
    rng = default_rng(seed)
    pick = default_rng(seed + 1)
    tried = undefined = inconclusive = 0
    varied: dict = {}
    later = []   # points where the floats agree, to recompute exactly once no counterexample is found
    instances = family or random_instances(rng, count, second_order=second, explicit=explicit, extra=extra)
    for t, inst in enumerate(instances):
        if t < skip:
            continue
        compared = False
        try:
            points = list(_points(free, inst, pick))
        except NotEvaluable as exc:   # a free index this instance has no values for
            return Search(None, tried, skipped=str(exc), undefined=undefined, inconclusive=inconclusive)
        for values in points:
            check_time()
            at = dict(zip(free, map(Integer, values)))
            fl = []
            for side in (la, ra):
                try:
                    fl.append((getattr(inst, "float_value", None) or float_value)(side, inst, at))
                except Undefined:
                    fl.append("undefined")
                except Unsupported:
                    fl.append("unsupported")
            if fl == ["undefined", "undefined"]:
                undefined += 1   # neither side has a value here: nothing to compare
                continue
            if all(isinstance(v, float) for v in fl) and not differ(*fl):
                # floats miss a gap below 1e-9 (1 + 10^{-20} = 1): a few such points go to SymPy at the end
                if len(later) < EXACT_CONFIRMATIONS or (not compared and t < len(SMALL)
                                                        and t % SPOT_EVERY == SPOT_EVERY - 1):
                    later.append((inst, at))
                compared = True
                continue
            try:
                verdict, found = _exact_at(lhs, rhs, inst, at, budget)
            except NotEvaluable as exc:
                return Search(None, tried, skipped=str(exc), undefined=undefined, inconclusive=inconclusive)
            if found is not None:
                return Search(found, tried + 1, undefined=undefined, inconclusive=inconclusive)
            if verdict == "undefined":
                undefined += 1
            elif "undefined" in fl:
                inconclusive += 1   # floats saw no value where the exact values agree: count nothing
            else:
                compared = True
        tried += compared
        if compared:
            record(varied, inst, explicit)
    for inst, at in later:
        check_time()
        try:
            _, found = _exact_at(lhs, rhs, inst, at, budget)
        except NotEvaluable as exc:
            return Search(None, tried, skipped=str(exc), undefined=undefined, inconclusive=inconclusive)
        if found is not None:
            return Search(found, tried, undefined=undefined, inconclusive=inconclusive)
    return Search(None, tried, undefined=undefined, inconclusive=inconclusive, unreached=unreached,
                  varied=varied)


def _exact_at(lhs, rhs, inst, at, budget):
    """Both sides exactly at one point: (compare_exact's verdict, the Counterexample when they differ)."""
    a, b = evaluate(lhs, inst, at, budget), evaluate(rhs, inst, at, budget)
    verdict = compare_exact(a, b)
    if verdict != "differ":
        return verdict, None
    return verdict, Counterexample(inst, a, b, tuple((str(s), int(v)) for s, v in at.items()))


from . import rbm_instances as _rbm  # noqa: E402  (registers the RBM family)
FAMILIES.append(_rbm.family)
