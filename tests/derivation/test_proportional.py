"""`A \\propto B` rows (derivation/judge/proportional.py): valid when A/B is free of the row's states; the classic
slips refuted with the ratio at two states recomputed here; a row whose variable cannot be told undecided."""
import math
from fractions import Fraction

import sympy
from pytest import approx

from derivation.meaning.chain import Row, chain
from derivation.judge.check import check_chain
from derivation.run.checkdoc import check_text
from derivation.meaning.notation import E, P, x
from derivation.judge.proportional import cross, variables

RBM = "$$\nE(v, h) = -a^T v - b^T h - v^T W h\n$$\n\n"


def report(rows: str, model: str = ""):
    reports = check_text(model + "".join(f"$$\n{r}\n$$\n\n" for r in rows.split("\n"))).reports
    return reports


def verdicts(row: str, model: str = "") -> list:
    return [s.verdict for r in report(row, model) for s in r.steps]


def test_the_ebm_density_is_proportional_to_its_boltzmann_factor():
    assert verdicts(r"p(x) \propto e^{-E(x)}") == ["proved"]
    assert verdicts(r"e^{-E(x)} \propto p(x)") == ["proved"]


def test_the_rbm_posterior_and_bayes_are_proved():
    assert verdicts(r"p(h \mid v) \propto e^{b^T h + v^T W h}", RBM) == ["proved"]
    assert verdicts(r"p(h \mid v) \propto p(v \mid h) p(h)", RBM) == ["proved"]
    assert verdicts(r"p(v \mid h) \propto e^{a^T v + v^T W h}", RBM) == ["proved"]
    assert verdicts(r"p(v \mid h) \propto e^{a^T v}", RBM) == ["invalid"]


def test_a_factor_that_depends_on_the_conditioning_state_only_is_allowed():
    # e^{a^T v} depends on v alone: p(h | v) = c(v) e^{b^T h + v^T W h + a^T v}
    assert verdicts(r"p(h \mid v) \propto e^{a^T v + b^T h + v^T W h}", RBM) == ["proved"]
    # but a factor in h is not: the same term on h, e^{b^T h} twice
    assert verdicts(r"p(h \mid v) \propto e^{2 b^T h + v^T W h}", RBM) == ["invalid"]


def test_the_sign_slip_is_refuted_with_the_ratio_at_two_states():
    # the post's objects: e^{-E_k} = w_k (the printed table of E(k)), p(k) = w_k / sum(w)
    rep = check_chain(chain(Row(P(x)), Row(sympy.exp(E(x)), relation="proportional")))
    step, = rep.steps
    assert step.verdict == "invalid" and "not proportional in x" in step.explanation
    c = step.counterexample.as_dict()
    w = [Fraction(c["tables"][f"E({k})"]["e^{-E}"]) for k in range(1, c["states"] + 1)]
    ratio = lambda k: w[k - 1] / sum(w) * w[k - 1]   # p(k) / e^{E_k}
    s1, s2 = c["at"]["x"], c["at"]["x'"]
    assert s1 != s2 and ratio(s1) != ratio(s2)
    assert Fraction(c["lhs_exact"]) == ratio(s1) and Fraction(c["rhs_exact"]) == ratio(s2)


def test_the_sign_slip_in_a_document_is_invalid():
    assert verdicts(r"p(x) \propto e^{E(x)}") == ["invalid"]


def test_the_posterior_missing_its_coupling_and_sign_is_refuted_and_recomputed():
    step, = [s for r in report(r"p(h \mid v) \propto e^{-b^T h}", RBM) for s in r.steps]
    assert step.verdict == "invalid"
    c = step.counterexample.as_dict()
    assert c["rbm"]["visible_units"] == 1 and c["rbm"]["hidden_units"] == 1
    t = {k[:-2]: float(Fraction(v)) for k, v in c["tables"].items() if k.endswith(" =")}
    b, w = t.get("b[1]", 0.0), t.get("W[1, 1]", 0.0)
    at = c["at"]
    v = at[next(k for k in at if k not in ("h", "h'"))] - 1          # binary units: state s is bit s - 1
    post = lambda h: math.exp(b * h + v * w * h) / sum(math.exp(b * g + v * w * g) for g in (0, 1))
    ratio = lambda h: post(h) / math.exp(-b * h)
    h1, h2 = at["h"] - 1, at["h'"] - 1
    assert h1 != h2 and ratio(h1) != approx(ratio(h2))
    assert float(sympy.sympify(c["lhs_exact"])) == approx(ratio(h1))
    assert float(sympy.sympify(c["rhs_exact"])) == approx(ratio(h2))


