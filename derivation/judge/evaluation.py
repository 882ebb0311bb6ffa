"""The exact value of a row on a finite instance (derivation/judge/instance.py), and the free indices it is
evaluated at (split from instances.py, which searches instances for a counterexample).

    evaluate(expr, inst, at=None, budget=None)   exact: rationals, logs and exps of rationals, zoo/nan
                                                 where a side has no value
    free_indices(*exprs), point_range(sym, inst) the free state and indices, and the values each takes
    derivative_order(expr), explicit_theta(expr) what the instances must vary for the row
"""
from __future__ import annotations

import itertools
import math

import sympy
from sympy import Add, Derivative, Integer, Sum, log

from derivation.meaning.budget import DEFAULT as DEFAULT_BUDGET, OverBudget, check_time, power_digits
from .exact_values import UNDEFINED
from .instance import MAX_TERMS, Instance
from .instance_sizes import MAX_POINTS
from derivation.meaning.not_evaluable import NotEvaluable
from derivation.meaning.notation import DataPoint, Energy, K, N, Theta, expand_definitions, x
from derivation.meaning.vocabulary import COMPONENTS, PRIMITIVES, Hidden, Index, M, State, is_param


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
    # whether the sides use the data, a derivative: a counterexample prints them only then (shown_counterexample.py)
    written = expand_definitions(e)
    inst.tables.setdefault("_post_used", set()).update(
        ({"data"} if written.has(N, DataPoint) else set()) | ({"derivative"} if written.has(sympy.Derivative) else set()))
    return _Exact(inst, budget or DEFAULT_BUDGET).value(e, env)


def _evaluate_general(expr, inst: Instance, at=None):
    """The general vocabulary (derivation/meaning/vocabulary): definitions expanded, sums written out, each
    primitive replaced by its table (a polynomial in the parameters), derivatives taken by SymPy, then
    every parameter set to its point. Values are rationals, logs and exps of rationals."""
    e = sympy.sympify(expr)
    if at:
        e = e.xreplace({sympy.sympify(k): Integer(v) for k, v in at.items()})
    sizes = {M: inst.hidden, COMPONENTS: inst.components, **getattr(inst, "sizes", {})}  # units: rbm_instances.py
    from derivation.meaning.vocabulary.model import Model   # the model's temperature, read before its definitions are expanded
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
    left = [v for d in e.atoms(Derivative) for v in d.variables if is_param(v)]
    if left:   # d/dxi of what SymPy could not differentiate (x log x, x a state label): its variable never set
        raise NotEvaluable(f"a derivative with respect to {left[0]} that the instance cannot take")   # to a number
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

