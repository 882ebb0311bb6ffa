"""Functions of the state that the document names but does not define (A_i(x), H_0(x), f(x), h(x)).

StateFn(name, index, s, params): a real function of the state s, depending on `params` only (f(x) in
E_p[f] is free of theta unless written f_theta). On an instance: a random small table, polynomial in
each of its parameters. `index` is 0, or the component index of A_i.
"""
from __future__ import annotations

from sympy import Symbol, Tuple

from .base import Obj, depends


class StateFn(Obj):
    real = True

    def __new__(cls, name, index, s, params=()):
        name = Symbol(name) if isinstance(name, str) else name
        return Obj.__new__(cls, name, index, s, Tuple(*params))

    def instance_value(self, inst):
        from .space import located
        name, index, s, params = self.args
        s, extra = located(s)
        return inst.table(("f", name.name, index, s), tuple(params) + extra, kind="function")

    def depends_on(self, v):
        return depends(self.args[3], v) or self.args[2].has(v)

    def latex_text(self, printer):
        name, index, s, params = self.args
        head = printer._print(name) if index == 0 else r"%s_{%s}" % (printer._print(name), printer._print(index))
        return r"%s(%s)" % (head, printer._print(s))
