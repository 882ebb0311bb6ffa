"""\\sin, \\cos, \\tan and \\max(a, b), \\min\\{a, b\\} with their own meanings (read/respell_functions.py spells them
\\operatorname{..}(..); meaning/vocabulary/functions.py gives SymPy's functions): a valid identity is not refuted, a
slip is refuted with its sides recomputed here, a maximum over an index stays unread."""
import math

import pytest
import sympy

from derivation.read.mapped import Mapped
from derivation.read.respell import respell

from ._verdicts import display_steps


def spelled(text: str) -> str:
    return respell(Mapped.of(text, 0)).text


@pytest.mark.parametrize("typed, canonical", [
    (r"\sin^2 a", r"{{\operatorname{sin}(a)}}^2"),
    (r"\cos \pi \theta + 1", r"{\operatorname{cos}(\pi \theta)} + 1"),
    (r"\sin(2\theta)", r"{\operatorname{sin}(2\theta)}"),
    (r"\max(a, 0)", r"\operatorname{max}(a, 0)"),
    (r"\min\{a, b\}", r"\operatorname{min}(a, b)"),
    (r"\max\left(a, 0\right)", r"\operatorname{max}(a, 0)"),
])
def test_spellings(typed, canonical):
    assert spelled(typed) == canonical


@pytest.mark.parametrize("row", [
    r"\sin^2 a + \cos^2 a = 1",
    r"\sin(2\theta) = 2 \sin\theta \cos\theta",
    r"\frac{d}{d\theta} \sin \theta = \cos \theta",
    r"\max(a, 0) + \min(a, 0) = a",
    r"\max\{a, b\} = \max(b, a)",
])
def test_valid_identities_are_never_refuted(row):
    steps = display_steps(row)
    assert steps and all(s.verdict in ("proved", "holds") for s in steps)


def _cos_argument(c):
    (u,) = {float(a.args[0]) for a in c.rhs.atoms(sympy.cos)}
    return u


@pytest.mark.parametrize("row, theta_of, lhs, rhs", [
    (r"\sin(2\theta) = \sin\theta \cos\theta", _cos_argument,
     lambda t: math.sin(2 * t), lambda t: math.sin(t) * math.cos(t)),
    (r"\frac{d}{d\theta} \sin \theta = -\cos \theta", _cos_argument, lambda t: math.cos(t), lambda t: -math.cos(t)),
    (r"\max(\theta, 0) - \min(\theta, 0) = \theta", lambda c: float(c.rhs),
     lambda t: max(t, 0) - min(t, 0), lambda t: t),
])
def test_slips_are_refuted_and_the_counterexample_recomputes(row, theta_of, lhs, rhs):
    (step,) = display_steps(row)
    assert step.verdict == "invalid"
    c = step.counterexample
    u = theta_of(c)   # the point the checker chose, read off its printed right side (SymPy prints cos(-u) as cos(u))
    (theta,) = [t for t in {u, -u} if float(c.lhs) == pytest.approx(lhs(t)) and float(c.rhs) == pytest.approx(rhs(t))][:1]
    assert lhs(theta) != pytest.approx(rhs(theta))


def test_a_maximum_over_an_index_is_left_unread():
    assert spelled(r"\max_k z_k") == r"\max_k z_k"
    assert [s.verdict for s in display_steps(r"m = \max_k z_k")] in ([], ["unreadable"])
