"""p(y) beside the model's joint p(x, y) (y written only in the second slot) is the marginal sum_x p(x, y)
(meaning_dists._second_slot_only), never p at a visible state y: read so, the marginal and Bayes' rule were
refuted (lead's probe, 2026-12-07)."""
from derivation.run.checkdoc import check_text

JOINT = "$$\np_\\theta(x, y) = \\frac{e^{-E_\\theta(x, y)}}{Z_\\theta}\n$$\n\n$$\n{row}\n$$\n"


def _last(row):
    return [s.verdict for r in check_text(JOINT.replace("{row}", row)).reports for s in r.steps][-1]


def test_the_marginal_of_the_second_variable():
    assert _last("\\sum_{x} p_\\theta(x, y) = p_\\theta(y)") == "proved"


def test_bayes_rule_between_the_two_variables():
    assert _last("p_\\theta(x \\mid y)\\, p_\\theta(y) = p_\\theta(y \\mid x)\\, p_\\theta(x)") == "proved"


def test_summing_out_the_wrong_variable_is_refuted():
    assert _last("\\sum_{y} p_\\theta(x, y) = p_\\theta(y)") == "invalid"
    assert _last("p_\\theta(x \\mid y)\\, p_\\theta(y) = p_\\theta(y \\mid x)\\, p_\\theta(y)") == "invalid"
