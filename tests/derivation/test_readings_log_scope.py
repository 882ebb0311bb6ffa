"""The scope of \\log as a reading (derivation/read/general.py log_product, derivation/meaning/readings.py): after
a coefficient, `\\log \\frac{1}{N} \\sum_i ...` is log of the next factor or of the whole product. Both are
judged: braced rows are proved or refuted as usual, an unbraced row the two readings disagree on is
undecided (never invalid), and one wrong under both is refuted."""
import math

import sympy

from derivation.run.checkdoc import check_text
from derivation.read.general import parse_general

AVG = r"\frac{1}{N}\sum_{i=1}^N e^{-E(v_i)}"
SUM = r"\sum_{i=1}^N e^{-E(v_i)}"


def step(row):
    rep = check_text("$$\n" + row + "\n$$\n")
    return [s for r in rep.reports for s in r.steps][0]


def test_the_second_parse_only_after_a_coefficient():
    assert parse_general(r"\log " + AVG, log_product=True) != parse_general(r"\log " + AVG)
    for text in (r"\log(a) b", r"\log a \cdot b", r"\log a + b", r"\beta \log Z"):
        assert parse_general(text, log_product=True) == parse_general(text)


def test_the_braced_identity_is_proved():
    assert step(rf"\log \left({AVG}\right) = \log {SUM} - \log N").verdict == "proved"


def test_the_braced_slip_is_refuted_and_its_counterexample_recomputed():
    s = step(rf"\log \left({AVG}\right) = \log {SUM} + \log N")
    assert s.verdict == "invalid"
    cx = s.counterexample.as_dict()
    w = float(sympy.sympify(cx["tables"]["E(1)"]["e^{-E}"]))   # e^{-E(v)} at the one state every v_i takes
    n = len(cx["data"])
    assert cx["states"] == 1
    assert math.isclose(cx["lhs"], math.log(n * w / n), abs_tol=1e-9)
    assert math.isclose(cx["rhs"], math.log(n * w) + math.log(n), abs_tol=1e-9)
    assert abs(cx["lhs"] - cx["rhs"]) > 1e-6


def test_readings_that_disagree_are_undecided_never_invalid():
    s = step(rf"\log {AVG} = \log {SUM} - \log N")
    assert s.verdict == "undecided" and s.counterexample is None
    assert "whole product" in s.explanation and "parentheses" in s.explanation


def test_a_row_wrong_under_both_readings_is_refuted():
    s = step(rf"\log {AVG} = \log {SUM} + \log N")
    assert s.verdict == "invalid" and "Every reading is refuted" in s.explanation


def test_an_exponent_in_parentheses_is_an_exponent_not_a_data_label():
    # e^{(c + W v)} was read as e with the data-point label (c + W v), its exponent dropped
    assert parse_general(r"1 + e^{(c_i + W_i v)}") == parse_general(r"1 + e^{c_i + W_i v}")
    assert parse_general(r"x^{(i)}")[5] is not None      # x^{(i)} keeps its label
