"""`holds` that earns its name (derivation/judge/points.py, issue 18 part 3): every parameter is evaluated at
many distinct points, so a true row with a polynomial factor that vanishes at a few points is refuted,
with a counterexample THIS test recomputes from what it prints; where the points cannot outnumber the
degree, the step is `undecided`, naming the parameter."""
import math

import pytest
import sympy

from derivation.classroom import check_step
from derivation.judge.points import POINTS, POSITIVE, SMALL, degree, theta_at
from derivation.judge.variation import not_varied as too_few_points
from derivation.meaning.vocabulary.base import Param


def _poly(t):   # zero at 0, 1/2, 1 and -2: every point the instances once gave a parameter
    return t * (t - 1) * (t + 2) * (2 * t - 1)


def _log_z(cx, power=1.0):
    """log Σ_k (e^{-E_k})^power from the printed table entries E(k)."""
    ws = [float(sympy.Rational(v["e^{-E}"])) for k, v in cx["tables"].items() if k.startswith("E(")]
    assert len(ws) == cx["states"]
    return math.log(sum(w ** power for w in ws))


@pytest.mark.parametrize("p", [r"\theta", r"\Theta"])
def test_a_true_row_times_a_polynomial_vanishing_at_a_few_points_is_refuted_and_recomputed(p):
    r = check_step(rf"\log Z_{p}", rf"(1+{p}({p}-1)({p}+2)(2{p}-1))\log\sum_x e^{{-E_{p}(x)}}")
    assert r.verdict == "invalid", r
    cx = r.counterexample
    t = float(sympy.Rational(next(v for k, v in cx["tables"].items() if k.endswith(" ="))))
    assert _poly(t) != 0                                     # refuted away from the factor's roots
    lhs = _log_z(cx)
    assert cx["lhs"] == pytest.approx(lhs, rel=1e-12)
    assert cx["rhs"] == pytest.approx((1 + _poly(t)) * lhs, rel=1e-12)
    assert abs(cx["lhs"] - cx["rhs"]) > 1e-6


def test_a_polynomial_in_the_inverse_temperature_is_refuted_and_recomputed():
    r = check_step(r"\log Z_\beta", r"\log \sum_x e^{-\beta E(x)} + (\beta-1)(\beta-2)(\beta-3)(2\beta-1)")
    assert r.verdict == "invalid", r
    cx = r.counterexample
    b = float(sympy.Rational(cx["tables"]["beta ="]))
    assert b > 0
    lhs = _log_z(cx, power=b)
    assert cx["lhs"] == pytest.approx(lhs, rel=1e-12)
    assert cx["rhs"] == pytest.approx(lhs + (b - 1) * (b - 2) * (b - 3) * (2 * b - 1), rel=1e-12)


def test_the_true_rows_still_hold():
    assert check_step(r"\log Z_\beta", r"\log \sum_x e^{-\beta E(x)}").verdict in ("proved", "holds")
    assert check_step(r"\log Z_\theta", r"\log\sum_x e^{-E_\theta(x)}").verdict in ("proved", "holds")


def test_the_pools_hold_hundreds_of_distinct_points_and_the_instances_visit_them():
    assert len(set(POINTS)) > 150 and all(v > 0 for v in POSITIVE) and len(POSITIVE) > 80
    assert len(set(SMALL)) >= 13 and all(v.is_Integer for v in SMALL)   # an RBM's weights stay integers
    assert len({theta_at(t) for t in range(40)}) >= 30


def test_degree_counts_polynomial_positions_only():
    t = Param("theta")
    assert degree(t ** 3 * sympy.exp(t) + t, t) == 4
    assert degree(sympy.exp(t) + sympy.log(1 + t ** 2), t) == 0   # not a polynomial that vanishes at a few points
    assert degree(sympy.Sum(t * sympy.Symbol("k"), (sympy.Symbol("k"), 1, 3)), t) == 1


def test_too_few_points_is_undecided_naming_the_parameter():
    t = Param("theta")
    row = (t * (t - 1) * (t - 2), sympy.Integer(0))
    why = too_few_points(*row, {t: {sympy.Integer(0), sympy.Integer(1), sympy.Integer(2)}})
    assert why and "theta took only 3 distinct value(s)" in why and "degree up to 3" in why
    assert too_few_points(*row, {t: set(POINTS[:4])}) is None
    assert too_few_points(*row, {}) .startswith("theta took only 0")
