"""Float values of a row on an RBM instance, fast: only to PROPOSE a counterexample.

The row is first put in the sound normal form (normal_form.py: its rewrites are equivalences, and it
evaluates every derivative by rule), so no derivative is left; then sums are loops and every closed
subexpression (Z, a marginal at one configuration) is computed once per instance. A difference found
here is recomputed exactly with SymPy (instances._exact_pair) before any step is called invalid.
"""
from __future__ import annotations

import math

import sympy
from sympy import Add, Derivative, Indexed, KroneckerDelta, Mul, Pow, Sum, exp, log

from derivation.meaning.notation import DataPoint, K, N, Theta
from .taylor import Undefined, Unsupported
from derivation.meaning.vocabulary import NH, NV, Obj, Unit

_NORMAL: dict = {}   # expression -> its normal form (the same row is evaluated on many instances)
_FREE: dict = {}     # expression -> its free symbols, sorted


def normal(e):
    if e not in _NORMAL:
        from derivation.meaning.normal_form import Normalizer
        if len(_NORMAL) > 256:
            _NORMAL.clear()
        try:
            _NORMAL[e] = Normalizer().norm(e)
        except (NotImplementedError, RecursionError, ValueError) as exc:   # a TypeError, AttributeError: a bug,
            raise Unsupported(f"no normal form: {exc}") from exc              # surfaced as an internal error
    return _NORMAL[e]


_DEFS: dict = {}     # object -> its definition, built once (fresh dummies each time would defeat the memo)


def definition_of(e):
    d = _DEFS.get(e)
    if d is None:
        if len(_DEFS) > 100000:
            _DEFS.clear()
        d = _DEFS[e] = e.definition()
    return d


class UnitEvaluator:
    def __init__(self, inst):
        self.inst = inst
        self.sizes = {K: inst.states, N: len(inst.data), **inst.sizes}
        self.memo: dict = {}
        self.points: dict = {}

    def free_of(self, e):
        f = _FREE.get(e)
        if f is None:  # sorted so that two dummies of one name never swap their values in a key
            if len(_FREE) > 200000:
                _FREE.clear()
            fs = set(e.free_symbols)
            for d in e.atoms(Derivative):   # d/dW_ij: SymPy leaves i, j out of the free symbols; the memo needs them
                for v in d.variables:
                    fs |= v.free_symbols
            f = _FREE[e] = tuple(sorted(fs, key=sympy.default_sort_key))
        return f

    exact = False

    def value(self, e, env):
        if e in env:
            return sympy.Integer(env[e]) if self.exact else env[e]
        if e.is_Number:
            return e if self.exact else float(e)
        if e in self.sizes:
            return sympy.Integer(self.sizes[e]) if self.exact else float(self.sizes[e])
        key = None
        if not e.is_Atom:
            fs = self.free_of(e)
            key = (e, tuple((s, env[s]) for s in fs if s in env))
            if key in self.memo:
                return self.memo[key]
        v = self._value(e, env)
        if key is not None:
            self.memo[key] = v
        return v

    def index(self, e, env) -> int:
        v = self.value(e, env)
        if v != int(v):
            raise Unsupported(f"index {e} is not an integer")
        return int(v)

    def _value(self, e, env):
        inst = self.inst
        if isinstance(e, (sympy.Symbol, Indexed)):
            if isinstance(e, Indexed):
                idx = tuple(self.index(i, env) for i in e.indices)
                got = self.points.get((e.base, idx))
                if got is None:
                    got = self.points[(e.base, idx)] = float(inst.point(e.base[tuple(map(sympy.Integer, idx))]))
                return got
            if e.is_number:
                return float(e)
            try:
                return float(inst.point(e))
            except (TypeError, ValueError) as exc:
                raise Unsupported(f"no value for {e}") from exc
        if isinstance(e, Add):
            return math.fsum(self.value(a, env) for a in e.args)
        if isinstance(e, Mul):
            out = 1.0
            for a in e.args:
                out *= self.value(a, env)
            return out
        if isinstance(e, Pow):
            b, n = self.value(e.base, env), self.value(e.exp, env)
            if b == 0 and n < 0:
                raise Undefined("division by zero")
            if b < 0 and n != int(n):
                raise Undefined("a fractional power of a negative number")
            return b ** n
        if isinstance(e, exp):
            return math.exp(self.value(e.args[0], env))
        if isinstance(e, log):
            a = self.value(e.args[0], env)
            if a <= 0:
                raise Undefined("log of a number that is not positive")
            return math.log(a)
        if isinstance(e, Sum):
            return self._sum(e.function, list(e.limits), env)
        if isinstance(e, KroneckerDelta):
            return float(self.value(e.args[0], env) == self.value(e.args[1], env))
        if isinstance(e, Unit):
            s, i, layer, spin = e.args
            s, i = self.index(s, env), self.index(i, env)
            units = self.sizes[NV if int(layer) == 0 else NH]
            if not 1 <= i <= units:
                raise Unsupported(f"unit {i} outside 1..{units}")
            bit = ((s - 1) >> (i - 1)) & 1
            return float(2 * bit - 1 if int(spin) else bit)
        if isinstance(e, DataPoint):
            j = self.index(e.args[0], env)
            if not 1 <= j <= len(inst.data):
                raise Unsupported(f"data point {j} outside 1..N")
            return float(inst.data[j - 1])
        if isinstance(e, Derivative):
            raise Unsupported("a derivative the normal form left")
        if isinstance(e, Obj):
            d = definition_of(e)
            if d is not None:
                return self.value(d, env)
            args = _located_args(self, e, env)
            try:
                return float(_at_points(sympy.sympify(e.func(*args).instance_value(inst)), inst))
            except Exception as exc:  # noqa: BLE001 - anything odd: let SymPy decide
                raise Unsupported(f"cannot evaluate {type(e).__name__} in floats: {exc}") from exc
        if e.is_number:  # pi, E, a number SymPy left unevaluated
            c = complex(e.evalf(20))
            if c.imag != 0 or not math.isfinite(c.real):
                raise Undefined("not a finite real number")
            return c.real
        raise Unsupported(f"cannot evaluate {type(e).__name__} in floats")

    def _sum(self, body, limits, env):
        idx, lo, hi = limits[-1]
        inner = limits[:-1]
        lo, hi = self.index(lo, env), self.index(hi, env)
        if hi - lo > 4096:
            raise Unsupported("a sum too long for an instance")
        parts = []
        for v in range(lo, hi + 1):
            env2 = {**env, idx: v}
            parts.append(self._sum(body, inner, env2) if inner else self.value(body, env2))
        return math.fsum(parts)


