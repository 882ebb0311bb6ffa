"""A state letter the prose names a number ("let $h$ be Planck's constant (a number)") is an arbitrary real
constant, never a state whose labels make a refutation undecided (hostile set 10, C19); a letter a row uses as a
state stays one."""
from derivation.run.checkdoc import check_text


def _last(text):
    return [s for r in check_text(text, timeout=30).reports for s in r.steps][-1]


def test_a_letter_named_a_number_is_one():
    doc = "Let $h$ be Planck's constant (a number) and $a$, $b$ two frequencies.\n\n$$\nh(a + b) = {rhs}\n$$\n"
    assert _last(doc.replace("{rhs}", "h a + b")).verdict == "invalid"
    assert _last(doc.replace("{rhs}", "h a + h b")).verdict == "proved"


def test_a_letter_a_row_uses_as_a_state_stays_a_state():
    doc = ("Let $s$ be a number.\n\n$$\np(s) = \\frac{e^{-E(s)}}{Z}\n$$\n\n$$\n\\sum_s p(s) s^2 = \\sum_s p(s)\n$$\n")
    assert _last(doc).verdict != "invalid"   # s^2 of a state whose values nothing declares: never refuted
