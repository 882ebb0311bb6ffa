"""The normal form: valid rewritings meet, and pairs that are NOT equal never do (soundness).

Soundness is also checked as a property: whenever two random expressions get the same normal form,
they must take the same value on finite instances (evaluated exactly, outside the normal form).
"""
import pytest
from hypothesis import given, settings, strategies as st
from sympy import Integer, exp, log

from derivation.judge.instances import Instance, evaluate
from derivation.meaning.normal_form import Normalizer, is_positive, is_real, normal_form, same_value
from derivation.meaning.notation import E, K, N, P, Z, d, data_sum, expect, i, state_sum, x, xi


def equal(a, b):
    return same_value(normal_form(a), normal_form(b))


NOT_EQUAL = [  # each pair differs on some finite instance
    (state_sum(exp(-E(x))), data_sum(exp(-E(xi)))),                    # Z over the states vs over the data
    (log(state_sum(exp(-E(x)))), state_sum(-E(x))),                     # log of a sum vs sum of logs
    (d(expect(E(x))), expect(d(E(x)))),                                 # derivative vs expectation swapped
    (E(x), -E(x)),
    (log(E(xi) * E(xi)), 2 * log(E(xi))),                               # E may be negative: no log rule
    (log(-exp(E(xi))), E(xi)),                                          # log of a negative number
    (data_sum(E(xi)), E(xi)),
    (data_sum(E(xi)) / N, data_sum(E(xi))),                             # a dropped 1/N
    (state_sum(E(x)), data_sum(E(xi)) * K / N),
    (d(log(Z())), d(Z())),
    (data_sum(P(xi) * d(E(xi))), expect(d(E(x)))),                      # the post's last step
    (state_sum(state_sum(E(x))), state_sum(E(x))),                      # K sum_x E(x) vs sum_x E(x)
    (d(E(x), 2), d(E(x)) ** 2),
    (exp(E(x)) * exp(E(x)), 1),
]


@pytest.mark.parametrize("a, b", NOT_EQUAL)
def test_unequal_pairs_are_never_proved(a, b):
    assert not equal(a, b)


EQUAL = [
    (log(P(xi)), -E(xi) - log(Z())),
    (d(log(Z())), -expect(d(E(x)))),
    (exp(E(x)) * exp(-E(x)), 1),
    (data_sum(2 * E(xi) + 3), 2 * data_sum(E(xi)) + 3 * N),
    (state_sum(E(x) / Z()), state_sum(E(x)) / Z()),
    (state_sum(P(x)), 1),                                               # P sums to one over the states
    (d(state_sum(exp(-E(x)))), -state_sum(exp(-E(x)) * d(E(x)))),
    (state_sum(state_sum(E(x))), K * state_sum(E(x))),
    (d(d(E(xi))), d(E(xi), 2)),
    (log(Z() ** 3), 3 * log(Z())),
    (d(1 / Z()), -d(Z()) / Z() ** 2),
]


@pytest.mark.parametrize("a, b", EQUAL)
def test_valid_rewritings_meet(a, b):
    assert equal(a, b)


def test_positivity_is_only_claimed_where_it_holds():
    assert is_positive(exp(-E(x))) and is_positive(state_sum(exp(-E(x)))) and is_positive(N)
    assert not is_positive(E(x)) and not is_positive(state_sum(E(x))) and not is_positive(-exp(E(x)))
    assert is_real(E(xi)) and is_real(d(E(x))) and not is_real(log(E(x)))


def test_rules_are_recorded():
    n = Normalizer()
    n.norm(d(log(P(xi))))
    assert {"definition of P", "log of a quotient", "log of exp", "derivative of log"} <= set(n.rules)


# ---- soundness as a property: equal normal forms => equal values on instances -------------
BLOCKS = [E(xi), d(E(xi)), exp(-E(xi)), log(Z()), Z(), P(xi), d(log(Z())), expect(d(E(x))), expect(E(x)),
          state_sum(exp(-E(x))), data_sum(exp(-E(xi))), data_sum(d(E(xi))) / N, Integer(2), N, K]
INSTANCES = [Instance(2, (1, 1), (1, 3), (2, -1), (1, 0)), Instance(3, (3, 1), (2, 1, 4), (0, 1, -2), (0, -1, 2))]
leaf = st.sampled_from(BLOCKS)
expr = st.recursive(leaf, lambda c: st.one_of(
    st.tuples(c, c).map(lambda t: t[0] + t[1]), st.tuples(c, c).map(lambda t: t[0] * t[1]),
    c.map(lambda e: -e), c.map(d), c.map(lambda e: exp(-e)), c.map(lambda e: data_sum(e))), max_leaves=4)


@settings(max_examples=40, deadline=None)
@given(expr, expr)
def test_same_normal_form_means_same_value(a, b):
    if not equal(a, b):
        return
    for inst in INSTANCES:
        try:
            va, vb = evaluate(a, inst), evaluate(b, inst)
        except ValueError:  # a free data index outside any sum has no value: nothing to compare
            return
        # exact SymPy values; 1e-9 relative leaves room only for float rounding of logs
        assert abs(float(va - vb)) <= 1e-9 * max(1.0, abs(float(va)))


@settings(max_examples=40, deadline=None)
@given(expr)
def test_normal_form_keeps_the_value(a):
    """Every rewrite is an equivalence: the normal form evaluates like the expression itself."""
    nf = normal_form(a)
    for inst in INSTANCES:
        # a data index left free (outside any sum) is read as the first data point
        va, vb = evaluate(a.subs(i, 1), inst), evaluate(nf.subs(i, 1), inst)
        # exact SymPy values; 1e-9 relative leaves room only for float rounding of logs
        assert abs(float(va - vb)) <= 1e-9 * max(1.0, abs(float(va)))


def test_renaming_never_captures_an_enclosing_index():
    from sympy import Sum
    from derivation.meaning.normal_form import canonical_index, fresh_index
    s0, s1 = canonical_index(0), canonical_index(1)
    inner = E(x) * Sum(E(s0) * E(s1), (s0, 1, K))          # s1 is free here: an enclosing sum's index
    assert fresh_index(inner, x) not in (s0, s1)
    assert fresh_index(E(s0), s0) == s0                     # its own index is no obstacle
    outer = Sum(Sum(E(x) * E(s1), (x, 1, K)), (s1, 1, K))   # sum_{s1} sum_x E(x) E(s1) = (sum_x E(x))^2
    assert equal(outer, state_sum(E(x)) ** 2)
