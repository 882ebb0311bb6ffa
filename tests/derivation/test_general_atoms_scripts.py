"""general_atoms.py: an unbraced script is one character, as in LaTeX. \\sum_XQ(X) sums Q(X) over X; it is
never a sum over a name "XQ" (a capital run is one name only outside a script: NLL_\\theta(x), LL(\\theta)).
Read as a sum over "XQ", both sides of a slip took the same wrong meaning and the slip was proved."""
from derivation.read.general import parse_general

from ._verdicts import verdicts

X = ("sym", "X", "", None, 0, None)


def test_an_unbraced_subscript_takes_one_character():
    assert parse_general(r"\sum_XQ(X)") == ("sum", X, None, ("app", ("sym", "Q", "", None, 0, None), [X], []))


def test_capital_runs_outside_a_script_stay_one_name():
    assert parse_general(r"LL(\theta)")[1][1] == "LL"
    assert parse_general(r"NLL_\theta(x)")[1][1] == "NLL"


def test_the_kl_cross_term_slip_is_never_proved():
    # KL(Q, P) = sum Q log Q - sum P log P: false (the cross term is - sum Q log P)
    got = verdicts(r"\sum_XQ(X)\log\left(\frac{Q(X)}{P(X)}\right) = \sum_XQ(X)\log Q(X)-\sum_XP(X)\log P(X)")
    assert got and "proved" not in got and "holds" not in got


def test_the_kl_written_out_is_proved():
    assert verdicts(r"\sum_XQ(X)\log\left(\frac{Q(X)}{P(X)}\right) = \sum_XQ(X)\log Q(X)-\sum_XQ(X)\log P(X)") \
        == ["proved"]
