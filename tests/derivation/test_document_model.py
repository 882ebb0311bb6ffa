"""The document's own model (issue 21.2; derivation/meaning/general_chains.py, model_ties.py): a row
p(x) = e^{-beta g(x)}/Z or exp(theta T(x) - A(theta)) defines the model's energy for the rows after it, and
every counterexample respects it; letters a model row ties to the model, when the checker cannot take
that row as the definition, never make a later row invalid."""
import math

import sympy

from derivation.run.checkdoc import check_text
from derivation.read.general import parse_general
from derivation.meaning.model_ties import model_letters


def steps(text):
    return [s for r in check_text(text).reports for s in r.steps]


BETA_MODEL = "$$\np(x) = \\frac{e^{-\\beta g(x)}}{Z}\n$$\n\n$$\n%s\n$$\n"


def test_beta_model_gradient_is_proved():
    got = steps(BETA_MODEL % r"\frac{\partial \log Z}{\partial \beta} = -\mathbb{E}_{p}[g(x)]")
    assert got[-1].verdict == "proved"


def test_beta_model_sign_slip_refuted_and_recomputed():
    got = steps(BETA_MODEL % r"\frac{\partial \log Z}{\partial \beta} = \mathbb{E}_{p}[g(x)]")[-1]
    assert got.verdict == "invalid"
    cx = got.counterexample.as_dict()
    beta = float(sympy.sympify(cx["theta"])) if "theta" in cx else None
    # recompute from the printed values of g and beta: Z = sum_x e^{-beta g(x)}, d log Z/d beta = -E_p[g]
    g = [float(sympy.sympify(cx["tables"][f"g({k})"]["value"])) for k in range(1, cx["states"] + 1)]
    beta = float(sympy.sympify(cx["tables"]["beta ="])) if "beta =" in cx["tables"] else beta
    w = [math.exp(-beta * gk) for gk in g]
    mean = sum(wk * gk for wk, gk in zip(w, g)) / sum(w)
    assert math.isclose(cx["lhs"], -mean, rel_tol=1e-9, abs_tol=1e-12)
    assert math.isclose(cx["rhs"], mean, rel_tol=1e-9, abs_tol=1e-12)
    assert abs(mean) > 1e-9


def test_family_model_proved_and_slip_refuted():
    doc = "$$\np_\\theta(x) = \\exp(\\theta T(x) - A(\\theta))\n$$\n\n$$\n%s\n$$\n"
    assert steps(doc % r"\frac{\partial A(\theta)}{\partial \theta} = \mathbb{E}_{p_\theta}[T(x)]")[-1].verdict \
        == "proved"
    assert steps(doc % r"\frac{\partial A(\theta)}{\partial \theta} = -\mathbb{E}_{p_\theta}[T(x)]")[-1].verdict \
        == "invalid"


def test_the_letters_a_model_row_ties():
    sides = [parse_general(r"p(x)"), parse_general(r"\frac{1}{Z}\exp\left(-\sum_k \lambda_k f_k(x)\right)")]
    assert model_letters(sides) == {"lambda", "f"}
    sides = [parse_general(r"p_\beta(x)"), parse_general(r"\frac{e^{-\beta E(x)}}{Z_\beta}")]
    assert model_letters(sides) is None            # only the vocabulary's objects: nothing to tie
    assert model_letters([parse_general(r"p(y | x)"), parse_general(r"e^{f(x)}")]) is None   # a conditional


def test_a_row_refuted_only_apart_from_an_unbound_model_is_undecided():
    # the model row is judged as a claim about the model given before it, so it does not bind g: a later
    # row about g is refuted only with g drawn apart from the model, and is undecided, never invalid
    doc = ("$$\n\\log p(x) = -E(x) - \\log Z\n$$\n\n$$\np(x) = \\frac{e^{-g(x)}}{Z}\n$$\n\n"
           "$$\n\\frac{\\partial \\log p(x)}{\\partial \\theta} = -\\frac{\\partial g(x)}{\\partial \\theta}"
           " + \\mathbb{E}_{p}\\left[\\frac{\\partial g(x)}{\\partial \\theta}\\right]\n$$\n")
    got = steps(doc)
    assert got[-1].verdict == "undecided", [(s.verdict, s.explanation[:200]) for s in got]
    assert "model's own" in got[-1].explanation and "declare the model" in got[-1].explanation


RBM = "$$\nE(v, h) = -a^T v - b^T h - v^T W h\n$$\n\n"
FREE = "$$\nF(v) = - \\sum_i v_i a_i - \\sum_j \\log(1 + e^{x_j})\n$$\n\n"
WHERE = "$$\nx_j = b_j + \\sum_i v_i W_{ij}\n$$\n"


def test_a_letter_defined_after_its_use_leaves_the_row_undecided_never_invalid():
    got = steps(RBM + FREE + WHERE)
    free = [s for s in got if s.step.from_line == 6]
    assert free and all(s.verdict != "invalid" for s in free), [(s.verdict, s.explanation[:150]) for s in got]
    assert any("line 10 defines" in s.explanation for s in free)


def test_a_slip_beside_a_letter_defined_later_is_still_refuted_when_wrong_apart_from_it():
    # the sign of the visible term flipped and x_j absent: no letter defined later is involved
    got = steps(RBM + "$$\nF(v) = \\sum_i v_i a_i - \\sum_j \\log(1 + e^{b_j + \\sum_i v_i W_{ij}})\n$$\n" + WHERE)
    assert [s.verdict for s in got if s.step.from_line == 6] == ["invalid"]


def test_letters_no_row_ties_to_the_model_leave_model_rows_undecided_never_invalid():
    from derivation.meaning.model_ties import untied_letters
    # z(theta) the normalizer in prose only: refuted with z drawn apart from the model, never invalid
    for row in (r"p_\theta(x) = \frac{\tilde p_\theta(x)}{z(\theta)}", r"\log Z_\theta = \log z(\theta)"):
        got = steps("$$\n" + row + "\n$$\n")
        assert [s.verdict for s in got] == ["undecided"], [(s.verdict, s.explanation[:150]) for s in got]
        assert "z tied to the model" in got[0].explanation and "declare the model" in got[0].explanation
    # the same row with the vocabulary's Z is judged as usual: proved, and its slip refuted
    assert [s.verdict for s in steps("$$\np_\\theta(x) = \\frac{\\tilde p_\\theta(x)}{Z_\\theta}\n$$\n")] == ["proved"]
    assert [s.verdict for s in steps("$$\np_\\theta(x) = \\tilde p_\\theta(x) Z_\\theta\n$$\n")] == ["invalid"]
    # a state written alone is a state, an index is an index; no model object, nothing to tie
    assert untied_letters([parse_general(r"p(x)"), parse_general(r"\sum_i x_i")], set()) == []
    assert untied_letters([parse_general(r"f(x)"), parse_general(r"c x")], set()) == []
    assert untied_letters([parse_general(r"p(x)"), parse_general(r"c(x)")], set()) == ["c"]
