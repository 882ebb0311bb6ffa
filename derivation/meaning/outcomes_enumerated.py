"""A sum over j = 1..n of p(x_j) f(x_j): the n outcomes of the space enumerated (x_1, ..., x_n), or n data points.

The main reading takes x_j as the j-th data point (x^(j)) and n as the data size N. But a sum weighted by the
model's probability at the same point is how texts write an expectation over the outcomes of a finite space,
H(p) = -sum_j^n p(x_j) log p(x_j); read over data points it was refuted (blind set 9b, docs 26 and 27: the data
need not visit every state once). The other reading sums over the K states; `invalid` needs both refuted."""
from __future__ import annotations

import sympy


def outcomes_enumerated(lhs, rhs):
    """(assumes, lhs, rhs, hint) of the reading with every data sum whose summand holds the model's probability at
    its data point read as a sum over the states (readings.py makes it a Reading); None when there is no such sum."""
    from .vocabulary import NLL, DataDist, ModelProb
    from .vocabulary.base import DataPoint, K, N
    if lhs is None or rhs is None:
        return None
    found = {}

    def weighted(s):
        if not isinstance(s, sympy.Sum) or len(s.limits) != 1:
            return False
        j, lo, hi = s.limits[0]
        point = DataPoint(j)
        return lo == 1 and hi == N and any(isinstance(p, ModelProb) and p.args[0] == point   # a factor: a weight
                                           for p in sympy.Mul.make_args(s.function))

    def over_states(s):
        j = s.limits[0][0]
        x = sympy.Dummy("x", integer=True, positive=True)
        found[s] = True
        return sympy.Sum(s.function.xreplace({DataPoint(j): x}), (x, 1, K))

    try:
        a = sympy.sympify(lhs).replace(weighted, over_states)
        b = sympy.sympify(rhs).replace(weighted, over_states)
    except (TypeError, AttributeError):
        return None
    if not found or any(e.has(DataPoint, NLL, DataDist) for e in (a, b)):
        return None   # a data point, the loss or a data average elsewhere: the row is about the data, read as written
    return ("with x_1, ..., x_n the n outcomes of the space enumerated (the main reading takes them as n data points)",
            a, b, "write the sum over the states, \\sum_x p(x) f(x), or over the data without p(x_j)")
