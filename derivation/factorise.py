"""The RBM's factorisation, as a sound rewrite of the normal form (normal_form.py calls it on each sum).

    sum over all configurations h of a layer of  C * exp( sum_j h_j a_j )
        = C * prod_j sum_{h_j} e^{h_j a_j}
        = C * exp( sum_j log(1 + e^{a_j}) )          binary units {0, 1}
        = C * exp( sum_j log(e^{-a_j} + e^{a_j}) )   spins {-1, +1}

An equivalence on every instance when: the sum runs over ALL configurations of the layer (1..M for the
hidden layer, 1..K for the visible one, with no measure), every other factor C is free of h, and every
a_j is free of h (the exponent is linear in the units of h). Anything else: no rewrite (None).
"""
from __future__ import annotations

import sympy
from sympy import Add, Dummy, Mul, Sum, exp, log

from .vocabulary import K, M
from .vocabulary.units import HIDDEN, NH, NV, VISIBLE, Unit

RULE = "factorisation over the units (sum over configurations of a product)"


def _coefficient(term, idx, layer):
    """(j, a_j) when term = c * Sum(Unit(idx, j, layer) * rest, ..., (j, 1, n), ...) with rest free of idx."""
    c, rest = [], None
    for f in Mul.make_args(term):
        if idx in f.free_symbols:
            if rest is not None or not isinstance(f, Sum):
                return None
            rest = f
        else:
            c.append(f)
    if rest is None:
        return None
    size = NH if layer == HIDDEN else NV
    body, limits = rest.function, list(rest.limits)
    units = [f for f in Mul.make_args(body) if isinstance(f, Unit) and f.args[0] == idx]
    if len(units) != 1 or int(units[0].args[2]) != layer:
        return None
    u = units[0]
    j = u.args[1]
    lim = [lm for lm in limits if lm[0] == j]
    if len(lim) != 1 or lim[0][1] != 1 or lim[0][2] != size:
        return None
    others = [lm for lm in limits if lm[0] != j]
    inner = Mul(*[f for f in Mul.make_args(body) if f is not u])
    if idx in inner.free_symbols or any(idx in lm[1].free_symbols | lm[2].free_symbols for lm in others):
        return None
    a = Mul(*c) * (Sum(inner, *others) if others else inner)
    return j, a, int(u.args[3])


def factorise(body, idx, lo, hi):
    """The rewritten sum over idx (see the module docstring), or None when the rule does not apply."""
    if lo != 1 or hi not in (M, K):
        return None
    layer = HIDDEN if hi == M else VISIBLE
    free, coefficients, spins = [], [], set()
    for f in Mul.make_args(body):
        if idx not in f.free_symbols:
            free.append(f)
            continue
        if not isinstance(f, exp):
            return None
        for term in Add.make_args(sympy.expand(f.args[0])):
            if idx not in term.free_symbols:
                free.append(exp(term))
                continue
            got = _coefficient(term, idx, layer)
            if got is None:
                return None
            coefficients.append(got[:2])
            spins.add(got[2])
    if not coefficients or len(spins) != 1:
        return None
    j = Dummy("j", integer=True, positive=True)
    a = Add(*[c.xreplace({k: j}) for k, c in coefficients])
    per_unit = (exp(-a) + exp(a)) if spins.pop() else (1 + exp(a))
    return Mul(*free) * exp(Sum(log(per_unit), (j, 1, NH if layer == HIDDEN else NV)))
