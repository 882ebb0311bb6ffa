"""The RBM's factorisation, as a sound rewrite of the normal form (normal_form.py calls it on each sum).

    sum over all configurations h of a layer of  C * exp( sum_j h_j a_j )
        = C * prod_j sum_{h_j} e^{h_j a_j}
        = C * exp( sum_j log(1 + e^{a_j}) )          binary units {0, 1}
        = C * exp( sum_j log(e^{-a_j} + e^{a_j}) )   spins {-1, +1}

An equivalence on every instance when: the sum runs over ALL configurations of the layer (1..M for the
hidden layer, 1..K for the visible one, with no measure), every other factor C is free of h, and every
a_j is free of h (the exponent is linear in the units of h). Anything else: no rewrite (None).

One unit pinned (the sum defining p(h_j = c | v)): with a factor [h_j = c], j a free index over the
units of that layer and c one of the unit's values U ({0, 1} or {-1, +1}),

    sum_h [h_j = c] C * exp( sum_k h_k a_k ) = C * e^{c a_j} * prod_{k != j} sum_{u in U} e^{u a_k}
        = C * exp( sum_k log sum_{u in U} e^{u a_k} ) / sum_{u in U} e^{(u - c) a_j}

(every factor sum_u e^{u a_k} is positive, so dividing by the one for k = j is exact); the last
denominator is the logistic's: 1 + e^{-a_j} for c = 1 binary.
"""
from __future__ import annotations

import sympy
from sympy import Add, Dummy, KroneckerDelta, Mul, Sum, exp, log

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
    body, limits = _flatten(rest.function, list(rest.limits), idx)
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


def _flatten(body, limits, idx):
    """Sum(Sum(g, inner) * r, outer) as one Sum(g * r, inner, outer): finite sums with constant bounds
    exchange, so the unit of the summed layer becomes a factor of the body (the visible unit of
    sum_j (sum_i v_i W_ij) h_j). Unchanged when a bound or another factor uses the inner index."""
    while True:
        factors = list(Mul.make_args(body))
        inner = [f for f in factors if isinstance(f, Sum)]
        if len(inner) != 1:
            return body, limits
        s = inner[0]
        names = [lm[0] for lm in limits]
        bounds = set().union(*[lm[1].free_symbols | lm[2].free_symbols for lm in list(s.limits) + limits])
        others = Mul(*[f for f in factors if f is not s])
        if any(lm[0] == idx or lm[0] in names or lm[0] in bounds or lm[0] in others.free_symbols for lm in s.limits):
            return body, limits
        body, limits = s.function * others, list(s.limits) + limits


def factorise(body, idx, lo, hi):
    """The rewritten sum over idx (see the module docstring), or None when the rule does not apply."""
    if lo != 1 or hi not in (M, K):
        return None
    layer = HIDDEN if hi == M else VISIBLE
    free, coefficients, spins, pins = [], [], set(), []
    for f in Mul.make_args(body):
        if idx not in f.free_symbols:
            free.append(f)
            continue
        if isinstance(f, KroneckerDelta):
            pins.append(f)
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
    if not coefficients or len(spins) != 1 or len(pins) > 1:
        return None
    spin = spins.pop()
    values = (-1, 1) if spin else (0, 1)
    j = Dummy("j", integer=True, positive=True)
    a = Add(*[c.xreplace({k: j}) for k, c in coefficients])
    per_unit = Add(*[exp(u * a) for u in values])
    out = Mul(*free) * exp(Sum(log(per_unit), (j, 1, NH if layer == HIDDEN else NV)))
    if not pins:
        return out
    pinned = _pinned(pins[0], idx, layer, spin, values)
    if pinned is None:
        return None
    unit, c = pinned
    a_unit = a.xreplace({j: unit})
    return out / Add(*[exp((u - c) * a_unit) for u in values])


def _pinned(delta, idx, layer, spin, values):
    """(unit index, c) when delta = [Unit(idx, unit, layer, spin) = c], c one of the unit's values and
    the unit index a free index over that layer's units (so it is one of the k of the product)."""
    from .vocabulary.units import HiddenIndex, VisibleIndex
    x, y = delta.args
    if isinstance(y, Unit) and not isinstance(x, Unit):
        x, y = y, x
    if not isinstance(x, Unit) or x.args[0] != idx or int(x.args[2]) != layer or int(x.args[3]) != spin:
        return None
    unit = x.args[1]
    wanted = HiddenIndex if layer == HIDDEN else VisibleIndex
    if not isinstance(unit, wanted) or y not in values:
        return None
    return unit, y
