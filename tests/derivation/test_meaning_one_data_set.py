"""One data set per document (issue 18, part 1: a reading drops nothing). The general reader read every
letter with a data index as the data point and every upper limit of a data sum as the data size, so
-1/N Σ log p(x_i) = 1/N Σ E(y_i) + log Z and ... = 1/N Σ_{i=1}^{M} E(x_i) + log Z were proved. A second
letter for the data points or for the data size is now a second object the vocabulary has no meaning for:
the row is not judged, and the one-letter rows stay proved."""
import pytest

from derivation import check_step

NLL = r"-\frac{1}{N}\sum_{i=1}^{N} \log p_{\theta}(x_{i})"
RIGHT = r"\frac{1}{N}\sum_{i=1}^{N} E_{\theta}(%s_{i}) + \log Z_{\theta}"


def test_the_one_letter_row_is_proved():
    assert check_step(NLL, RIGHT % "x").verdict == "proved"


@pytest.mark.parametrize("letter", ["y", "z", "v"])
def test_a_second_letter_for_the_data_points_is_never_judged_valid(letter):
    got = check_step(NLL, RIGHT % letter)
    assert got.verdict in ("unreadable", "undecided"), got


@pytest.mark.parametrize("size", ["M", "n", "m"])
def test_a_second_letter_for_the_data_size_is_never_judged_valid(size):
    got = check_step(NLL, r"\frac{1}{N}\sum_{i=1}^{%s} E_{\theta}(x_{i}) + \log Z_{\theta}" % size)
    assert got.verdict in ("unreadable", "undecided"), got


def test_another_letter_used_throughout_is_the_data_size():
    got = check_step(r"-\frac{1}{n}\sum_{i=1}^{n} \log p_{\theta}(x_{i})",
                     r"\frac{1}{n}\sum_{i=1}^{n} E_{\theta}(x_{i}) + \log Z_{\theta}")
    assert got.verdict == "proved", got
