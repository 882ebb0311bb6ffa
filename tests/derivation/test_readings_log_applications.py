"""The scope of \\log over applications typed together (derivation/read/general.py, _log_of_applications): in
`\\log p(y|x)p(x)` the log may take p(y|x) alone or the product p(y|x) p(x), and people mean both. Both readings
are judged (derivation/meaning/readings.py): a row the two disagree on is undecided, never invalid; a row wrong
under both is refuted; parentheses, a product sign or a space typed between say which is meant."""
from derivation.read.general import parse_general
from derivation.run.checkdoc import check_text

JOINT = r"-\sum_x \sum_y p(x,y)"
SPLIT = r"-\sum_x\sum_y p(x,y)\log p(x) - \sum_x\sum_y p(x,y)\log p(y|x)"


def step(row):
    rep = check_text("$$\n" + row + "\n$$\n", timeout=30)
    return [s for r in rep.reports for s in r.steps][0]


def test_two_parses_only_for_applications_typed_together():
    assert parse_general(r"\log p(y|x)p(x)", log_product=True) == \
        parse_general(r"\log \left(p(y|x)p(x)\right)")
    # a letter or a power typed after the argument is typed together too (\log p_\theta(x) Z_\theta, hostile set 11)
    assert parse_general(r"\log p(x) Z", log_product=True) == parse_general(r"\log \left(p(x) Z\right)")
    for text in (r"\log p(x)\, q(x)", r"\log p(x) \cdot q(x)", r"\log p(x) \sum_z q(z)",
                 r"\log (p(x)) q(x)", r"\sum_x p(x) \log p(x)"):
        assert parse_general(text, log_product=True) == parse_general(text), text


def test_readings_that_disagree_are_undecided_never_invalid():
    s = step(rf"{JOINT} \log p(y|x)p(x) = {SPLIT}")
    assert s.verdict == "undecided" and s.counterexample is None
    assert "whole product" in s.explanation


def test_the_braced_identity_is_proved_and_a_row_wrong_both_ways_refuted():
    assert step(rf"{JOINT} \log \left(p(y|x)p(x)\right) = {SPLIT}").verdict == "proved"
    s = step(rf"{JOINT} \log p(y|x)p(x) = -\sum_x\sum_y p(x,y)\log p(x) + \sum_x\sum_y p(x,y)\log p(y|x)")
    assert s.verdict == "invalid" and "Every reading is refuted" in s.explanation
