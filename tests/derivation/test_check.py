"""The checker on deliberately broken rows (each caught at its row) and on valid rewritings
(never called invalid). Rows come from the corrected derivation with one row replaced."""
from dataclasses import replace

import pytest
from sympy import Integer, exp, log

from derivation.meaning.chain import Chain, Row
from derivation.judge.check import check_chain, check_step
from derivation.meaning.eq7 import POSITIVE, corrected_chain
from derivation.meaning.notation import E, N, P, Z, d, data_average, data_sum, expect, state_sum, x, xi

BASE = corrected_chain()
Z_STATES = state_sum(exp(-E(x)))


def with_row(k, expr=None, lhs=None):
    """The corrected chain with row k (1-based) replaced."""
    rows = list(BASE.rows)
    rows[k - 1] = replace(rows[k - 1], expr=rows[k - 1].expr if expr is None else expr,
                          lhs=rows[k - 1].lhs if lhs is None else lhs, justification=None)
    return Chain(tuple(rows), source="broken", title="broken")


BROKEN = {  # name: (row, replacement, a word the diagnosis must use)
    "sign flipped": (6, POSITIVE - d(log(Z())), "sign"),
    "1/N dropped": (5, data_sum(d(E(xi))) + data_sum(d(log(Z()))) / N, "1/N"),
    "log of a sum as a sum of logs": (7, POSITIVE + d(state_sum(log(exp(-E(x))))), "sum of logs"),
    "derivative and expectation swapped": (12, POSITIVE - d(expect(E(x))), "derivative of an expectation"),
    "Z summed over the data (in a row)": (7, POSITIVE + d(log(data_sum(exp(-E(xi))))), "data points"),
}


@pytest.mark.parametrize("name", BROKEN)
def test_broken_row_is_caught_at_its_row(name):
    k, expr, word = BROKEN[name]
    report = check_chain(with_row(k, expr))
    bad = [s for s in report.steps if s.verdict == "invalid"]
    assert bad and bad[0].step.to_row == k, name
    assert all(s.verdict == "proved" for s in report.steps if s.step.to_row < k)
    assert word in bad[0].explanation, bad[0].explanation


def test_z_defined_over_the_data_is_caught_at_the_definition():
    report = check_chain(with_row(2, data_sum(exp(-E(xi)))))
    assert report.steps[1].verdict == "invalid" and report.steps[1].step.to_row == 2
    assert "Z_Θ" in report.steps[1].explanation and "data points" in report.steps[1].explanation
    assert all(s.verdict == "proved" for s in report.steps if s.step.number != 2)


VALID = {  # row: a different but valid way to write it
    "terms reordered": (12, -expect(d(E(x))) + POSITIVE),
    "data average notation": (12, data_average(d(E(xi))) - expect(d(E(x)))),
    "fraction split": (9, POSITIVE - state_sum(exp(-E(x)) * d(E(x))) * (1 / Z_STATES)),
    "log of 1/Z": (6, POSITIVE - d(log(1 / Z()))),
    "derivative of Z over Z": (6, POSITIVE + d(Z()) / Z()),
    "2/(2N) for 1/N": (5, Integer(2) * data_sum(d(E(xi))) / (2 * N) + data_sum(d(log(Z()))) / N),
    "probability as a ratio inside the expectation": (11, POSITIVE - state_sum(exp(-E(x)) / Z() * d(E(x)))),
    "Z/Z inserted": (6, POSITIVE + d(log(Z())) * Z() / Z()),
}


@pytest.mark.parametrize("name", VALID)
def test_valid_rewritings_are_never_invalid(name):
    k, expr = VALID[name]
    report = check_chain(with_row(k, expr))
    assert all(s.verdict != "invalid" for s in report.steps), name
    assert all(s.verdict == "proved" for s in report.steps), name   # the normal form proves them all


def test_holds_when_no_proof_and_no_counterexample():
    # true, but outside the normal form (the log of a polynomial is an opaque atom); instances agree
    rep = check_step(log(Z() ** 2 + 2 * Z() + 1), 2 * log(Z() + 1), instances=5)
    assert rep.verdict == "holds" and rep.tried == 5 and "5 random finite instances" in rep.explanation


