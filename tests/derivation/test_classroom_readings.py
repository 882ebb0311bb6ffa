"""check_step judges every plausible reading as a document does (issue 18; hostile_set4 P01): where the post's
grammar reads a step one way and refutes it, the general reader's readings (the scope of \\log after 1/N) are
asked too, and the step is `invalid` only when they refute it as well."""
from derivation.classroom import check_step


def test_a_step_right_under_another_reading_is_not_refuted():
    v = check_step(r"\log \frac{1}{N}\sum_{i=1}^N e^{-E(x_i)}", r"\log\sum_{i=1}^N e^{-E(x_i)} - \log N")
    assert v.verdict == "undecided"


def test_a_step_every_reading_refutes_stays_invalid():
    v = check_step(r"\log \frac{1}{N}\sum_{i=1}^N e^{-E(x_i)}", r"\log\sum_{i=1}^N e^{-E(x_i)} + \log N")
    assert v.verdict == "invalid"


def test_a_post_slip_stays_invalid():
    assert check_step(r"\log Z", r"\sum_x e^{-E(x)}").verdict == "invalid"
