"""Fast float evaluation of the general vocabulary on an instance, for the counterexample search.

Each subexpression is a truncated multivariate Taylor series (a "jet") in the parameters the row
differentiates by, around the instance's point: {exponent tuple: coefficient}, total degree <= D.
Derivatives shift coefficients, so they are exact up to float rounding without symbolic work, for any
mix of parameters (d^2/dlambda_i dlambda_j, d/dbeta, ...). Like taylor.py (the post's single-parameter
version) this only proposes counterexamples: instances.py confirms each one exactly with SymPy.
"""
from __future__ import annotations

import math

import sympy
from sympy import Add, Derivative, Indexed, KroneckerDelta, Mul, Pow, Sum, Tuple, exp, log

from derivation.meaning.notation import DataPoint, K, N
from .taylor import Undefined, Unsupported
from derivation.meaning.vocabulary import COMPONENTS, M, Obj, VectorParam, is_param


_FREE: dict = {}  # free symbols of each node seen (SymPy recomputes them for every Sum, at some cost)


class Jets:
    def __init__(self, inst, variables):
        self.inst = inst
        self.vars = list(variables)            # parameters differentiated by, in a fixed order
        self.pos = {v: k for k, v in enumerate(self.vars)}
        self.n = len(self.vars)
        self._free = _FREE if len(_FREE) < 200_000 else _FREE.clear() or _FREE
        self._memo: dict = {}

    # ---- series arithmetic
    def const(self, c):
        return {(0,) * self.n: float(c)}

    def unit(self, v, point):
        e = [0] * self.n
        e[self.pos[v]] = 1
        return {(0,) * self.n: float(point), tuple(e): 1.0}

    def add(self, a, b):
        out = dict(a)
        for m, c in b.items():
            out[m] = out.get(m, 0.0) + c
        return out

    def scale(self, a, k):
        return {m: c * k for m, c in a.items()}

    def mul(self, a, b, D):
        out = {}
        for m1, c1 in a.items():
            d1 = sum(m1)
            for m2, c2 in b.items():
                if d1 + sum(m2) > D:
                    continue
                m = tuple(x + y for x, y in zip(m1, m2))
                out[m] = out.get(m, 0.0) + c1 * c2
        return out

    def _series(self, a, coeffs, D):
        """sum_n coeffs[n] h^n with h = a - a0 (nilpotent beyond degree D)."""
        zero = (0,) * self.n
        h = {m: c for m, c in a.items() if m != zero}
        out, power = self.const(coeffs[0]), self.const(1.0)
        for k in range(1, D + 1):
            power = self.mul(power, h, D)
            if not power:
                break
            out = self.add(out, self.scale(power, coeffs[k]))
        return out

    def exp(self, a, D):
        a0 = a.get((0,) * self.n, 0.0)
        e0 = math.exp(a0)
        return self._series(a, [e0 / math.factorial(k) for k in range(D + 1)], D)

    def log(self, a, D):
        a0 = a.get((0,) * self.n, 0.0)
        if not a0 > 0:
            raise Undefined("log of a number that is not positive")
        return self._series(a, [math.log(a0)] + [(-1) ** (k + 1) / (k * a0 ** k) for k in range(1, D + 1)], D)

    def recip(self, a, D):
        a0 = a.get((0,) * self.n, 0.0)
        if a0 == 0:
            raise Undefined("division by zero")
        return self._series(a, [(-1) ** k / a0 ** (k + 1) for k in range(D + 1)], D)

    def diff(self, a, v):
        j = self.pos[v]
        out = {}
        for m, c in a.items():
            if m[j]:
                mm = list(m)
                mm[j] -= 1
                out[tuple(mm)] = out.get(tuple(mm), 0.0) + c * m[j]
        return out or self.const(0.0)   # the derivative of a constant: 0 (a missing key was a KeyError)

    # ---- values
    def state(self, s, env):
        if isinstance(s, Tuple):
            return Tuple(*[self.state(a, env) for a in s])
        v = self.value(s, env, 0)[(0,) * self.n]
        if v != int(v):
            raise Unsupported(f"state {s} is not an integer")
        return sympy.Integer(int(v))

    def key(self, p, env):
        if isinstance(p, Indexed):
            idx = int(self.value(p.indices[0], env, 0)[(0,) * self.n])
            return p.base[idx]
        return p

    def table(self, key, params, kind, D):
        memo = (key, tuple(params), kind, D)
        if memo in self._memo:
            return self._memo[memo]
        base, d, s2, c = self.inst.table_coeffs(key, params, kind)
        out = self.const(float(base))
        self._memo[memo] = out
        for p in d:
            if p not in self.pos:
                continue
            e = [0] * self.n
            e[self.pos[p]] = 1
            out[tuple(e)] = out.get(tuple(e), 0.0) + d[p]
            if D >= 2:
                e[self.pos[p]] = 2
                out[tuple(e)] = out.get(tuple(e), 0.0) + s2[p] / 2.0
        if D >= 2:
            for (p, q), v in c.items():
                if p in self.pos and q in self.pos:
                    e = [0] * self.n
                    e[self.pos[p]] += 1
                    e[self.pos[q]] += 1
                    out[tuple(e)] = out.get(tuple(e), 0.0) + v
        return out

    def value(self, e, env, D):
        """The jet of e (memoized on e, D and the values of the bound variables e actually uses: Z inside
        an expectation is computed once, not once per term)."""
        if e.is_Atom:
            return self._value(e, env, D)
        fs = self._free.get(e)
        if fs is None:
            fs = self._free[e] = tuple(sorted(e.free_symbols, key=str))
        key = (e, D, tuple(env.get(s) for s in fs))
        out = self._memo.get(key)
        if out is None:
            out = self._memo[key] = self._value(e, env, D)
        return out

    def _value(self, e, env, D):
        if e in env:
            return self.const(env[e])
        if e.is_Number:
            return self.const(float(e))
        if e.is_NumberSymbol:
            return self.const(float(e))
        if e == N:
            return self.const(len(self.inst.data))
        if e == K:
            return self.const(self.inst.states)
        if e == M:
            return self.const(self.inst.hidden)
        if e == COMPONENTS:
            return self.const(self.inst.components)
        if is_param(e):
            p = self.key(e, env)
            point = float(self.inst.point(p))
            return self.unit(p, point) if p in self.pos else self.const(point)
        if isinstance(e, Add):
            out = self.const(0.0)
            for a in e.args:
                out = self.add(out, self.value(a, env, D))
            return out
        if isinstance(e, Mul):
            out = self.const(1.0)
            for a in e.args:
                out = self.mul(out, self.value(a, env, D), D)
            return out
        if isinstance(e, Pow):
            base = self.value(e.base, env, D)
            if e.exp.is_Integer:
                n = int(e.exp)
                b = base if n >= 0 else self.recip(base, D)
                out = self.const(1.0)
                for _ in range(abs(n)):
                    out = self.mul(out, b, D)
                return out
            return self.exp(self.mul(self.value(e.exp, env, D), self.log(base, D), D), D)
        if isinstance(e, exp):
            return self.exp(self.value(e.args[0], env, D), D)
        if isinstance(e, log) and len(e.args) == 1:
            return self.log(self.value(e.args[0], env, D), D)
        if isinstance(e, Sum):
            return self._sum(e.function, list(e.limits), env, D)
        if isinstance(e, sympy.Product) and len(e.limits) == 1:
            idx, lo, hi = e.limits[0]
            z = (0,) * self.n
            out = self.const(1.0)
            for v in range(int(self.value(lo, env, 0)[z]), int(self.value(hi, env, 0)[z]) + 1):
                out = self.mul(out, self.value(e.function, {**env, idx: v}, D), D)
            return out
        if isinstance(e, Derivative):
            if _still_state(e):
                return self.const(0.0)
            order = sum(int(c) for _, c in e.variable_count)
            inner = self.value(e.expr, env, D + order)
            for v, c in e.variable_count:
                k = self.key(v, env)
                if k not in self.pos:
                    raise Unsupported(f"a derivative by {v} not prepared")
                for _ in range(int(c)):
                    inner = self.diff(inner, k)
            return {m: c for m, c in inner.items() if sum(m) <= D}
        if isinstance(e, KroneckerDelta):
            a, b = (self.value(x, env, 0)[(0,) * self.n] for x in e.args)
            return self.const(1.0 if a == b else 0.0)
        if isinstance(e, DataPoint):
            j = int(self.value(e.args[0], env, 0)[(0,) * self.n])
            if not 1 <= j <= len(self.inst.data):
                raise Unsupported(f"data point {j} outside 1..N")
            return self.const(self.inst.data[j - 1])
        if isinstance(e, Obj):
            return self._primitive(e, env, D)
        if e.is_number:
            c = complex(e.evalf(20))
            if c.imag != 0 or not math.isfinite(c.real):
                raise Undefined("not a finite real number")
            return self.const(c.real)
        raise Unsupported(f"cannot evaluate {type(e).__name__} as a jet")

    def _primitive(self, e, env, D):
        from derivation.meaning.vocabulary import Mass, ModelEnergy, SecondLogit, StateFn
        from derivation.meaning.vocabulary.space import AtState, located
        from derivation.meaning.vocabulary.functions import ArbitraryFn
        from derivation.meaning.vocabulary.units import Base
        if isinstance(e, ArbitraryFn):
            return self.arbitrary(e, env, D)
        if isinstance(e, Mass):
            return self.const(float(self.inst.mass(self.state(located(e.args[0])[0], env))))
        if isinstance(e, ModelEnergy) and e.definition() is None:
            if e.args[1].shift:  # the family at another value (Z(theta')): the same table, at the value
                return self.shifted_table(e, env, D)
            s, extra = located(e.args[0])
            return self.table(("E", self.state(s, env)), tuple(e.args[1].params) + extra, "energy", D)
        if isinstance(e, SecondLogit) and e.definition() is None:
            s, extra = located(e.args[0])
            q = e.args[1]   # a named second distribution has a table of its own (divergences.py)
            key = ("f", "g_" + q.name, 0, self.state(s, env)) if q.name else ("q", self.state(s, env))
            return self.table(key, tuple(q.params) + extra, "logit", D)
        if isinstance(e, StateFn):
            name, index, s, params = e.args
            s, extra = located(s)
            idx = self.state(index, env) if index != 0 else index
            return self.table(("f", name.name, idx, self.state(s, env)), tuple(params) + extra, "function", D)
        if isinstance(e, Base) and not isinstance(e.args[1], AtState):
            # h(x): a positive rational free of every parameter, drawn under the same key as the exact value
            return self.const(float(Base(e.args[0], self.state(e.args[1], env)).instance_value(self.inst)))
        raise Unsupported(f"cannot evaluate {type(e).__name__} as a jet")

    def arbitrary(self, e, env, D):
        """f(states; reals): functions.ArbitraryFn.instance_value in jets (the same table and draws): base +
        sum_k (d_k u_k + s_k u_k^2 / 2 + r_k (e^{u_k} - 1 - u_k - u_k^2 / 2)) + sum_{k<l} c_kl u_k u_l, u_k the
        k-th real argument (a slope in xi for a state located at xi)."""
        from derivation.meaning.table_names import entry_name as _entry_name
        from derivation.meaning.vocabulary import Param
        from derivation.meaning.vocabulary.space import located
        name, states, reals = e.args
        plain, extra = located(Tuple(*states))
        plain = self.state(plain, env)
        slots = [Param(f"{name.name}.{k + 1}") for k in range(len(reals))]
        base, d, s2, c = self.inst.table_coeffs(("f", name.name, 0, plain), tuple(slots) + tuple(extra), "function")
        u = {p: self.value(r, env, D) for p, r in zip(slots, reals)}
        u.update({xi: self.add(self.value(xi, env, D), self.const(-float(self.inst.point(xi)))) for xi in extra})
        out = self.quadratic(base, d, s2, c, u, D)
        entry = self.inst.tables.get(_entry_name(("f", name.name, 0, plain)), {})
        for p in slots:
            r = self.inst.draw(("exp", name.name, str(plain), str(p)), (1, -1, 2, 1, -2))
            if isinstance(entry, dict):   # printed with the table, as the exact value records it
                entry[f"e^{{{p}}} coefficient"] = r
            tail = self.add(self.exp(u[p], D), self.const(-1.0))
            tail = self.add(tail, self.scale(self.add(u[p], self.scale(self.mul(u[p], u[p], D), 0.5)), -1.0))
            out = self.add(out, self.scale(tail, r))
        return out

    def quadratic(self, base, d, s2, c, u, D):
        """A table entry's polynomial in jets: base + sum_p d_p u_p + s_p u_p^2 / 2 + sum_{p<q} c_pq u_p u_q."""
        out = self.const(float(base))
        for p in d:
            out = self.add(out, self.scale(u[p], d[p]))
            out = self.add(out, self.scale(self.mul(u[p], u[p], D), s2[p] / 2.0))
        for (p, q), v in c.items():
            out = self.add(out, self.scale(self.mul(u[p], u[q], D), v))
        return out

    def shifted_table(self, e, env, D):
        """E(s) of the model evaluated at other parameter values (vocabulary/model.py Model.at): the table's
        polynomial base + sum_p d_p u_p + s_p u_p^2 / 2 + sum_{p<q} c_pq u_p u_q with u_p = value(p) - point(p)."""
        from derivation.meaning.vocabulary.space import located
        s, extra = located(e.args[0])
        m = e.args[1]
        base, d, s2, c = self.inst.table_coeffs(("E", self.state(s, env)), tuple(m.params) + extra, "energy")
        u = {p: self.add(self.value(p.xreplace(m.shift), env, D), self.const(-float(self.inst.point(p))))
             for p in d}
        return self.quadratic(base, d, s2, c, u, D)

    def _sum(self, body, limits, env, D):
        idx, lo, hi = limits[-1]
        inner = limits[:-1]
        z = (0,) * self.n
        total = self.const(0.0)
        for v in range(int(self.value(lo, env, 0)[z]), int(self.value(hi, env, 0)[z]) + 1):
            env2 = {**env, idx: v}
            part = self._sum(body, inner, env2, D) if inner else self.value(body, env2, D)
            total = self.add(total, part)
        return total


