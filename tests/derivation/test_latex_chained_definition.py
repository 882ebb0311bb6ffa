"""A row `L(theta) = prod_i p(x_i) = ...` (found by probing course-note styles): the first `=` defines a
new symbol, as it would on a row of its own, and the later `=` are judged (derivation/meaning/chains.py).
Before, L was read as the NLL and the definition itself refuted: a false reject."""
from derivation.run.checkdoc import check_text


def steps(text):
    rep = check_text(text, timeout=30)   # a step budget no loaded machine runs out of
    return [("", s.verdict) for r in rep.reports for s in r.steps]


VALID = r"""
$$
L(\theta) = \prod_{i=1}^N p_\theta(x_i) = \prod_{i=1}^N \frac{e^{-E_\theta(x_i)}}{Z_\theta}
= \frac{e^{-\sum_{i=1}^N E_\theta(x_i)}}{Z_\theta^N}
$$
"""


def test_the_definition_is_shown_and_the_chain_after_it_is_judged():
    got = steps(VALID)
    assert [v for _, v in got] and all(v in ("proved", "holds") for _, v in got), got
    assert len(got) == 2, got   # the definition L = prod is no step


def test_a_wrong_step_after_the_definition_is_still_refuted():
    wrong = VALID.replace(r"{Z_\theta^N}", r"{Z_\theta}")
    got = steps(wrong)
    assert got[-1][1] == "invalid", got


def test_a_later_row_uses_the_definition():
    doc = VALID + "\n$$\n\\log L(\\theta) = \\sum_{i=1}^N \\log p_\\theta(x_i)\n$$\n"
    assert steps(doc)[-1][1] in ("proved", "holds")
    bad = VALID + "\n$$\n\\log L(\\theta) = -\\sum_{i=1}^N \\log p_\\theta(x_i)\n$$\n"
    assert steps(bad)[-1][1] == "invalid"
