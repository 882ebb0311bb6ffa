"""Diagnoses are computed from the two sides; when none applies, the text says so plainly."""
from sympy import exp, log

from derivation.judge.diagnose import NO_DIAGNOSIS, canonical_sums, describe_rules, diagnose
from derivation.meaning.normal_form import normal_form
from derivation.meaning.notation import E, K, P, Z, d, data_sum, expect, state_sum, x, xi


def why(a, b):
    return diagnose(a, b, normal_form(a), normal_form(b))


def test_data_sum_for_z():
    text = why(log(Z()), log(data_sum(exp(-E(xi)))))
    assert "Z_Θ" in text and "N data points" in text


def test_data_sum_for_the_expectation():
    text = why(data_sum(P(xi) * d(E(xi))), expect(d(E(x))))
    assert "model expectation" in text and "the left side sums" in text


def test_sign_and_factor():
    assert "sign" in why(E(x) + Z(), E(x) - Z())
    from derivation.meaning.notation import N
    assert "1/N" in why(data_sum(E(xi)) / N + Z(), data_sum(E(xi)) + Z())


def test_swaps():
    assert "sum of logs" in why(log(state_sum(exp(-E(x)))), state_sum(-E(x)))
    assert "derivative of an expectation" in why(expect(d(E(x))), d(expect(E(x))))


def test_nothing_specific():
    assert why(Z(), Z() ** 2) == NO_DIAGNOSIS


def test_canonical_sums_rename_bound_indices_only():
    from sympy import Sum, Symbol
    y = Symbol("y", integer=True, positive=True)
    assert canonical_sums(state_sum(E(x))) == canonical_sums(Sum(E(y), (y, 1, K)))
    assert canonical_sums(data_sum(E(xi))) != canonical_sums(state_sum(E(x)))
    assert canonical_sums(E(x)) == E(x)   # a free state symbol is not renamed


def test_rules_in_words():
    assert "state space" in describe_rules(["definition of Z"])
    assert describe_rules([]) == ""
