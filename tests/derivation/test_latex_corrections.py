"""Corrected rows are computed and checked, never looked up."""
from derivation.judge.check import check_step
from derivation.meaning.chains import chains_of
from derivation.judge.corrections import correct
from derivation.read.reader import read_text

DLOGZ = r"\frac{\partial \log Z}{\partial\Theta}"
POS = r"\frac{1}{N}\sum_{i=1}^{N}\frac{\partial E(x_i)}{\partial\Theta}"
NEG = r"E_{x\sim P_\Theta}\left[\frac{\partial E(x)}{\partial\Theta}\right]"


def S(text):
    """One expression, read as every document is (a one-row display)."""
    (chain, _), = chains_of(read_text(f"$$\n{text}\n$$\n", "<row>"))
    (row,) = chain.rows
    return row.expr


def _fixed(previous, row, origin=None):
    fix = correct(S(previous), S(row), None if origin is None else S(origin))
    assert fix is not None
    assert check_step(S(previous), fix.expr).verdict in ("proved", "holds")  # the fix really follows
    return fix


def test_z_over_the_data_is_taken_over_the_states():
    fix = _fixed(DLOGZ, r"\frac{\partial \log \sum_{i=1}^N e^{-E(x_i)}}{\partial\Theta}")
    assert "taken over the states" in fix.how and r"\sum_{x=1}^{K}" in fix.latex


def test_a_flipped_sign_is_flipped_back():
    fix = _fixed(POS + " - " + NEG, POS + " + " + NEG)
    assert "sign" in fix.how


def test_a_lost_one_over_n_is_restored():
    fix = _fixed(POS + " - " + NEG, POS.replace(r"\frac{1}{N}", "") + " - " + NEG)
    assert "divided by N" in fix.how


def test_derivative_and_expectation_are_swapped_back():
    fix = _fixed("-" + NEG, r"-\frac{\partial}{\partial\Theta} E_{x\sim P_\Theta}\left[E(x)\right]")
    assert "inside the expectation" in fix.how


def test_a_right_row_after_a_wrong_one_is_left_unchanged():
    wrong_previous = POS + r" - \sum_{i=1}^{N} P(x_i) \frac{\partial E(x_i)}{\partial\Theta}"
    fix = correct(S(wrong_previous), S(POS + " - " + NEG), S(r"\frac{\partial \mathcal{L}}{\partial\Theta}"))
    assert fix.unchanged and "previous row is wrong" in fix.how


def test_no_correction_when_no_rewrite_makes_it_valid():
    assert correct(S(DLOGZ), S(r"Z \cdot N + 1"), None) is None


def test_the_posts_corrections_are_rows_of_the_hand_built_corrected_derivation():
    # an independent reference: derivation/meaning/eq7.py's corrected chain, written by hand
    import pytest
    from derivation.meaning import eq7  # a real import: a broken eq7.py must fail here, not skip
    from derivation.run.checkdoc import check_path
    from derivation.judge.corrections import corrections
    fixes = corrections(check_path(None).main)
    assert len(fixes) == 3 and all(f is not None for f in fixes.values())
    # the hand-built rows, read as the post is read (the same objects): each fix is proved equal to the
    # corrected derivation's row at its place (the post and the corrected derivation align row for row)
    (hand, _), = chains_of(read_text(eq7.read_data(eq7.CORRECTED_FILE), "corrected.md"))
    assert len(hand.rows) == len(eq7.corrected_chain().rows) == 12
    for number, fix in fixes.items():
        assert check_step(fix.expr, hand.rows[number - 1].expr).verdict == "proved", number   # step n ends on row n
