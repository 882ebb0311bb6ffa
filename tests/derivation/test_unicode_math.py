"""Mathematics typed in Unicode, `Z(β) = ∑_x e^{−β E(x)}`, `∂ log Z / ∂θ`, `a · b`, and TeX's `\\kern 3pt`, `\\not=`
(derivation/read/respell_unicode.py): read as the LaTeX commands they stand for. Values recomputed here."""
import math

import pytest

from derivation.read.mapped import Mapped
from derivation.read.respell import respell

from ._verdicts import display_steps


def spelled(text: str) -> str:
    return respell(Mapped.of(text, 0)).text


@pytest.mark.parametrize("typed, canonical", [
    ("βE(x)", r"\beta E(x)"),
    ("a − b – c", "a - b - c"),
    ("∑_x e^{-E(x)}", r"\sum_x e^{-E(x)}"),
    ("a · b × c", r"a \cdot b \times c"),
    (r"a \kern 3pt b \mkern-2mu c", "a   b   c"),
    (r"a \not= b", r"a \neq  b"),
])
def test_spellings(typed, canonical):
    assert " ".join(spelled(typed).split()) == " ".join(canonical.split())


def test_the_mean_energy_identity_typed_in_unicode_is_proved():
    assert [s.verdict for s in display_steps("∂ \\log Z(β) / ∂β = −⟨E⟩")] == ["proved"]
    assert [s.verdict for s in display_steps("Z = ∑_x e^{−E(x)}")] == ["proved"]


def test_a_sign_slip_typed_in_unicode_is_refuted():
    # d log Z / d beta = -<E>, not +<E>: two states of energies 0 and 1 at beta = 1 give <E> = e^-1 / (1 + e^-1)
    mean = math.exp(-1) / (1 + math.exp(-1))
    assert -mean != pytest.approx(mean)
    (step,) = display_steps("∂ \\log Z(β) / ∂β = ⟨E⟩")
    assert step.verdict == "invalid"


def test_a_character_not_in_the_table_is_left_as_typed_and_named():
    assert spelled("a ⊕ b") == "a ⊕ b"
    (step,) = display_steps("a ⊕ b = b ⊕ a")
    assert step.verdict == "unreadable" and "⊕" in step.explanation
