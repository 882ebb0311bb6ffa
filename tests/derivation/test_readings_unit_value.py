"""p(h_i | v) in RBM notes (derivation/meaning/parse_readings.py, unit_value): the conditional at the value h_i takes,
or P(h_i = 1 | v). Right one way and refuted the other: undecided; refuted both ways: invalid (its counterexample
recomputed here); a row where h_i is a value taken (summed over, or h on the other side) has one reading."""
import math
from fractions import Fraction

from pytest import approx

from derivation.run.checkdoc import check_text
from derivation.read.general import parse_row
from derivation.meaning.parse_readings import unit_value

RBM = "$$\nE(v,h) = - b'v - c'h - h'Wv\n$$\n\n"


def steps(row):
    return [s for r in check_text(RBM + "$$\n" + row + "\n$$\n").reports for s in r.steps]


def sides(row):
    return [a for _, a in parse_row(row)]


def test_the_second_reading_is_offered_only_where_the_unit_is_nowhere_else():
    row = sides(r"p(h_i|v) = \sigma(c_i + W_i v)")
    assert unit_value(row[0], row) is not None
    for text in (r"\sum_{h_i} p(h_i|v) = 1", r"p(h|v) = \prod_i p(h_i|v)", r"p(h_i = 1|v) = \sigma(c_i)",
                 r"p(x_i|\theta) = q(x_i)"):
        row = sides(text)
        assert all(unit_value(a, row) is None for a in row), text


def test_a_row_right_one_way_and_refuted_the_other_is_undecided_never_invalid():
    got = [s.verdict for s in steps(r"p(h_i|v) = \sigma(c_i + W_i v)")]
    assert got == ["undecided"]


def test_a_slip_refuted_both_ways_is_invalid_and_its_counterexample_holds():
    step, = steps(r"p(h_i|v) = \sigma(c_i - W_i v)")
    assert step.verdict == "invalid"
    c = step.counterexample.as_dict()
    bias, weight = (float(Fraction(c["tables"][k])) for k in ("c[1] =", "W[1, 1] ="))
    sig = lambda u: 1 / (1 + math.exp(-u))
    assert c["rbm"]["hidden_units"] == 1 and c["at"] == {"h": 1, "i": 1, "x": 1}   # h = 0, v = 0
    # recomputed: p(h = 0 | v = 0) = 1 - sigma(c); the slip's side sigma(c - W 0) = sigma(c)
    assert float(c["lhs"]) == approx(1 - sig(bias)) and float(c["rhs"]) == approx(sig(bias))
    # the other reading, P(h = 1 | v) = sigma(c + W v), differs from sigma(c - W v) at v = 1
    assert weight != 0 and abs(sig(bias + weight) - sig(bias - weight)) > 1e-9


def test_the_sum_over_the_unit_keeps_one_reading_and_is_proved():
    assert [s.verdict for s in steps(r"\sum_{h_i} p(h_i|v) = 1")] == ["proved"]
