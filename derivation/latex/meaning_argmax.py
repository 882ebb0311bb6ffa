"""Meaning of `\\argmax_\\theta f` and `\\argmin_\\theta g` rows (issue 21, item 5): derivation/vocabulary/maximizers.py.

Two objectives have the same maximizers when they differ by a term free of the variable, or by a strictly
increasing map (log f and f, a positive factor). The checker decides the first exactly: the row means the
objective's derivative by the variable, times and plus atoms no instance gives a value, so a step between
two argmax rows over one parameter is proved when the derivatives agree on every instance, and is otherwise
undecided, never refuted (a log or a positive factor leaves the maximizers where they are, and the instances
fix the parameter at a point, where no maximizer can be computed). `\\argmin_\\theta g` is `\\argmax_\\theta (-g)`.
The variable must be the parameter of the document; over anything else (states, several variables) the row is
unreadable, naming it.
"""
from __future__ import annotations

from ..vocabulary.maximizers import maximizers


class ArgmaxMeaning:
    """Methods of meaning.Meaning for argmax/argmin rows."""

    def t_argmax(self, n, env):
        kind, var, body = n[1], n[2], n[3]
        if var[0] != "sym" or self.param(var, env) is None:
            self.fail(f"\\{kind} over something that is not the parameter", f"\\{kind}_{{\\theta}}")
        objective = body if kind == "argmax" else ("neg", body)
        slope = self.tr(("d", [(var, 1)], objective), env)
        return maximizers(slope, self.param(var, env))
