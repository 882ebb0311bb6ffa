"""The empirical distribution at one of the data's own points is positive (vocabulary/signs.py): it counts that
point at least once. So log p_data(x^(i)) has a value on every instance, and a step that writes it is proved
symbolically; at a state that may lie outside the data the count may be zero, and nothing changes there."""
import sympy

from derivation.meaning.vocabulary.base import N, DataPoint
from derivation.meaning.vocabulary.signs import is_positive
from derivation.run.checkdoc import check_text


def test_the_count_of_a_data_point_in_the_data_is_positive():
    i, k = sympy.Dummy("i", integer=True, positive=True), sympy.Symbol("k", integer=True, positive=True)
    assert is_positive(sympy.Sum(sympy.KroneckerDelta(DataPoint(i), DataPoint(k)), (i, 1, N)))


def test_the_count_of_an_arbitrary_state_is_not():
    i, s = sympy.Dummy("i", integer=True, positive=True), sympy.Symbol("s")
    assert not is_positive(sympy.Sum(sympy.KroneckerDelta(DataPoint(i), s), (i, 1, N)))
    # over part of the data, the point itself may be left out
    k = sympy.Symbol("k", integer=True, positive=True)
    assert not is_positive(sympy.Sum(sympy.KroneckerDelta(DataPoint(i), DataPoint(k)), (i, 2, N)))


ROW = ("$$\n\\argmax_{\\theta} \\mathbb{E}_{x \\sim p_{\\text{data}}}[\\log p_\\theta(x)] "
       "= \\argmax_{\\theta} {sign}\\mathrm{KL}(p_{\\text{data}} \\| p_\\theta)\n$$\n")


def _verdicts(text):
    return [s.verdict for r in check_text(text).reports for s in r.steps]


def test_maximum_likelihood_is_minimum_kl():
    assert _verdicts(ROW.replace("{sign}", "-")) == ["proved"]


def test_maximum_likelihood_is_not_maximum_kl():
    assert _verdicts(ROW.replace("{sign}", "")) != ["proved"]   # argmax: never refuted, never proved either


def test_a_term_free_of_the_parameter_leaves_the_maximizer():
    # log p_data at the data's points has a value on every instance: the entropy term drops out of the argmax
    text = ("$$\n\\argmax_{\\theta} \\int p_{\\text{data}}(x) \\log p_\\theta(x) \\, dx = \\argmax_{\\theta} "
            "\\int p_{\\text{data}}(x) \\log \\frac{p_\\theta(x)}{p_{\\text{data}}(x)} \\, dx\n$$\n")
    assert _verdicts(text) == ["proved"]
