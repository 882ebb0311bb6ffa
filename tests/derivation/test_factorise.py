"""The factorisation rule (derivation/factorise.py) fires only where it is an equivalence."""
import itertools
import math

import sympy
from sympy import Dummy, IndexedBase, Sum, exp

from derivation.factorise import factorise
from derivation.notation import N
from derivation.vocabulary import M, NH, Unit

h = Dummy("h", integer=True, positive=True)
j = Dummy("j", integer=True, positive=True)
a = IndexedBase("a")


def linear():
    return exp(Sum(a[j] * Unit(h, j, 1, 0), (j, 1, NH)))


def test_fires_on_a_sum_over_hidden_configurations_and_matches_enumeration():
    got = factorise(3 * linear(), h, 1, M)
    assert got is not None
    values = {1: 0.5, 2: -1.0}
    brute = sum(3 * math.exp(sum(values[k + 1] * bits[k] for k in range(2)))
                for bits in itertools.product((0, 1), repeat=2))
    closed = got.subs(NH, 2).doit().subs({a[1]: values[1], a[2]: values[2]})
    assert abs(float(closed) - brute) < 1e-12


def test_does_not_fire_where_it_would_be_wrong():
    assert factorise(linear(), h, 1, N) is None                          # a sum over the data
    assert factorise(Unit(h, 1, 1, 0) * linear(), h, 1, M) is None      # another factor depends on h
    square = exp(Sum(a[j] * Unit(h, j, 1, 0) ** 2 * Unit(h, j, 1, 0), (j, 1, NH)))
    assert factorise(square, h, 1, M) is None                            # not linear in the units
    assert factorise(exp(Sum(a[j] * Unit(h, j, 0, 0), (j, 1, NH))), h, 1, M) is None   # the other layer
    assert factorise(sympy.Integer(1), h, 1, M) is None
