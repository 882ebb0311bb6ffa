"""prove(): proofs say which rules the step needed; failures never become proofs."""
import pytest
from sympy import exp, log

from derivation.judge.prove import SAME, prove
from derivation.meaning.notation import E, L, N, P, Z, d, data_sum, expect, state_sum, x, xi


def test_definition_step_reports_its_definition():
    p = prove(P(x), exp(-E(x)) / Z())
    assert p.proved and p.rules == ("definition of P", "definition of the unnormalised probability e^{-E}")


def test_rules_are_those_the_step_needed():
    p = prove(data_sum(d(log(Z()))) / N, d(log(Z())))
    assert p.proved and p.rules == ("sum of a term free of the index",)
    p = prove(d(log(state_sum(exp(-E(x))))), d(state_sum(exp(-E(x)))) / state_sum(exp(-E(x))))
    assert p.proved and p.rules == ("derivative of log",)


def test_rearrangement_has_its_own_word():
    p = prove((E(x) + Z()) * E(x), E(x) ** 2 + Z() * E(x))
    assert p.proved and p.rules == (SAME,)
    assert prove(E(x), E(x)).rules == ("the two sides are identical",)


def test_eq7_end_to_end():
    p = prove(d(L()), data_sum(d(E(xi))) / N - expect(d(E(x))))
    assert p.proved
    assert {"definition of L", "derivative of log", "definition of the model expectation"} <= set(p.rules)


def test_unequal_sides_are_not_proved_and_keep_normal_forms():
    p = prove(Z(), data_sum(exp(-E(xi))))
    assert not p.proved and p.lhs_normal is not None and p.rhs_normal is not None


def test_rejects_non_expressions():
    with pytest.raises(TypeError, match="lhs"):
        prove("Z", Z())


def test_no_proof_that_divides_by_what_may_be_zero():
    # (dE Z + dE) / dE = Z + 1 only where dE != 0: the normal form would cancel, prove() refuses
    p = prove((d(E(x)) * Z() + d(E(x))) / d(E(x)), Z() + 1)
    assert not p.proved and "can be zero" in p.error
    assert prove((exp(-E(x)) * Z() + exp(-E(x))) / exp(-E(x)), Z() + 1).proved   # e^{-E} > 0


def test_second_derivative_of_log_partition_is_a_variance():
    dE = d(E(x))
    # d2 log Z / dTheta2 = Var_P(dE/dTheta) - E_P[d2E/dTheta2]
    assert prove(d(log(Z()), 2), expect(dE ** 2) - expect(dE) ** 2 - expect(d(E(x), 2))).proved
    # the covariance form of the derivative of an expectation
    assert prove(d(expect(E(x))), expect(dE) - (expect(E(x) * dE) - expect(E(x)) * expect(dE))).proved
