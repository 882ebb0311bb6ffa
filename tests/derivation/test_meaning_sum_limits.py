"""The upper limit of a sum over components is part of the reading (issue 18, part 1): \\sum_{k=1}^{K-1} was read
as the sum over every component, so Σ_{k=1}^{K} e^{-E_k} = Σ_{k=1}^{K-1} e^{-E_k} was proved. A limit that is not
one letter, or a second letter for the count in one document, is refused; renaming the index stays proved."""
import pytest

from derivation import check_step

FULL = r"\sum_{k=1}^{K} e^{-E_k}"


@pytest.mark.parametrize("other", [r"\sum_{k=1}^{K-1} e^{-E_k}", r"\sum_{k=1}^{L} e^{-E_k}",
                                   r"\sum_{k=1}^{2K} e^{-E_k}"])
def test_another_limit_is_never_judged_valid(other):
    got = check_step(FULL, other)
    assert got.verdict in ("unreadable", "undecided"), got


def test_the_same_limit_with_another_index_is_proved():
    assert check_step(FULL, r"\sum_{j=1}^{K} e^{-E_j}").verdict == "proved"


def test_a_slip_under_the_same_limit_is_refuted():
    # Σ_k e^{-E_k} against Σ_k e^{E_k}: differ as soon as one E_k is not 0
    got = check_step(FULL, r"\sum_{k=1}^{K} e^{E_k}")
    assert got.verdict == "invalid", got
