"""The general reader never merges what the document keeps apart (found by an independent hostile corpus):
two distributions with their own parameters, two free data points, a data sum's own upper bound."""
import pytest

from ._verdicts import verdicts



@pytest.mark.parametrize("row", [
    r"D_{\mathrm{KL}}(q_\phi \| p_\theta) = -D_{\mathrm{KL}}(p_\theta \| q_\phi)",
    r"q_\phi(x) = p_\theta(x)",
    r"D_{\mathrm{KL}}(q_\phi \| p_\theta) = 0",
    r"H(q_\phi) = H(p_\theta)",
    r"D_{KL}(q_\phi\|p_\theta) = \mathbb{E}_{x\sim q_\phi}[\log p_\theta(x) - \log q_\phi(x)]",
    r"\langle E_\theta(x_j)\rangle = E_\theta(x_k)",
    r"E_\theta(x^{(j)}) + \langle E_\theta \rangle = E_\theta(x^{(k)}) + \langle E_\theta \rangle",
    r"\sum_{i=1}^{N-1} E(x_i) + \langle E \rangle = \sum_{i=1}^{N} E(x_i) + \langle E \rangle",
    r"\sum_{i=1}^{2N} E(x_i) + \langle E \rangle = \sum_{i=1}^{N} E(x_i) + \langle E \rangle",
    r"\frac{N-1}{N-1} + \langle E_\theta\rangle = 1 + \langle E_\theta \rangle",
])
def test_false_rows_are_never_accepted(row):
    got = verdicts(row)
    assert got and all(v not in ("proved", "holds") for v in got), got


@pytest.mark.parametrize("row", [
    r"D_{\mathrm{KL}}(q_\phi \| p_\theta) = \mathbb{E}_{x\sim q_\phi}\left[\log \frac{q_\phi(x)}{p_\theta(x)}\right]",
    r"E_\theta(x^{(j)}) + \langle E_\theta \rangle = E_\theta(x^{(j)}) + \langle E_\theta \rangle",
])
def test_true_rows_stay_valid(row):
    assert verdicts(row) == ["proved"]


@pytest.mark.parametrize("row", [
    r"\sum_{i=1}^{M} E_\theta(x_i) + \langle E_\theta\rangle = \sum_{i=1}^{N} E_\theta(x_i) + \langle E_\theta\rangle",
    r"\prod_{i=1}^{N-1} p_\theta(x_i) = \prod_{i=1}^{N} p_\theta(x_i)",
    r"\int_0^1 p_\theta(x)\,dx = 1",
    r"\int_a^b e^{-E_\theta(x)}\,dx = Z_\theta",
    # e is the constant, never a letter: 2.718281828459045 is e to the 15 decimals written (proved at that precision,
    # derivation/judge/rounded.py), so the row that must fail is one off in its last digit beyond rounding
    r"e = 2.718281828459046",
])
def test_bounds_and_constants_are_never_dropped(row):
    got = verdicts(row)
    assert got and all(v not in ("proved", "holds", "unjudged") for v in got), got


def test_an_integral_over_the_whole_space_is_still_read():
    assert verdicts(r"\int_{\mathcal{X}} p_\theta(x)\,dx = 1") == ["proved"]


def test_a_log_of_a_negative_energy_is_never_accepted_in_the_general_notation():
    # exp(log u) = u in SymPy's complex arithmetic even for u < 0; the row has no value there
    got = verdicts(r"e^{\log E_\theta(x)} + \langle E_\theta\rangle = E_\theta(x) + \langle E_\theta\rangle")
    assert got and got[0] in ("invalid", "undecided"), got
