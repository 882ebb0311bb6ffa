"""meaning/defined_first.py: a letter introduced by a definition row (eta = log lambda) means its definition
after it; derivatives by it go through the chain rule; points where the definition has no value are not the
row's (judge/definition_domain.py)."""
import math
from fractions import Fraction

from tests.derivation._verdicts import document_verdicts, display_steps

READ_OFF = r"""
$$
\begin{{aligned}}
\eta &= \log\lambda \\
A(\eta) &= \lambda = {a}
\end{{aligned}}
$$
"""


def test_a_natural_parameter_read_off_binds_the_later_rows():
    # lambda = e^{eta} with eta = log lambda: true wherever eta exists (lambda > 0); it was refuted with eta and
    # lambda drawn apart (eta = -16/5, lambda = -14/5)
    assert document_verdicts(READ_OFF.format(a=r"e^{\eta}")) == ["holds"]


def test_a_wrong_read_off_is_refuted_with_the_definition_respected():
    steps = [s for s in display_steps(r"\eta = \log\lambda \\ A(\eta) = \lambda = e^{-\eta}") if s.verdict != "definition"]
    assert [s.verdict for s in steps] == ["invalid"]
    # recompute the printed counterexample: lambda > 0 (eta exists), lambda on the left, e^{-log lambda} on the right
    c = steps[0].counterexample.as_dict()
    lam = float(Fraction(c["tables"]["lambda ="]))
    assert lam > 0
    assert math.isclose(c["lhs"], lam) and math.isclose(c["rhs"], math.exp(-math.log(lam)))


def test_a_derivative_by_the_defined_letter_is_the_chain_rule():
    doc = READ_OFF.format(a=r"e^{\eta}") + "\n$$\n\\frac{d A(\\eta)}{d\\eta} = e^{\\eta} = \\lambda\n$$\n"
    assert document_verdicts(doc) == ["holds", "holds", "holds"]
    slip = READ_OFF.format(a=r"e^{\eta}") + "\n$$\n\\frac{d A(\\eta)}{d\\eta} = 2\\lambda\n$$\n"
    assert document_verdicts(slip)[-1] == "invalid"


def test_a_letter_written_before_its_definition_row_is_not_defined_there():
    # eta used first (p_eta), then eta = log lambda: a claim about the parameter eta, never a definition
    doc = "$$\np_\\eta(x) = \\frac{e^{-\\eta x}}{Z(\\eta)}\n$$\n\n$$\n\\eta = \\log\\lambda\n$$\n"
    assert "definition" not in document_verdicts(doc)[-1:]


def test_a_derivative_by_a_letter_defined_in_two_letters_is_not_read():
    doc = "$$\n\\eta = \\log(\\lambda \\mu)\n$$\n\n$$\n\\frac{d \\eta}{d\\eta} = 1\n$$\n"
    assert document_verdicts(doc)[-1] in ("unreadable", "undecided")
