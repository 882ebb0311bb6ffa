"""No false `proved` or `holds`: rows with a known truth value, each with its neighbours.

False rows must be `invalid` (a confirmed counterexample) or, where the checker cannot reach one,
`undecided`; true rows must never be `invalid`. Verdicts come from the checker, the truth values
from arithmetic done here by hand (comments say why each row is true or false).
"""
import pytest

from derivation.classroom import check_step
from derivation.run.checkdoc import check_text

DE = r"\frac{\partial E(x)}{\partial \Theta}"
POLY6 = "".join(f"(N-{k})" for k in range(1, 7))            # zero for N = 1..6 only
POLY8 = "".join(f"(N-{k})" for k in range(1, 9))            # zero for N = 1..8 only
KPOLY6 = "".join(rf"(\sum_x 1-{k})" for k in range(1, 7))    # sum_x 1 = K: zero for K = 1..6 only
POLY65 = "".join(f"(N-{k})" for k in range(1, 66))          # zero for N = 1..65: past every instance

FALSE = {  # name: (before, after, verdicts allowed)
    "two free data points": (r"E(x_j)", r"E(x_k)", {"invalid"}),
    "free i and free j": (r"E(x_i)", r"E(x_j)", {"invalid"}),
    "free points in a sum and outside": (r"E(x_j) + \sum_i E(x_i)", r"\sum_i E(x_i) + E(x_k)", {"invalid"}),
    "1/0 = 2/0": (r"\frac{1}{0}", r"\frac{2}{0}", {"undecided"}),
    "1/0 = 1/0": (r"\frac{1}{0}", r"\frac{1}{0}", {"undecided"}),
    "0/0 = 1": (r"\frac{0}{0}", "1", {"invalid"}),
    "1/(1-1) = 5": (r"\frac{1}{1-1}", "5", {"invalid"}),
    # the vocabulary's exact values cancel dE/dE before the point is put in (the floats see 0/0 there): these
    # are `undecided` (a side may leave its domain), never proved; the post's own objects refuted them
    "dE/dE = 1 (dE can be 0)": (r"\frac{" + DE + "}{" + DE + "}", "1", {"invalid", "undecided"}),
    "dE * 1/dE = 1": (DE + r"\frac{1}{" + DE + "}", "1", {"invalid", "undecided"}),
    "1/E - 1/E = 0 (E can be 0)": (r"\frac{1}{E(x)} - \frac{1}{E(x)}", "0", {"invalid", "undecided"}),
    "e^1000 = 2 e^1000": (r"e^{1000}", r"2e^{1000}", {"invalid"}),
    "e^1000 + 1 = e^1000": (r"e^{1000} + 1", r"e^{1000}", {"invalid"}),
    "log(e^1000 + 1) = 1000": (r"\log(e^{1000}+1)", "1000", {"invalid"}),
    "1 + 10^-20 = 1": (r"1 + \frac{1}{10^{20}}", "1", {"invalid"}),
    "log(a^2) = 2 log a, a = dE": (r"\log(" + DE + "^2)", r"2\log " + DE, {"invalid"}),
    "log 0 = 5": (r"\log 0", "5", {"invalid"}),
    "log 0 = log 0": (r"\log 0", r"\log 0", {"undecided"}),
    "log(-Z) = log(-Z)": (r"\log(-Z)", r"\log(-Z)", {"undecided"}),
    "Z^(1/2) = Z": (r"Z^{\frac{1}{2}}", "Z", {"invalid"}),
    "polynomial in N, zero for N <= 6": (POLY6, "0", {"invalid"}),
    "polynomial in N, zero for N <= 8": (POLY8, "0", {"invalid"}),
    "polynomial in K, zero for K <= 6": (KPOLY6, "0", {"invalid"}),
    "polynomial in N, zero for N <= 65": (POLY65, "0", {"undecided"}),
    "a gap of 10^-20 only for K > 1": (r"Z + \frac{1}{10^{20}}(\sum_x 1 - 1)", "Z", {"invalid"}),
    "a gap of 10^-20 only for N > 1": (r"Z + \frac{N-1}{10^{20}}", "Z", {"invalid"}),
    "third derivative of E = 0 (instances are quadratic)": (r"\frac{\partial^{3} E(x)}{\partial\Theta^{3}}", "0",
                                                            {"undecided", "invalid"}),
    "a polynomial in dE zero at -3..3": (DE + "".join(f"({DE}-{k})({DE}+{k})" for k in (1, 2, 3)), "0",
                                         {"undecided"}),
    "sqrt(E^2) = -E (true only where E <= 0)": (r"(E(x)^2)^{\frac{1}{2}}", "-E(x)", {"invalid"}),
}


