"""A sum over values written out in its subscript (\\sum_{s \\in \\{-1, 1\\}}) runs over those values, never over
the checker's states (issue 18 part 1, a domain is never dropped; hostile_set4 C14 was refuted over one state)."""
import pytest

from derivation.classroom import check_step


@pytest.mark.parametrize("lhs, rhs", [
    (r"\sum_{s \in \{-1, 1\}} e^{J s}", r"e^{J} + e^{-J}"),
    (r"\sum_{s \in \{0, 1\}} e^{a s}", r"1 + e^{a}"),
    (r"\sum_{s \in \{-1, +1\}} s^2", "2"),
    (r"\prod_{s \in \{1, 2\}} (1 + s a)", r"(1 + a)(1 + 2a)"),
])
def test_a_sum_over_written_values_is_their_sum(lhs, rhs):
    assert check_step(lhs, rhs).verdict == "proved"


def test_a_slip_over_written_values_is_refuted():
    assert check_step(r"\sum_{s \in \{-1, 1\}} e^{J s}", r"1 + e^{J}").verdict == "invalid"


def test_a_state_of_the_model_over_written_values_is_not_read():
    # E(s) takes a state of the model's space, not the number -1: never silently read
    assert check_step(r"\sum_{s \in \{-1, 1\}} e^{-E(s)}", "Z").verdict in ("unreadable", "undecided")
