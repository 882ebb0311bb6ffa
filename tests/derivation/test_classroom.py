"""check_step(before, after): two LaTeX strings -> a verdict with its explanation."""
import pytest

from derivation.classroom import check_step

DLOGZ = r"\frac{\partial \log Z_\Theta}{\partial\Theta}"
NEG_PHASE = r"-E_{x\sim P_\Theta}\left[\frac{\partial E_\Theta(x)}{\partial\Theta}\right]"


def test_a_valid_step_is_proved_with_its_rules():
    v = check_step(DLOGZ, NEG_PHASE)
    assert v.verdict == "proved" and v.valid and v.rules


def test_the_same_step_in_another_notation_gets_the_same_verdict():
    """One reader for both: the same objects, the parameter keeping the letter the student wrote."""
    from derivation.meaning.vocabulary.base import Param
    v = check_step(r"\nabla_\theta \ln Z(\theta)", r"-\mathbb{E}_{P_\theta}[\nabla_\theta E_\theta(x)]")
    post = check_step(DLOGZ, NEG_PHASE)
    assert v.verdict == post.verdict == "proved"
    theta, Theta = Param("theta", real=True), Param("Theta", real=True)
    assert v.before.xreplace({theta: Theta}) == post.before and theta not in post.before.free_symbols


def test_a_sign_flip_is_invalid_with_a_counterexample_that_recomputes():
    from fractions import Fraction
    v = check_step(DLOGZ, NEG_PHASE[1:])
    assert v.verdict == "invalid" and not v.valid
    c = v.counterexample
    # recompute the left side by hand: d log Z = -sum_x P(x) dE(x), P from the tables' e^{-E} at the point
    entry = [c["tables"][f"E({k})"] for k in range(1, c["states"] + 1)]
    w = [float(Fraction(e["e^{-E}"])) for e in entry]
    lhs = -sum(wk / sum(w) * float(Fraction(str(e["d/dTheta"]))) for wk, e in zip(w, entry))
    assert lhs == pytest.approx(c["lhs"]) and -lhs == pytest.approx(c["rhs"])
    assert "counterexample" in str(v).lower()


def test_z_over_the_data_is_caught():
    v = check_step(r"\log Z", r"\log \sum_{i=1}^N e^{-E(x_i)}")
    assert v.verdict == "invalid"


def test_rows_copied_from_an_align_block_work():
    v = check_step(r"&= -\frac{1}{N}\sum_{i=1}^{N}\frac{\partial\log P_\Theta(x^{(i)})}{\partial\Theta}",
                   r"&=\frac{1}{N}\sum_{i=1}^{N}\frac{\partial E_\Theta(x^{(i)})}{\partial\Theta} + "
                   r"\frac{\partial \log Z_\Theta}{\partial \Theta}")
    assert v.verdict == "proved"


def test_unreadable_input_says_which_and_where():
    v = check_step(DLOGZ, r"-\sum_x P(x) \foo")
    assert v.verdict == "unreadable" and r"after, column 14: unknown command \foo" in v.explanation


def test_not_a_string_is_a_type_error():
    with pytest.raises(TypeError, match="before must be a LaTeX string"):
        check_step(1, DLOGZ)


def test_the_text_of_a_refuted_step_recomputes_from_its_printed_table():
    """check_step's str() prints the tables the step was refuted on (as `eq7 check` does): on the
    one-state instance KL = 0 and the right side is E(1) = -log e^{-E(1)}."""
    import math
    import re

    text = str(check_step(r"\mathrm{KL}(q_\phi \| p_\theta)", r"\mathbb{E}_{x\sim q_\phi}[E_\theta(x)] - H(q_\phi)"))
    table = re.search(r"E\(1\): e\^\{-E\} = (\d+)", text)
    right = re.search(r"right side = .*?(-?\d+(?:\.\d+)?)\.?$", text, re.M)
    assert table and right and "K = 1 state " in text, text
    assert math.isclose(float(right.group(1)), -math.log(int(table.group(1))), rel_tol=1e-8)