def test_a_row_whose_variable_cannot_be_told_is_undecided_never_invalid():
    # h free on the right only: is the factor free of x alone, or of h too?
    got = [s for r in report(r"p(v) \propto e^{-E(v, h)}", RBM) for s in r.steps]
    assert [s.verdict for s in got] == ["undecided"] and "cannot be told" in got[0].explanation
    # h bound on the left (it conditions nothing there) and free on the right: undecided too
    got = [s.verdict for r in report(r"\sum_h p(v \mid h) p(h) \propto e^{-E(v, h)}", RBM) for s in r.steps]
    assert got == ["undecided"]
    # no free state at all: nothing the factor must be free of
    assert verdicts(r"Z \propto \sum_x e^{-E(x)}") == ["undecided"]
    # a state on the right only: undecided, never invalid
    rep, = report(r"Z \propto e^{-E(x)}")
    assert [s.verdict for s in rep.steps] == ["undecided"] and "cannot be told" in rep.summary


def test_the_variables_are_the_free_states_less_the_conditioning_ones():
    from derivation.meaning.vocabulary.base import Hidden, State
    from derivation.meaning.vocabulary.model import Posterior
    h, v = Hidden("h"), State("v")
    m = sympy.Symbol("m")
    found, why = variables(Posterior(h, v, m), sympy.exp(h * v))
    assert found == [h] and why is None
    left, right, other = cross(sympy.exp(h), sympy.exp(2 * h), [h])
    assert left != right and other[h].name == "h'"


def test_a_chain_through_propto_claims_a_proportionality():
    rep, = report(r"p(x) = \frac{e^{-E(x)}}{Z} \propto e^{-E(x)}")
    assert [s.verdict for s in rep.steps] == ["proved", "proved"]
    assert rep.claim.verdict == "proved" and rep.claim.step.kind == "proportional"
    assert "proportionality" in rep.summary
    bad, = report(r"p(x) = \frac{e^{-E(x)}}{Z} \propto e^{-2 E(x)}")
    assert [s.verdict for s in bad.steps] == ["proved", "invalid"] and bad.claim.verdict == "invalid"
    assert "not proportional" in bad.summary and "differ" not in bad.summary.split(":")[0]


def test_the_conditioning_state_is_the_chains_first_rows():
    # p(v, h) / p(v) has no conditional, but the equation is about p(h | v): the factor 1/p(v) is allowed
    rep = report(r"p(h \mid v) = \frac{p(v, h)}{p(v)} \propto p(v, h)", RBM)[-1]
    assert [s.verdict for s in rep.steps] == ["proved", "proved"]
    bad = report(r"p(h \mid v) = \frac{p(v, h)}{p(v)} \propto p(v)", RBM)[-1]
    assert [s.verdict for s in bad.steps] == ["proved", "invalid"]


def test_check_proportional_on_two_expressions():
    from derivation.judge.check import check_proportional
    assert check_proportional(P(x), sympy.exp(-E(x))).verdict == "proved"
    assert check_proportional(P(x), 3 * sympy.exp(-E(x))).verdict == "proved"
    assert check_proportional(P(x), sympy.exp(-2 * E(x))).verdict == "invalid"
    assert check_proportional(P(x), sympy.exp(-E(x)) + 1).verdict == "invalid"   # a sum, not a factor


def test_a_side_zero_everywhere_proves_nothing():
    # A ∝ (e^{-E} - e^{-E}): cross-multiplied, 0 = 0 for any A; judged as the equality, refuted
    from derivation.run.checkdoc import check_text
    doc = "$$\np(x) \\propto e^{-E(x)} - e^{-E(x)}\n$$\n"
    got = [s.verdict for r in check_text(doc, timeout=30).reports for s in r.steps]
    assert got == ["invalid"], got


def test_after_a_checker_failure_a_proportionality_is_still_no_equality(monkeypatch):
    # checkdoc's fallback (each step on its own when check_chain fails) judges ∝ as a proportionality:
    # p ∝ e^{-E} is not equal to e^{-E}, and judged as an equality it was refuted (a false reject)
    import derivation.judge.check as ck
    from derivation.run.checkdoc import check_text

    def failing(*args, **kwargs):
        raise RuntimeError("the checker fails on this chain")
    monkeypatch.setattr(ck, "check_chain", failing)
    verdicts = lambda row: [s.verdict for r in check_text(f"$$\n{row}\n$$\n", timeout=30).reports  # noqa: E731
                            for s in r.steps]
    assert verdicts(r"p(x) \propto e^{-E(x)}") == ["proved"]
    assert verdicts(r"p(x) \propto e^{E(x)}") == ["invalid"]
