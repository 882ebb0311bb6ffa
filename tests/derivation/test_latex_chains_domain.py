"""Documents keep the checker's domain guard: SymPy must not cancel a factor that can be 0 (or a log of
something not positive) while a side is built, before the prover can see it (derivation/meaning/chains.py)."""
import pytest

from ._verdicts import verdicts



@pytest.mark.parametrize("row", [
    r"\frac{N-1}{N-1} = 1",                       # 0/0 at N = 1
    r"\frac{(N-1)^2}{N-1} = N - 1",
    r"\frac{Z - 1}{Z - 1} = 1",                   # Z = 1 on a one-state space
    r"e^{\log E(x)} = E(x)",                      # an energy can be negative
    r"\log\frac{\partial E(x)}{\partial\Theta} - \log\frac{\partial E(x)}{\partial\Theta} = 0",
])
def test_a_cancelled_risky_factor_is_never_proved(row):
    got = verdicts(row)
    assert got and all(v not in ("proved", "holds") for v in got), got


@pytest.mark.parametrize("row", [
    r"e^{-E(x)} = Z P(x)",
    r"\frac{\partial \log Z}{\partial\Theta} = \frac{1}{Z}\frac{\partial Z}{\partial \Theta}",
    r"\log P(x) = -E(x) - \log Z",
])
def test_safe_divisions_and_logs_are_still_proved(row):
    assert verdicts(row) == ["proved"]


def test_a_measure_beside_integrals_against_dx_is_another_measure():
    from derivation.run.checkdoc import check_text
    two = ("$$\nZ_\\theta = \\int e^{-E_\\theta(x)}\\, dx\n$$\n\n"
           "$$\n\\int e^{-E_\\theta(x)}\\, d\\mu(x) = Z_\\theta\n$$\n")
    steps = [s for r in check_text(two).reports for s in r.steps]
    assert [s.verdict for s in steps] == ["proved", "unreadable"] and "mu" in steps[1].explanation
    alone = "$$\n\\int e^{-E_\\theta(x)}\\, d\\mu(x) = Z_\\theta\n$$\n"   # the space's own measure, written so
    assert [s.verdict for r in check_text(alone).reports for s in r.steps] == ["proved"]
