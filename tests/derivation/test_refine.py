"""What the document adds to a verdict (a row's condition, its definitions) is applied inside the judge,
to every reading before they are combined (check_chain's `refine`): nothing after the judge changes a
verdict (issue 17)."""
from derivation.judge.check import check_chain
from derivation.meaning.chains import chains_of
from derivation.read.reader import read_text

SLIP = "$$\n\\log Z(\\beta) = \\log \\sum_x 2\n$$\n"   # false for every beta


def _chain(text):
    (chain, _), = chains_of(read_text(text, "<t>"))
    return chain


def test_without_refine_the_slip_is_refuted():
    rep = check_chain(_chain(SLIP))
    assert [s.verdict for s in rep.steps] == ["invalid"]


def test_refine_sees_every_reading_and_its_sides():
    seen = []

    def refine(rep, lhs, rhs, step, claim):
        seen.append((rep.verdict, lhs is not None and rhs is not None, claim))
        return rep
    check_chain(_chain(SLIP), refine=refine)
    assert ("invalid", True, False) in seen and ("invalid", True, True) in seen


def test_a_refined_verdict_is_the_verdict_of_the_chain():
    from dataclasses import replace

    def soften(rep, lhs, rhs, step, claim):   # a refutation the document forbids becomes undecided
        if rep.verdict != "invalid":
            return rep
        return replace(rep, verdict="undecided", counterexample=None, limit="definition", explanation="Undecided.")
    rep = check_chain(_chain(SLIP), refine=soften)
    assert [s.verdict for s in rep.steps] == ["undecided"] and rep.claim.verdict == "undecided"
