"""Chains: steps are consecutive rows (or a row's own left side), the claim is end to end."""
import pytest
from sympy import exp

from derivation.meaning.chain import Chain, Row, chain
from derivation.meaning.notation import E, L, P, Z, d, x


def test_steps_pair_consecutive_rows_and_definitions():
    c = Chain((Row(exp(-E(x)) / Z(), lhs=P(x), line=1), Row(E(x), lhs=d(L()), line=3),
               Row(E(x) + 0, line=4), Row(2 * E(x), line=5)))
    st = c.steps()
    assert [(s.from_row, s.to_row) for s in st] == [(1, 1), (2, 2), (2, 3), (3, 4)]
    assert [(s.from_line, s.to_line) for s in st] == [(1, 1), (3, 3), (3, 4), (4, 5)]
    claim = c.claim()
    assert (claim.from_row, claim.to_row, claim.lhs, claim.rhs) == (2, 4, d(L()), 2 * E(x))


def test_chain_from_bare_expressions_starts_like_calc():
    c = chain(E(x), 2 * E(x), 3 * E(x))
    assert len(c.steps()) == 2 and c.claim().lhs == E(x)


def test_unreadable_row_needs_a_reason():
    with pytest.raises(ValueError, match="error"):
        Row(None)
    assert not Row(None, error="line 3: unknown macro \\foo").readable


@pytest.mark.parametrize("kwargs, exc", [
    (dict(expr="E"), TypeError), (dict(expr=E(x), line=0), ValueError), (dict(expr=E(x), latex=3), TypeError)])
def test_row_rejects_bad_input(kwargs, exc):
    with pytest.raises(exc):
        Row(**kwargs)


def test_chain_rejects_empty_and_non_rows():
    with pytest.raises(ValueError, match="rows"):
        Chain(())
    with pytest.raises(TypeError, match=r"rows\[0\]"):
        Chain((E(x),))


def test_rendered_shows_left_side():
    assert Row(exp(-E(x)) / Z(), lhs=P(x)).rendered.startswith(r"p_{\Theta}(x) = ")


def test_the_claim_is_the_last_judged_equation_never_across_an_approximation():
    import sympy
    a, b, c = sympy.symbols("a b c")
    rows = (Row(b, lhs=a, line=1), Row(c, line=2), Row(a + c, relation="approx", judged=False, line=3))
    chain = Chain(rows)
    assert [(s.from_row, s.to_row, s.kind, s.judged) for s in chain.links()] == [
        (1, 1, "equality", True), (1, 2, "equality", True), (2, 3, "approx", False)]
    assert len(chain.steps()) == 2
    claim = chain.claim()
    assert (claim.from_row, claim.to_row, claim.lhs, claim.rhs) == (1, 2, a, c)
    more = Chain(rows + (Row(b, line=4),))  # after the approximation, a new equation: a + c = b
    assert (more.claim().lhs, more.claim().rhs) == (a + c, b)
