"""Fast float evaluation of a row on a finite instance, for the counterexample search.

Every subexpression is evaluated to its truncated Taylor series in h = Theta - t around the
instance's point t (coefficients c_j = f^(j)(t) / j!), so derivatives with respect to Theta are
exact up to float rounding without any symbolic differentiation: d/dTheta shifts the series.
Sums are loops over their index. This only proposes counterexamples: instances.py confirms each
one exactly with SymPy before a step is called invalid.
"""
from __future__ import annotations

import math

import sympy
from sympy import Add, Derivative, Mul, Pow, Sum, exp, log

from derivation.meaning.budget import check_time
from derivation.meaning.notation import DataPoint, Energy, K, N, Theta


class Undefined(ArithmeticError):
    """The value is not a finite real number here (0 in a denominator, log of a negative, ...)."""


class Unsupported(ValueError):
    """The expression holds something this evaluator does not know (fall back to SymPy)."""


def _mul(a, b):
    return [sum(a[j] * b[k - j] for j in range(k + 1)) for k in range(len(a))]


def _recip(a):
    if a[0] == 0:
        raise Undefined("division by zero")
    b = [1.0 / a[0]]
    for k in range(1, len(a)):
        b.append(-sum(a[j] * b[k - j] for j in range(1, k + 1)) / a[0])
    return b


def _exp(a):
    b = [math.exp(a[0])]
    for k in range(1, len(a)):
        b.append(sum(j * a[j] * b[k - j] for j in range(1, k + 1)) / k)
    return b


def _log(a):
    if a[0] <= 0:
        raise Undefined("log of a number that is not positive")
    b = [math.log(a[0])]
    for k in range(1, len(a)):
        b.append((a[k] - sum(j * b[j] * a[k - j] for j in range(1, k)) / k) / a[0])
    return b


def _pow(a, n):
    """a^n for a series a and a number n (an int: repeated products; else exp(n log a), a > 0)."""
    if isinstance(n, int):
        out = [1.0] + [0.0] * (len(a) - 1)
        base = a if n >= 0 else _recip(a)
        for _ in range(abs(n)):
            out = _mul(out, base)
        return out
    if a[0] == 0 and n > 0 and len(a) == 1:
        return [0.0]
    return _exp([n * c for c in _log(a)])


class Evaluator:
    """Series of length `order + 1` for expressions on one instance (see instances.Instance)."""

    def __init__(self, inst):
        self.inst = inst
        self.t = float(inst.theta)

    def const(self, v: float, order: int):
        return [float(v)] + [0.0] * order

    def index(self, e, env) -> int:
        v = self.value(e, env, 0)[0]
        if v != int(v):
            raise Unsupported(f"index {e} is not an integer")
        return int(v)

    def value(self, e, env, order: int):
        check_time()
        if e in env:
            return self.const(env[e], order)
        if e.is_number:  # a constant (2, pi, log(3), I*pi): its value, if it is a finite real
            if e.has(sympy.zoo, sympy.nan, sympy.oo, -sympy.oo):
                raise Undefined("not a finite number")
            c = complex(e.evalf(20))
            if not (math.isfinite(c.real) and math.isfinite(c.imag)):  # e^{1000}: too large for floats
                raise Unsupported("a number too large for floats")
            if c.imag != 0:
                raise Undefined("not a real number")
            return self.const(c.real, order)
        if e == N:
            return self.const(len(self.inst.data), order)
        if e == K:
            return self.const(self.inst.states, order)
        if e == Theta:
            return [self.t, 1.0] + [0.0] * (order - 1) if order else [self.t]
        if isinstance(e, Add):
            parts = [self.value(a, env, order) for a in e.args]
            return [sum(c) for c in zip(*parts)]
        if isinstance(e, Mul):
            out = self.const(1.0, order)
            for a in e.args:
                out = _mul(out, self.value(a, env, order))
            return out
        if isinstance(e, Pow):
            n = e.exp
            if n.is_Integer:
                return _pow(self.value(e.base, env, order), int(n))
            if n.free_symbols & {Theta}:
                return _exp(_mul(self.value(n, env, order), _log(self.value(e.base, env, order))))
            v = self.value(n, env, 0)[0]
            if v == int(v) and abs(v) <= 1000 and n.is_integer:  # u^N, N a number here: a product
                v = int(v)
            return _pow(self.value(e.base, env, order), v)
        if isinstance(e, exp):
            return _exp(self.value(e.args[0], env, order))
        if isinstance(e, log) and len(e.args) == 1:
            return _log(self.value(e.args[0], env, order))
        if isinstance(e, Sum):
            return self._sum(e.function, list(e.limits), env, order)
        if isinstance(e, Derivative):
            if any(v != Theta for v in e.variables):
                raise Unsupported("a derivative with respect to something other than Theta")
            n = len(e.variables)
            c = self.value(e.expr, env, order + n)
            for _ in range(n):  # d/dh of sum c_j h^j is sum (j + 1) c_{j+1} h^j
                c = [(j + 1) * c[j + 1] for j in range(len(c) - 1)]
            return c
        if isinstance(e, Energy):
            k = self.index(e.args[0], env)
            inst = self.inst
            if not 1 <= k <= inst.states:
                raise Unsupported(f"state {k} outside 1..{inst.states}")
            j = k - 1
            c = [math.log(inst.scale) - math.log(inst.weights[j]), float(inst.denergy[j]), inst.d2energy[j] / 2.0]
            return (c + [0.0] * order)[:order + 1]
        if isinstance(e, DataPoint):
            j = self.index(e.args[0], env)
            if not 1 <= j <= len(self.inst.data):
                raise Unsupported(f"data point {j} outside 1..N")
            return self.const(self.inst.data[j - 1], order)
        raise Unsupported(f"cannot evaluate {type(e).__name__} in floats")

    def _sum(self, body, limits, env, order):
        idx, lo, hi = limits[-1]  # the outermost limit is the last
        inner = limits[:-1]
        total = self.const(0.0, order)
        for v in range(self.index(lo, env), self.index(hi, env) + 1):
            env2 = {**env, idx: v}
            part = self._sum(body, inner, env2, order) if inner else self.value(body, env2, order)
            total = [a + b for a, b in zip(total, part)]
        return total


def float_value(expanded, inst, at: dict | None = None) -> float:
    """The value at Theta = inst.theta of an expression whose definitions are already expanded.

    Raises Undefined where it has no finite real value, Unsupported for what it cannot evaluate.
    """
    try:
        v = Evaluator(inst).value(sympy.sympify(expanded), dict(at or {}), 0)[0]
    except OverflowError as exc:  # too large for floats; SymPy's exact numbers can still compare it
        raise Unsupported(f"float overflow: {exc}") from exc
    if not math.isfinite(v):  # an overflow on the way (inf, or inf - inf): SymPy's exact values decide
        raise Unsupported("not finite in floats")
    return v
