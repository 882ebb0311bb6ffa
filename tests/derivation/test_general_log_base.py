"""derivation/read/general.py: the base of \\log_b is part of the reading (it was parsed and dropped, so
\\log_2 8 = 3 compared ln 8 with 3 and was refuted)."""
import pytest

from derivation import check_step


@pytest.mark.parametrize("lhs, rhs", [(r"\log_2 8", "3"), (r"\log_2 p(x)", r"\frac{\log p(x)}{\log 2}")])
def test_a_logarithm_to_a_base_is_the_quotient_of_logs(lhs, rhs):
    assert check_step(lhs, rhs).verdict in ("proved", "holds")


@pytest.mark.parametrize("lhs, rhs", [(r"\log_2 8", "2"), (r"\log_2 p(x)", r"\log p(x)")])
def test_a_dropped_base_is_refuted(lhs, rhs):
    assert check_step(lhs, rhs).verdict == "invalid"


def test_a_script_on_ln_is_not_read():
    assert check_step(r"\ln_2 8", "3").verdict == "unreadable"
