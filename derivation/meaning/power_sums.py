"""The sum of a power of its own index, sum_{i=1}^{n} i^k, in closed form: a summation index written as a number
in its summand (\\sum_{i=1}^N (i - (N+1)/2)) runs over the integers 1..n (meaning_operators.bound_index), and
sum_{i=1}^{n} i^k = (B_{k+1}(n+1) - B_{k+1}(1))/(k+1), B the Bernoulli polynomials (Faulhaber): an equality for
every integer n >= 0, so a row resting on it is proved for every n, not sampled."""
from __future__ import annotations

import sympy

RULE = "sum of a power of the index (Faulhaber)"
MAX_POWER = 8   # past it the sum stays an atom (the instances still evaluate it)


def power_sum(dep, idx, lo, hi):
    """sum_{idx=lo}^{hi} dep in closed form when dep is idx^k (1 <= k <= MAX_POWER) and lo is 1, else None."""
    if lo != 1:
        return None
    if dep == idx:
        k = 1
    elif isinstance(dep, sympy.Pow) and dep.base == idx and dep.exp.is_Integer and 1 <= int(dep.exp) <= MAX_POWER:
        k = int(dep.exp)
    else:
        return None
    t = sympy.Dummy("t")
    b = sympy.bernoulli(k + 1, t)
    return sympy.expand((b.subs(t, hi + 1) - b.subs(t, 1)) / (k + 1))
