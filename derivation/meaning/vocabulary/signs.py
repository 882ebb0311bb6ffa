"""What is known real or positive on every finite instance (split from normal_form.py): the normal form
may split a log only over known-positive factors, and an object of the vocabulary asks whether its body
is real. Here, below both, so that no object imports the normal form.

    is_real(e), is_positive(e)   True when known for every instance (False means: not known)
"""
from __future__ import annotations

import sympy
from sympy import Add, Derivative, Mul, Pow, Sum, exp, log

from derivation.meaning.one_parameter import Energy
from .base import N, DataPoint, Obj, is_param


def _primitive(e) -> bool:
    """An undefined smooth function of the parameters (an energy table, a function of the state)."""
    return isinstance(e, Energy) or (isinstance(e, Obj) and e.definition() is None)


def is_real(e) -> bool:
    """True when e is known real for every finite instance (False means: not known)."""
    if e.is_Number:
        return bool(e.is_real)
    if e.is_Symbol:
        return bool(e.is_real)
    if isinstance(e, (Energy, DataPoint)):
        return True
    if isinstance(e, Obj):
        return bool(e.real) or bool(e.positive)
    if isinstance(e, sympy.Indexed):
        return is_param(e)
    if isinstance(e, sympy.KroneckerDelta):
        return True
    if isinstance(e, Derivative):
        return _primitive(e.expr) and is_real(e.expr) and all(is_param(v) for v in e.variables)
    if isinstance(e, (Add, Mul)):
        return all(is_real(a) for a in e.args)
    if isinstance(e, Pow):
        b, n = e.args
        return (is_positive(b) and is_real(n)) or (is_real(b) and n.is_Integer and n > 0)
    if isinstance(e, exp):
        return is_real(e.args[0])
    if isinstance(e, log):
        return is_positive(e.args[0])
    if isinstance(e, Sum):
        return is_real(e.function)
    return False


def is_positive(e) -> bool:
    """True when e is known positive for every finite instance (False means: not known)."""
    if e.is_Number:
        return bool(e.is_positive)
    if e.is_Symbol:
        return bool(e.is_positive)
    if isinstance(e, DataPoint):
        return True
    if isinstance(e, Obj):
        return bool(e.positive)
    if isinstance(e, exp):
        return is_real(e.args[0])
    if isinstance(e, Pow):
        return is_positive(e.args[0]) and is_real(e.args[1])
    if isinstance(e, (Add, Mul)):
        return all(is_positive(a) for a in e.args)
    if isinstance(e, Sum) and _counts_a_data_point(e):
        return True
    if isinstance(e, Sum):
        # positive terms over non-empty ranges (SymPy merges nested sums: every limit counts)
        return is_positive(e.function) and all(bool((hi - lo).is_nonnegative) for _, lo, hi in e.limits)
    return False


def _counts_a_data_point(e) -> bool:
    """sum_{i=1}^N [x^(i) = x^(k)]: how often the data hold one of their own points, at least once (the empirical
    distribution at a data point, expectation.DataDist.density); x^(k)'s index ranges over the data as every
    data point's does."""
    if len(e.limits) != 1:
        return False
    i, lo, hi = e.limits[0]
    if lo != 1 or hi != N:
        return False
    f = e.function
    while isinstance(f, Mul):   # 1*(1*delta): the meaning's unevaluated products
        rest = [a for a in f.args if not is_positive(a)]
        if len(rest) != 1:
            return False
        f = rest[0]
    if not isinstance(f, sympy.KroneckerDelta) or not all(isinstance(a, DataPoint) for a in f.args):
        return False
    a, b = f.args
    return (a.args[0] == i) != (b.args[0] == i) and not (b if a.args[0] == i else a).has(i)
