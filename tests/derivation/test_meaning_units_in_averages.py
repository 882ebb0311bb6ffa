"""A subscripted state letter inside a sum or an expectation over the states (E_{x~p}[x_i x_j], <s_i s_j>) is a
unit of the state averaged over, or a data point: the general reader read it as a data point, a constant that
comes out of the average, so E[x_i x_j] = E[x_i] E[x_j] was proved (false for two correlated units). Such a row
is now refused; a data point outside the average, under its own data sum, stays read."""
import pytest

from derivation import check_step


@pytest.mark.parametrize("before, after", [
    (r"\langle s_i s_j \rangle", r"\langle s_i \rangle \langle s_j \rangle"),
    (r"\mathbb{E}[x_i x_j]", r"\mathbb{E}[x_i]\mathbb{E}[x_j]"),
    (r"\mathbb{E}_{x\sim p_\theta}[x_i x_j]", r"\mathbb{E}_{x\sim p_\theta}[x_i]\mathbb{E}_{x\sim p_\theta}[x_j]"),
    (r"\sum_x p_\theta(x) x_i x_j", r"\sum_x p_\theta(x) x_i \sum_x p_\theta(x) x_j"),
])
def test_units_inside_an_average_are_never_constants(before, after):
    got = check_step(before, after)
    assert got.verdict in ("unreadable", "undecided"), got


def test_independent_units_would_make_the_slip_true_only_by_accident():
    """The slip is false: two spins that are always equal, s_1 = s_2 = ±1 with probability 1/2 each, give
    <s_1 s_2> = 1 and <s_1><s_2> = 0 (recomputed here, the reason the row must not be proved)."""
    states = [(1, 1), (-1, -1)]
    assert sum(a * b for a, b in states) / 2 == 1 and (sum(a for a, _ in states) / 2) ** 2 == 0


def test_a_data_point_under_its_own_data_sum_beside_an_expectation_is_read():
    got = check_step(r"\frac{1}{N}\sum_{i=1}^N \mathbb{E}_{x\sim p_\theta}[f(x) - f(x_i)]",
                     r"\mathbb{E}_{x\sim p_\theta}[f(x)] - \frac{1}{N}\sum_{i=1}^N f(x_i)")
    assert got.verdict == "proved", got