@pytest.mark.parametrize("name", FALSE)
def test_false_rows_are_never_proved_or_holding(name):
    before, after, allowed = FALSE[name]
    v = check_step(before, after)
    assert v.verdict in allowed, (name, v.verdict, v.explanation)


TRUE = {  # name: (before, after, verdicts allowed)
    "one free data point, twice": (r"E(x_j)", r"E(x_j)", {"proved"}),
    "sums over j and over k": (r"\sum_j E(x_j)", r"\sum_k E(x_k)", {"proved"}),
    "P at a free data point": (r"P(x_j)", r"\frac{e^{-E(x_j)}}{Z}", {"proved"}),
    "free points commute": (r"E(x_j) + E(x_k)", r"E(x_k) + E(x_j)", {"proved"}),
    "e^1000 = e^1000": (r"e^{1000}", r"e^{1000}", {"proved"}),
    "(Z^(1/2))^2 = Z": (r"(Z^{\frac{1}{2}})^2", "Z", {"proved"}),
    "log Z^(1/2) = log Z / 2": (r"\log (Z^{\frac{1}{2}})", r"\frac{1}{2}\log Z", {"proved"}),
    "log(a^2) = log(a^2), a = dE": (r"\log(" + DE + "^2)", r"\log(" + DE + "^2)", {"holds"}),
    "(N+1)^2 expanded": (r"(N+1)^2", r"N^2 + 2N + 1", {"proved"}),
    "Z/Z = 1 (Z > 0)": (r"\frac{Z}{Z}", "1", {"proved"}),
    "log of a polynomial in Z": (r"\log(Z^2 + 2Z + 1)", r"2\log(Z + 1)", {"holds"}),
    "log(-E) = log(-E): defined where E < 0": (r"\log(-E(x))", r"\log(-E(x))", {"holds"}),
}


@pytest.mark.parametrize("name", TRUE)
def test_true_rows_are_never_invalid(name):
    before, after, allowed = TRUE[name]
    v = check_step(before, after)
    assert v.verdict in allowed, (name, v.verdict, v.explanation)


def test_an_undefined_side_is_shown_as_undefined_in_the_counterexample():
    v = check_step(r"\log 0", "5")
    c = v.counterexample
    assert c["lhs"] is None and c["lhs_exact"].startswith("undefined") and c["rhs"] == 5
    assert "undefined" in str(v)


def test_holds_says_how_many_instances_and_undecided_names_the_limit():
    v = check_step(r"\log(" + DE + "^2)", r"\log(" + DE + "^2)")
    assert v.verdict == "holds" and "neither side has a value" in v.explanation
    u = check_step(r"\frac{1}{0}", r"\frac{2}{0}")
    assert u.verdict == "undecided" and "holds` needs" in u.explanation


def verdicts(row):
    rep = check_text("$$\n" + row + "\n$$\n")
    return [s.verdict for r in rep.reports for s in r.steps], rep.doc.notes


def test_missing_row_break_only_between_two_definitions():
    steps, notes = verdicts(r"\sum_x P(x) = 1 Z = Z")   # a chain: sum P = Z is false (sum P = 1)
    assert "invalid" in steps and not notes
    steps, notes = verdicts(r"e^{-E(x)} = Z P(x) = P(x) Z")  # a true chain, not two equations
    assert steps == ["proved", "proved"] and not notes
    steps, notes = verdicts(r"P(x) = \frac{e^{-E(x)}}{Z} Z = \sum_x e^{-E(x)}")   # the post's slip
    assert steps == ["proved", "proved"] and len(notes) == 1


