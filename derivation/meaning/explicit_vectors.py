"""Vectors and matrices over the layers of an explicit energy (explicit.py): b^T v, v^T W h, W_j v, h'Wv.

A vector over a layer is a function of a unit index (Ten); a product contracts two of them over the layer
they share (a sum over its units), an outer product keeps both; a transpose (^T, ^top, a prime) swaps a
matrix's layers. What is left a vector where a number is expected is unreadable, naming it.
"""
from __future__ import annotations

import sympy
from sympy import Dummy

from .vocabulary.units import Unit, VisibleIndex, unit_sum
from .explicit_roles import is_transpose, strip_transpose


class Ten:
    """A vector or matrix over layers: fn(*unit indices) -> scalar."""

    def __init__(self, layers, fn):
        self.layers, self.fn = tuple(layers), fn

    def transpose(self):
        if len(self.layers) == 2:
            return Ten(self.layers[::-1], lambda i, j: self.fn(j, i))
        return self


def _dummy(layer):
    return Dummy("i" if layer == 0 else "j", integer=True, positive=True)


def contract(a, b):
    """The product of two factors, each a scalar or a Ten: vectors meet over a shared layer."""
    if not isinstance(a, Ten) and not isinstance(b, Ten):
        return a * b
    if not isinstance(a, Ten):
        return Ten(b.layers, lambda *ix: a * b.fn(*ix))
    if not isinstance(b, Ten):
        return Ten(a.layers, lambda *ix: a.fn(*ix) * b)
    la, lb = a.layers, b.layers
    if len(la) == 1 and len(lb) == 1:
        if la[0] == lb[0]:
            d = _dummy(la[0])
            return unit_sum(a.fn(d) * b.fn(d), d, la[0])
        return Ten((la[0], lb[0]), lambda i, j: a.fn(i) * b.fn(j))   # an outer product v h^T
    if len(la) == 1 and len(lb) == 2:
        if la[0] != lb[0] and la[0] == lb[1]:
            b = b.transpose()
        if la[0] != b.layers[0]:
            raise ValueError("a vector and a matrix over different layers")
        return Ten((b.layers[1],), lambda j: _sum_over(lambda d: a.fn(d) * b.fn(d, j), la[0]))
    if len(la) == 2 and len(lb) == 1:
        if lb[0] != la[1] and lb[0] == la[0]:
            a = a.transpose()
        if lb[0] != a.layers[1]:
            raise ValueError("a matrix and a vector over different layers")
        return Ten((a.layers[0],), lambda i: _sum_over(lambda d: a.fn(i, d) * b.fn(d), lb[0]))
    raise ValueError("a product of two matrices")


def _sum_over(f, layer):
    d = _dummy(layer)
    return unit_sum(f(d), d, layer)



class VectorsMeaning:
    """Methods of explicit.ExplicitMeaning for vectors and matrices."""

    # ---- vectors and matrices
    def ten(self, node, env):
        node0, t = strip_transpose(node)
        kind = node0[0]
        if kind == "sym":
            name, sub = node0[1], node0[3]
            layer = self.layer_of_letter(name)
            if layer is not None and sub is None:
                key = (name, node[2], node[4]) if node[0] == "sym" else None
                target = node if key is not None and key in env else node0
                conf = self.configuration(target, env)
                return Ten((layer,), lambda i, c=conf, lay=layer: Unit(c, i, lay, self.er.spin))
            shape = self.er.shapes.get(name)
            if shape:
                given = self.index_nodes(sub) if sub is not None else []
                if len(given) < len(shape):
                    p = self.params[name]
                    if len(shape) == 1:
                        return Ten(shape, lambda i: p[i])
                    if len(given) == 0:
                        out = Ten(shape, lambda i, j: p[i, j])
                        return out.transpose() if t else out
                    # W_j: the row (or column) j of W, by the layer of the index j
                    g = given[0]
                    if g[0] == "sym" and ("unit", g[1]) in env:
                        lay = env[("unit", g[1])][1]
                    elif g[0] == "sym" and g[1] in self.free_index:
                        lay = 0 if isinstance(self.free_index[g[1]], VisibleIndex) else 1
                    else:
                        lay = shape[0]
                    if lay == shape[0]:
                        k = self.unit_index(g, env, shape[0])
                        return Ten((shape[1],), lambda j: p[k, j])
                    k = self.unit_index(g, env, shape[1])
                    return Ten((shape[0],), lambda i: p[i, k])
        if kind == "mul":
            return self.product_of(node0[1:], env)
        if kind == "add":
            parts = [self.ten(a, env) for a in node0[1:]]
            if not any(isinstance(p, Ten) for p in parts):
                return sympy.Add(*parts)
            if not all(isinstance(p, Ten) and p.layers == parts[0].layers for p in parts):
                self.fail("a sum of a vector and something of another shape")
            return Ten(parts[0].layers, lambda *ix: sympy.Add(*[p.fn(*ix) for p in parts]))
        if kind == "neg":
            a = self.ten(node0[1], env)
            return Ten(a.layers, lambda *ix: -a.fn(*ix)) if isinstance(a, Ten) else -a
        if kind == "pow" and is_transpose(node0[2]) is False and False:
            pass
        return self.tr(node, env)

    def product_of(self, items, env):
        acc = None
        for f in items:
            v = self.ten(f, env)
            acc = v if acc is None else contract(acc, v)
        return acc

    def t_mul(self, n, env):
        if not self._has_vectors(n, env):
            return super().t_mul(n, env)
        try:
            out = self.product_of(n[1:], env)
        except ValueError as e:
            self.fail(str(e))
        if isinstance(out, Ten):
            self.fail("a vector where a number is expected", "a product such as b^T v")
        return out

    def _has_vectors(self, n, env):
        for f in n[1:]:
            g, _ = strip_transpose(f)
            if g[0] == "sym" and g[3] is None and (self.layer_of_letter(g[1]) is not None
                                                   and not self._is_config_use(g, env)
                                                   or self.er.shapes.get(g[1])):
                return True
            if g[0] == "sym" and g[3] is not None and self.er.shapes.get(g[1]) and \
                    len(self.index_nodes(g[3])) < len(self.er.shapes[g[1]]):
                return True
        return False

    def _is_config_use(self, g, env):
        return False

    def t_pow(self, n, env):
        if is_transpose(n[2]):
            base = self.ten(n[1], env)
            if isinstance(base, Ten):
                self.fail("a vector where a number is expected", "a product such as b^T v")
            return base
        return super().t_pow(n, env)
