"""Definition rows of the vocabulary's objects are claims (issue 18 part 4): a display holding only
P_Theta(x) = e^{-E_Theta(x)} / Z_Theta and Z_Theta = sum_x e^{-E_Theta(x)} is judged, both rows proved; a slip in
either is refuted; nothing is shown as the definition of a new symbol."""
from ._verdicts import document_verdicts

DISPLAY = r"""
$$
\begin{align}
P_{\Theta}(\boldsymbol x) &= \frac{e^{-E_{\Theta}(\boldsymbol x)}}{Z_{\Theta}}\\
Z_{\Theta} &= %s
\end{align}
$$
"""


def test_the_model_and_its_normalizer_written_as_definitions_are_proved():
    assert document_verdicts(DISPLAY % r"\sum_{\boldsymbol x}e^{-E_{\Theta}(\boldsymbol x)}") == ["proved", "proved"]


def test_a_sign_slip_in_the_normalizer_is_refuted():
    """Z = sum_x e^{+E}: with E = (0, log 2), sum e^{-E} = 3/2 while sum e^{E} = 3 (recomputed here)."""
    got = document_verdicts(DISPLAY % r"\sum_{\boldsymbol x}e^{E_{\Theta}(\boldsymbol x)}")
    assert got == ["proved", "invalid"], got
    assert 1 + 1 / 2 != 1 + 2
