"""Explicit energies over vectors of units (the RBM): configurations, units, unit indices, sizes.

A configuration of a layer is a state of its space (visible 1..K, hidden 1..M); on an instance with
n_v visible and n_h hidden units, K = 2^{n_v} and M = 2^{n_h}, and configuration s has the units

    v_i(s) = bit i-1 of s-1                 binary units {0, 1}
    v_i(s) = 2 (bit i-1 of s-1) - 1         spins {-1, +1} (when the document says so)

    NV, NH                  the numbers of visible and hidden units (n_v, n_h)
    VisibleIndex(name)      a free index over the visible units 1..n_v (the i of dW_ij)
    HiddenIndex(name)       a free index over the hidden units 1..n_h
    Unit(s, i, layer, spin) the value of unit i of configuration s (layer 0 visible, 1 hidden;
                            spin 0 binary, 1 for +-1): a primitive with a value on an RBM instance
    Base(s)                 h(x) of an exponential family, the base measure: a positive function
    unit_sum(body, j, layer) the sum over the units of a layer
"""
from __future__ import annotations

import sympy
from sympy import Integer, Sum, Symbol

from .base import Obj

NV = Symbol("n_v", integer=True, positive=True)
NH = Symbol("n_h", integer=True, positive=True)
VISIBLE, HIDDEN = 0, 1
BINARY, SPIN = 0, 1


class VisibleIndex(Symbol):
    """A visible unit index 1..n_v, free in a row (the row holds for each value)."""
    upper = NV

    def __new__(cls, name):
        return Symbol.__new__(cls, name, integer=True, positive=True)

    def instance_range(self, inst):
        return _unit_range(inst, NV)


class HiddenIndex(Symbol):
    upper = NH

    def __new__(cls, name):
        return Symbol.__new__(cls, name, integer=True, positive=True)

    def instance_range(self, inst):
        return _unit_range(inst, NH)


def _unit_range(inst, size):
    """The values a unit index takes: only an instance with units (an RBM instance) has them."""
    units = getattr(inst, "sizes", {}).get(size)
    if units is None:
        from derivation.meaning.not_evaluable import NotEvaluable
        raise NotEvaluable("a unit index needs an instance with units (an RBM instance)")
    return range(1, units + 1)


def layer_size(layer) -> Symbol:
    return NV if int(layer) == VISIBLE else NH


def unit_sum(body, j, layer) -> Sum:
    return Sum(body, (j, 1, layer_size(layer)))


class Unit(Obj):
    """v_i(s): the value of unit i in configuration s (see the module docstring)."""
    real = True   # 0/1 or -1/+1

    def __new__(cls, s, i, layer=VISIBLE, spin=BINARY):
        return Obj.__new__(cls, s, i, Integer(layer), Integer(spin))

    def instance_value(self, inst):
        from derivation.meaning.not_evaluable import NotEvaluable
        s, i, layer, spin = self.args
        units = getattr(inst, "sizes", {}).get(layer_size(layer))
        if units is None:
            raise NotEvaluable("units of a configuration need an instance with units (an RBM instance)")
        if not (s.is_Integer and i.is_Integer and 1 <= int(i) <= units):
            raise NotEvaluable(f"unit {i} of configuration {s} is outside the instance")
        bit = ((int(s) - 1) >> (int(i) - 1)) & 1
        return Integer(2 * bit - 1 if int(spin) == SPIN else bit)

    def depends_on(self, v):
        return False

    def latex_text(self, printer):
        s, i, layer, _ = self.args
        return r"%s_{%s}" % (printer._print(s), printer._print(i))


class Base(Obj):
    """h(x) > 0, the base measure of an exponential family (atoms where h = 0 drop out of the space)."""
    positive = True
    real = True
    named = True   # its first argument is its name, never a state (judge/unit_values._located_args)

    def __new__(cls, name, s):
        name = Symbol(name) if isinstance(name, str) else name
        return Obj.__new__(cls, name, s)

    def instance_value(self, inst):
        name, s = self.args
        v = sympy.Rational(inst.draw(("base", str(name), str(s)), (1, 2, 3, 1, 4)),
                           inst.draw(("base/", str(name), str(s)), (1, 2, 1)))
        inst.tables[f"{name}({s})"] = str(v)
        return v

    def depends_on(self, v):
        return False

    def latex_text(self, printer):
        name, s = self.args
        return r"%s(%s)" % (printer._print(name), printer._print(s))


def sigmoid(u):
    """sigma(u) = 1 / (1 + e^{-u})."""
    return 1 / (1 + sympy.exp(-u))


def softplus(u):
    """log(1 + e^u)."""
    return sympy.log(1 + sympy.exp(u))


class UnitConditional(Obj):
    """p(h_j = c | v): the probability that unit j of one layer is c, given the other layer.

    UnitConditional(c, j, layer, spin, given, model) = sum over configurations g of the layer with
    g_j = c of p(g | given) (the posterior p(h | v) for the hidden layer, p(v | h) for the visible)."""

    def __new__(cls, c, j, layer, spin, given, model):
        return Obj.__new__(cls, c, j, Integer(layer), Integer(spin), given, model)

    real = True   # a sum of probabilities

    @property
    def positive(self):
        c, spin = self.args[0], int(self.args[3])
        return isinstance(c, Unit) or c in ((-1, 1) if spin == SPIN else (0, 1))

    def definition(self):
        from sympy import KroneckerDelta
        from .model import Conditional, Posterior
        from .space import dummy_state, hidden_sum, visible_sum
        c, j, layer, spin, given, m = self.args
        g = dummy_state("g")
        pick = KroneckerDelta(Unit(g, j, layer, spin), c)
        if int(layer) == HIDDEN:
            return hidden_sum(pick * Posterior(g, given, m), g)
        return visible_sum(pick * Conditional(g, given, m), g, m.measure)

    def latex_text(self, printer):
        c, j, layer, _, given, _ = self.args
        u = "h" if int(layer) == HIDDEN else "v"
        return r"p(%s_{%s} = %s \mid %s)" % (u, printer._print(j), printer._print(c), printer._print(given))
