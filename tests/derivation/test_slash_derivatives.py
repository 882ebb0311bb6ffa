"""Derivatives written with a slash, `d \\ln Z / d\\beta`, `\\partial \\log Z / \\partial \\theta`, `dZ/d\\beta`
(derivation/read/respell_slash.py): read as the \\frac they abbreviate, only where the slash can mean nothing else.
Values recomputed here with the standard library on a two-state model."""
import math

import pytest

from derivation.read.mapped import Mapped
from derivation.read.respell import respell

from ._verdicts import display_steps


def spelled(text: str) -> str:
    return respell(Mapped.of(text, 0)).text


@pytest.mark.parametrize("typed, canonical", [
    (r"d \ln Z / d\beta", r"\frac{d \ln Z}{d \beta}"),
    (r"\partial \log Z / \partial \theta", r"\frac{\partial \log Z}{\partial \theta}"),
    (r"dZ/d\beta", r"\frac{d Z}{d \beta}"),
    (r"d^2 \ln Z / d\beta^2", r"\frac{d^{2} \ln Z}{d \beta^{2}}"),
    (r"-\partial y_i / \partial x_k + 1", r"-\frac{\partial y_i }{\partial x_k} + 1"),
])
def test_a_slash_derivative_is_spelled_as_a_fraction(typed, canonical):
    assert "".join(spelled(typed).split()) == "".join(canonical.split())


def test_the_mean_energy_identity_written_with_a_slash_is_proved():
    assert [s.verdict for s in display_steps(r"d \ln Z / d\beta = -\langle E \rangle")] == ["proved"]
    assert [s.verdict for s in display_steps(r"\partial \log Z / \partial \theta = "
                                             r"\frac{1}{Z} \frac{\partial Z}{\partial \theta}")] == ["proved"]


def test_the_missing_one_over_z_is_refuted():
    (step,) = display_steps(r"\partial \log Z / \partial \theta = \frac{\partial Z}{\partial \theta}")
    assert step.verdict == "invalid"
    # d log Z / d beta = Z'/Z differs from Z' wherever Z != 1: two states of energies 0, 1 at beta = 1
    z = 1 + math.exp(-1)
    dz = -math.exp(-1)
    assert dz / z != pytest.approx(dz)


@pytest.mark.parametrize("typed", [
    r"\beta d \ln Z / d\beta",          # a coefficient before d: not a term of its own
    "a" + " " * 20 + r"d \ln Z / d\beta",   # the same, with the coefficient far before the d
    r"d \ln Z / d\beta \beta",          # the term goes on after the variable
    r"d \ln Z + 1 / d\beta",            # a sign inside the numerator: (1 / d beta), not a derivative
    r"a d / d x",
    r"\sum_d x_d / d",
])
def test_a_slash_that_may_mean_something_else_is_left_as_typed(typed):
    assert spelled(typed) == typed