def test_unreadable_rows_are_reported_not_guessed():
    rows = list(BASE.rows)
    rows[5] = Row(None, latex=r"&= \foo", line=99, error="column 4: unknown macro \\foo")
    report = check_chain(Chain(tuple(rows)))
    verdicts = {s.step.to_row: s.verdict for s in report.steps}
    assert verdicts[6] == "unreadable" and verdicts[7] == "unreadable"
    assert "unknown macro" in report.steps[5].explanation
    assert verdicts[8] == "proved"


@pytest.mark.parametrize("args, exc", [((1, Z()), TypeError), ((Z(), "Z"), TypeError)])
def test_check_step_rejects_non_expressions(args, exc):
    with pytest.raises(exc):
        check_step(*args)


def test_check_step_rejects_bad_instance_count():
    with pytest.raises(ValueError, match="instances"):
        check_step(Z(), Z(), instances=0)


def test_check_chain_rejects_non_chain():
    with pytest.raises(TypeError, match="chain"):
        check_chain([Row(Z())])


def test_probability_sums_to_one_is_proved():
    assert check_step(state_sum(P(x)), Integer(1)).verdict == "proved"


# ---- robustness: any expression in the notation gets a verdict, never an exception --------
from hypothesis import given, settings, strategies as st  # noqa: E402

from derivation.judge.check import VERDICTS  # noqa: E402

_leaf = st.sampled_from([E(x), E(xi), d(E(x)), Z(), P(x), P(xi), N, Integer(-1), Integer(2), expect(E(x))])
_expr = st.recursive(_leaf, lambda c: st.one_of(
    st.tuples(c, c).map(lambda t: t[0] + t[1]), st.tuples(c, c).map(lambda t: t[0] * t[1]),
    st.tuples(c, c).map(lambda t: t[0] / t[1]), c.map(log), c.map(exp), c.map(d), c.map(data_sum),
    c.map(state_sum)), max_leaves=4)


@settings(max_examples=25, deadline=None)
@given(_expr, _expr)
def test_any_pair_gets_a_verdict(a, b):
    rep = check_step(a, b, instances=3)   # few instances: this tests robustness, not search power
    assert rep.verdict in VERDICTS and rep.verdict != "unreadable"
    # a side that may have no value (1/u, log u for u not known positive) is never proved equal to
    # itself: where it is undefined the row says nothing; the instances judge it
    from derivation.meaning.domains import domain_risks
    same = check_step(a, a, instances=3).verdict
    assert same == "proved" if not domain_risks(a) else same in ("holds", "undecided"), (a, same)


def test_second_order_counterexample_prints_second_derivatives():
    dE = d(E(x))
    rep = check_step(d(log(Z()), 2), expect(dE) ** 2 - expect(dE ** 2) + expect(d(E(x), 2)))  # signs flipped
    tables = rep.counterexample.as_dict()["tables"]
    assert rep.verdict == "invalid" and any("d2/dTheta2" in t for t in tables.values() if isinstance(t, dict))


def test_false_claim_is_reported_as_such():
    rows = list(BASE.rows)
    rows[-1] = replace(rows[-1], expr=POSITIVE + expect(d(E(x))), justification=None)   # sign of the negative phase
    report = check_chain(Chain(tuple(rows)))
    assert report.claim.verdict == "invalid" and report.summary.startswith("The claim itself is false")
    assert "sign" in report.summary


def test_degenerate_chains():
    from derivation.meaning.chain import chain
    one = check_chain(chain(E(x)))                       # a lone expression: nothing to check but itself
    assert one.steps == () and one.claim.verdict == "proved"
    defs = check_chain(Chain((Row(exp(-E(x)) / Z(), lhs=P(x)),)))   # only a definition: it is the claim
    assert [s.verdict for s in defs.steps] == ["proved"] and defs.claim.verdict == "proved"
