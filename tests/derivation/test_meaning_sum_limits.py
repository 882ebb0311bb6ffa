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


# \sum_i^N (lower limit not written): the upper limit N was dropped and the sum read over the K states,
# so the same data average written \sum_i^N and \sum_{i=1}^N was refuted (a false reject on a real document)
def test_a_data_sum_written_without_its_lower_limit_is_the_data_sum():
    got = check_step(r"-\frac{1}{N} \sum_i^N \log P(x_i)", r"-\frac{1}{N} \sum_{i=1}^N \log P(x_i)")
    assert got.verdict == "proved", got


def test_a_slip_in_a_data_sum_without_its_lower_limit_is_refuted():
    # Σ_i log P(x_i) against Σ_i log P(x_i) + 1: differ on every instance
    got = check_step(r"\sum_i^N \log P(x_i)", r"\sum_{i=1}^N \log P(x_i) + 1")
    assert got.verdict == "invalid", got


@pytest.mark.parametrize("side", [r"\sum_x^N e^{-E(x)}", r"\sum_x^{K} e^{-E(x)}"])
def test_an_upper_limit_on_a_sum_over_the_states_is_never_dropped(side):
    # the states have no upper limit the vocabulary knows: refused, never read as the sum over all states
    got = check_step(side, r"\sum_x e^{-E(x)}")
    assert got.verdict in ("unreadable", "undecided"), got


MAXENT = r"$$\np(x) = \frac{1}{Z}\exp\left(-\sum_k \lambda_k f_k(x)\right)\n$$\n\n$$\n\frac{\partial \log Z}{\partial \lambda_k} = %s\n$$\n"


def _judged(text):
    from derivation.run.checkdoc import check_text
    rep = check_text(text, "<maxent>", timeout=30)
    return [s.verdict for r in rep.reports for s in r.steps if s.verdict != "unjudged"]


def test_a_sum_over_k_of_indexed_letters_is_over_their_components():
    # \sum_k lambda_k f_k(x) was read over the K states: the model's energy then had K terms and a free k past
    # them refuted the true gradient of log Z (a false invalid once the row defined the model)
    assert _judged(MAXENT.replace("\\n", "\n") % r"-\mathbb{E}_p[f_k(x)]") == ["proved"]


def test_its_sign_slip_is_refuted():
    assert _judged(MAXENT.replace("\\n", "\n") % r"\mathbb{E}_p[f_k(x)]") == ["invalid"]


def test_a_sum_over_a_capital_set_of_a_state_letter_is_the_whole_space():
    assert check_step(r"\sum_{x \in X} e^{-E(x)}", "Z").verdict == "proved"


def test_a_sum_over_o_in_O_is_not_taken_for_the_whole_space():
    # (1/N) sum_{o in O} over the observations O was read as the sum over every state, refuting a real RBM
    # gradient (three false rejects on 23_tirmisula); O may be the data set: refused, never guessed
    assert check_step(r"\sum_{o \in O} e^{-E(o)}", "Z").verdict in ("unreadable", "undecided")