def test_the_post_keeps_its_verdicts():
    from derivation.run.checkdoc import check_path
    rep = check_path(None).main
    bad = [(s.step.from_line, s.step.to_line) for s in rep.steps if s.verdict == "invalid"]
    assert [s.verdict for s in rep.steps].count("proved") == 9
    assert bad == [(23, 24), (26, 27), (28, 29)] and rep.claim.verdict == "proved"


def test_some_instances_have_positive_energies():
    import numpy as np
    from derivation.judge.instances import Instance, random_instances
    insts = list(random_instances(np.random.default_rng(0), 40))
    assert any(e > 0 for inst in insts for e in inst.energy) and any(e < 0 for inst in insts for e in inst.energy)
    assert Instance(1, (1,), (1,), (0,), (0,), scale=3).energy[0] > 0
    with pytest.raises(ValueError, match="scale"):
        Instance(1, (1,), (1,), (0,), (0,), scale=0)


def test_a_polynomial_in_theta_zero_at_every_instance_point_is_not_holding():
    from sympy import Integer, Rational
    from derivation.judge.check import check_step as check_expr
    from derivation.meaning.notation import Theta
    from derivation.judge.points import THETAS, theta_at
    vanishing = Integer(1)
    for t in THETAS:            # zero at the four points the instances once visited: refuted elsewhere now
        vanishing *= Theta - t
    assert check_expr(vanishing, Integer(0)).verdict == "invalid"
    everywhere = Integer(1)
    for t in range(12):         # zero at every point 12 instances visit: more roots than points, undecided
        everywhere *= Theta - theta_at(t)
    rep = check_expr(everywhere, Integer(0), instances=12)
    assert rep.verdict == "undecided" and "Theta took only" in rep.explanation
    assert check_expr(vanishing * 0 + (Theta + 1) ** 2, Theta ** 2 + 2 * Theta + 1).verdict == "proved"
    assert check_expr(Theta * (Theta - Rational(1, 2)), Integer(0)).verdict == "invalid"


def test_the_derivative_of_what_has_no_value_has_none():
    # SymPy says d/dΘ log 0 = d/dΘ zoo = 0; the exact evaluator must not
    from sympy import Integer, log
    from derivation.judge.check import check_step as check_expr
    from derivation.meaning.notation import P, d, state_sum, x
    from sympy import Derivative
    from derivation.meaning.notation import Theta
    # log 0 inside: undefined on every instance (taylor.py's and evaluation.py's one-parameter notation; with the
    # vocabulary's Theta, SymPy's 0 is taken and the step stays undecided, never proved)
    nowhere = Derivative(log(Derivative(Integer(1), Theta)), Theta)
    assert check_expr(d(log(d(Integer(1)))), Integer(0)).verdict == "undecided"
    assert check_expr(nowhere, Integer(0)).verdict == "invalid"
    assert check_expr(d(log(d(state_sum(P(x))))), nowhere, instances=12).verdict == "undecided"


def test_two_free_points_are_explained():
    v = check_step(r"E(x_j)", r"E(x_k)")
    assert "different data points" in v.explanation and "j = " in str(v) and "k = " in str(v)


def test_a_proof_out_of_time_still_bounds_the_degrees():
    # when the normal forms are not there to read, a bound read off the rows keeps `holds` honest
    from sympy import Integer
    from derivation.judge.coverage import bounded_gaps, degree_bound
    from derivation.meaning.chains import chains_of
    from derivation.read.reader import read_text
    from derivation.meaning.notation import N

    def read(text):   # one expression, read as every document is
        (chain, _), = chains_of(read_text(f"$$\n{text}\n$$\n", "<row>"))
        return chain.rows[0].expr
    poly = read(POLY65)
    assert degree_bound(poly, N) >= 65 and bounded_gaps(poly, Integer(0)).reach[1] >= 66
    dlogz = read(r"\frac{\partial \log Z_\Theta}{\partial\Theta}")
    theta, = dlogz.free_symbols   # the vocabulary's Z_Theta carries Theta in its model: a bound of 1, never 0
    assert bounded_gaps(dlogz, Integer(0)).reach is None and degree_bound(dlogz, theta) <= 1
    v = check_step(POLY65, "0", timeout=0.05)      # the proof cannot finish: never `holds`
    assert v.verdict in ("undecided", "invalid")