def _at_points(v, inst):
    """A primitive's table (an energy of no written form: a polynomial in the parameters) at the instance's
    point: every parameter and component replaced by its value, as instances._evaluate_general does."""
    from .evaluation import _parameters
    ps = _parameters(v)
    return v.xreplace({p: inst.point(p) for p in ps}) if ps else v


def float_value(expr, inst, at=None) -> float:
    """The float value of expr (definitions expanded or not) on an RBM instance."""
    e = normal(sympy.sympify(expr))
    ev = inst.__dict__.get("_evaluator")
    if ev is None:  # one per instance: Z and the marginals are computed once for every row and point
        ev = UnitEvaluator(inst)
        object.__setattr__(inst, "_evaluator", ev)
    try:
        v = ev.value(e, {k: int(v) for k, v in (at or {}).items()})
    except OverflowError as exc:
        raise Unsupported(f"float overflow: {exc}") from exc
    except ZeroDivisionError as exc:
        raise Undefined("division by zero") from exc
    if not math.isfinite(v):
        raise Undefined("not finite")
    return v


class ExactUnitEvaluator(UnitEvaluator):
    """The same walk with SymPy's exact numbers (sums of powers of e): it CONFIRMS a counterexample.

    Leaves get their exact values before their parents are built (1/0 is zoo, never cancelled);
    a derivative is first written out by the normal form's rules (equivalences), then evaluated."""

    exact = True

    def _value(self, e, env):
        inst = self.inst
        if e.is_Number:
            return e
        if isinstance(e, Indexed):
            idx = tuple(sympy.Integer(self.index(i, env)) for i in e.indices)
            return sympy.sympify(inst.point(e.base[idx]))
        if isinstance(e, sympy.Symbol):
            return sympy.sympify(inst.point(e))
        if isinstance(e, Add):
            return Add(*[self.value(a, env) for a in e.args])
        if isinstance(e, Mul):
            return Mul(*[self.value(a, env) for a in e.args])
        if isinstance(e, Pow):
            return Pow(self.value(e.base, env), self.value(e.exp, env))
        if isinstance(e, exp):
            return exp(self.value(e.args[0], env))
        if isinstance(e, log):
            return log(self.value(e.args[0], env))
        if isinstance(e, Sum):
            idx, lo, hi = e.limits[-1]
            body = Sum(e.function, *e.limits[:-1]) if len(e.limits) > 1 else e.function
            lo, hi = self.index(lo, env), self.index(hi, env)
            if hi - lo > 4096:
                raise Unsupported("a sum too long for an instance")
            return Add(*[self.value(body, {**env, idx: v}) for v in range(lo, hi + 1)])
        if isinstance(e, KroneckerDelta):
            return sympy.Integer(int(self.value(e.args[0], env) == self.value(e.args[1], env)))
        if isinstance(e, Unit):
            return sympy.Integer(int(UnitEvaluator._value(self, e, env)))
        if isinstance(e, DataPoint):
            return sympy.Integer(int(UnitEvaluator._value(self, e, env)))
        if isinstance(e, Derivative):
            written = normal(e)
            if isinstance(written, Derivative):   # the rules could not write it out: no value, never a loop
                raise Unsupported(f"a derivative the normal form left: {written}")
            return self.value(written, env)
        if isinstance(e, Obj):
            d = definition_of(e)
            if d is not None:
                return self.value(d, env)
            args = _located_args(self, e, env)
            return _at_points(sympy.sympify(e.func(*args).instance_value(inst)), inst)
        if e.is_number:
            return e
        raise Unsupported(f"cannot evaluate {type(e).__name__} exactly")

    def index(self, e, env) -> int:
        v = self.value(e, env)
        if not (v.is_Integer if isinstance(v, sympy.Basic) else v == int(v)):
            raise Unsupported(f"index {e} is not an integer")
        return int(v)


def _located_args(ev, e, env):
    """An object's arguments with its states and data points as indices on the instance; the name a function of a
    state carries as its first argument (StateFn's H of H_l(v)) stays a name (blind set 11, 15:32: it was taken for
    a state, its index 0 had no .name: an internal error)."""
    named = getattr(e.func, "named", False)
    return [a if k == 0 and named else sympy.Integer(ev.index(a, env)) if a.is_Symbol or isinstance(a, DataPoint)
            else a for k, a in enumerate(e.args)]


def exact_value(expr, inst, at=None):
    """The exact value of expr on an RBM instance (SymPy number; zoo/nan/complex where it has none)."""
    ev = inst.__dict__.get("_exact")
    if ev is None:
        ev = ExactUnitEvaluator(inst)
        object.__setattr__(inst, "_exact", ev)
    return ev.value(sympy.sympify(expr), {sympy.sympify(k): int(v) for k, v in (at or {}).items()})
