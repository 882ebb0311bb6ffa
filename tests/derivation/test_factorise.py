"""The factorisation rule (derivation/meaning/factorise.py) fires only where it is an equivalence."""
import itertools
import math

import sympy
from sympy import Dummy, IndexedBase, Sum, exp

from derivation.meaning.factorise import factorise
from derivation.meaning.notation import N
from derivation.meaning.vocabulary import M, NH, Unit

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


# ---- one unit pinned: sum_h [h_q = c] exp(sum_j a_j h_j), the numerator of p(h_q = c | v) -------------

def _pinned_brute(values, q, c, spin):
    states = (-1, 1) if spin else (0, 1)
    return sum(math.exp(sum(values[k] * bits[k] for k in range(len(values))))
               for bits in itertools.product(states, repeat=len(values)) if bits[q] == c)


def _pinned_closed(got, q_symbol, q, values):
    closed = got.subs(NH, len(values)).subs(q_symbol, q + 1).doit()
    return float(closed.subs({a[k + 1]: values[k] for k in range(len(values))}))


def test_pinned_unit_matches_enumeration_binary_and_spin():
    from derivation.meaning.vocabulary.units import HiddenIndex
    q = HiddenIndex("q")
    values = [0.5, -1.0, 2.0]
    for spin, cs in ((0, (0, 1)), (1, (-1, 1))):
        body = exp(Sum(a[j] * Unit(h, j, 1, spin), (j, 1, NH)))
        for c in cs:
            got = factorise(sympy.KroneckerDelta(Unit(h, q, 1, spin), c) * body, h, 1, M)
            assert got is not None
            for pos in range(3):
                brute = _pinned_brute(values, pos, c, spin)
                assert abs(_pinned_closed(got, q, pos, values) - brute) < 1e-12 * max(1, brute)


def test_pinned_unit_does_not_fire_where_it_would_be_wrong():
    from derivation.meaning.vocabulary.units import HiddenIndex, VisibleIndex
    q = HiddenIndex("q")
    delta = sympy.KroneckerDelta
    assert factorise(delta(Unit(h, q, 1, 0), 2) * linear(), h, 1, M) is None          # not a unit's value
    assert factorise(delta(Unit(h, VisibleIndex("i"), 1, 0), 1) * linear(), h, 1, M) is None   # not a hidden unit index
    assert factorise(delta(Unit(h, 5, 1, 0), 1) * linear(), h, 1, M) is None          # a number: may be out of range
    two = delta(Unit(h, q, 1, 0), 1) * delta(Unit(h, HiddenIndex("r"), 1, 0), 1)
    assert factorise(two * linear(), h, 1, M) is None                                 # two units pinned