def _still_state(e) -> bool:
    """d x / d phi of a state seen as a point (vocabulary/space.py AtState) by parameters other than its own
    coordinate: a state does not move with the parameters, 0. It is the exact value too (SymPy's doit gives 0
    for variables free of the state and its coordinate), which without it was computed for every instance."""
    from derivation.meaning.vocabulary.space import AtState
    if not isinstance(e.expr, AtState):
        return False
    fixed = e.expr.free_symbols
    return all(not (v.free_symbols & fixed) for v, _ in e.variable_count)


def _variables(expr, inst, at):
    """The parameters the expression differentiates by (components of a vector all, if bound)."""
    out = []
    for d in expr.atoms(Derivative):
        for v in d.variables:
            v = v.xreplace(at) if at else v
            if isinstance(v, Indexed) and not v.indices[0].is_Integer:
                ks = [v.base[j] for j in range(1, inst.components + 1)]
            else:
                ks = [v]
            for k in ks:
                if k not in out:
                    out.append(k)
    return out


def uses_vocabulary(expr) -> bool:
    """Whether the expression holds the general vocabulary's objects (else taylor.py evaluates it)."""
    from derivation.meaning.vocabulary import Param
    return any(isinstance(a, (Obj, Param, Indexed, VectorParam)) for a in sympy.preorder_traversal(expr))


def jet_value(expanded, inst, at: dict | None = None) -> float:
    """The value at the instance's point of an expression whose definitions are expanded."""
    at = dict(at or {})
    variables = _variables(expanded, inst, at)
    if len(variables) > 8:
        raise Unsupported("more than 8 parameters differentiated by")
    j = Jets(inst, variables)
    try:
        v = j.value(sympy.sympify(expanded), {k: int(v) for k, v in at.items()}, 0)[(0,) * j.n]
    except (OverflowError, ZeroDivisionError) as exc:
        raise Unsupported(f"float trouble: {exc}") from exc
    if not math.isfinite(v):
        raise Undefined("not finite")
    return v
