"""p_j = e^{o_j} / sum_i e^{o_i}: a row defining a component of a vector the document calls p (softmax
probabilities) binds p_k for the rows after it (derivation/meaning/model_ties.py defined_letter). Where the
checker cannot take it as the definition, a counterexample drawing p_k apart from it refutes nothing meant:
undecided, never invalid. p_theta = ... and p(x) = ... stay what they were."""
import math

from derivation.meaning.model_ties import defined_letter
from derivation.read.general import parse_general
from derivation.run.checkdoc import check_text

DOC = ("Softmax:\n$$\np_j = \\frac{e^{o_j}}{\\sum_{i} e^{o_i}}\n$$\nThen\n$$\n"
       "- \\frac{1}{p_k} \\left( p_k - \\frac{(e^{o_k})^2}{\\left(\\sum_{i} e^{o_i}\\right)^2}\\right) "
       "= - \\frac{1}{p_k} \\left( p_k - (p_k)^2\\right)\n$$\n")


def test_a_softmax_step_using_the_defined_component_is_not_refuted():
    # right for p_k the softmax: o = (2, 3, 4), k = 2
    o = (2.0, 3.0, 4.0)
    s = sum(math.exp(v) for v in o)
    p = math.exp(o[1]) / s
    assert abs(-(p - math.exp(o[1]) ** 2 / s ** 2) / p - (-(p - p * p) / p)) < 1e-12
    rep = check_text(DOC).reports[-1]
    assert [st.verdict for st in rep.steps] == ["undecided"]      # it was invalid: p_k drawn apart from line 3
    assert "p_. as line 3 defines it" in rep.steps[0].explanation


def test_which_rows_define_a_component():
    def sides(tex):
        a, b = tex.split("=", 1)
        return [parse_general(a), parse_general(b)]
    assert defined_letter(sides(r"p_j = \frac{e^{o_j}}{\sum_i e^{o_i}}"), "equality") == ("p", "", True)
    assert defined_letter(sides(r"p_\theta = \frac{e^{-E}}{Z}"), "equality") is None
    assert defined_letter(sides(r"p(x) = \frac{e^{-E(x)}}{Z}"), "equality") is None


def test_a_defined_letter_brings_its_definitions_letters_into_the_row():
    # L = -log p_k, and p_k = 0.245 is the example's rounded softmax entry (softmax(2,3,4)_2 = 0.2447...):
    # L = -log(0.245) was refuted with p_k drawn apart from line 3 (log of a negative p_k)
    assert round(math.exp(3) / (math.exp(2) + math.exp(3) + math.exp(4)), 3) == 0.245
    doc = ("$$\np_j = \\frac{e^{o_j}}{\\sum_{i} e^{o_i}}\n$$\n\n$$\nL = -\\log(p_k)\n$$\n\n"
           "For this example:\n$$\nL = -\\log(0.245)\n$$\n")
    rep = check_text(doc).reports[-1]
    assert [s.verdict for s in rep.steps] == ["undecided"]
