"""A bare `\\nabla` before a function of one variable, `\\nabla A(\\eta)`, `\\nabla \\log Z(\\theta)`: the gradient by that
variable (read/respell.py). Where the document gives \\nabla another single subscript (only `\\nabla_x` elsewhere), the two
readings disagree and neither is guessed: unread, never refuted (it was read as \\nabla_x A(\\eta) = 0 and refuted)."""
import math

import pytest

from ._verdicts import document_verdicts

FAMILY = ("$$\np_\\eta(x) = e^{\\eta T(x) - A(\\eta)}\n$$\n\n"
          "$$\nA(\\eta) = \\log \\sum_x e^{\\eta T(x)}\n$$\n\n")


def _moments(eta, t=(0.0, 1.0, 3.0)):
    w = [math.exp(eta * v) for v in t]
    z = sum(w)
    return sum(a * v for a, v in zip(w, t)) / z, sum(a * v * v for a, v in zip(w, t)) / z


def test_the_gradient_of_the_log_partition_is_the_mean_statistic():
    eta, h = 0.4, 1e-6
    a = lambda e: math.log(sum(math.exp(e * v) for v in (0.0, 1.0, 3.0)))  # noqa: E731
    assert (a(eta + h) - a(eta - h)) / (2 * h) == pytest.approx(_moments(eta)[0], rel=1e-6)
    assert document_verdicts(FAMILY + "$$\n\\nabla A(\\eta) = \\mathbb{E}_{p_\\eta}[T(x)]\n$$\n")[-1] == "proved"


def test_the_second_moment_for_the_first_is_refuted():
    mean, second = _moments(0.4)
    assert mean != pytest.approx(second)
    assert document_verdicts(FAMILY + "$$\n\\nabla A(\\eta) = \\mathbb{E}_{p_\\eta}[T(x)^2]\n$$\n")[-1] == "invalid"


def test_a_document_whose_only_subscript_is_another_variable_is_not_guessed():
    doc = FAMILY + ("$$\n\\nabla A(\\eta) = \\mathbb{E}_{p_\\eta}[T(x)]\n$$\n\n"
                    "$$\n\\nabla_x \\log p_\\eta(x) = \\eta \\nabla_x T(x)\n$$\n")
    verdicts = document_verdicts(doc)
    assert verdicts[-2] == "unreadable" and "invalid" not in verdicts


def test_a_function_with_a_parameter_subscript_is_not_guessed():
    doc = "$$\n\\nabla \\log p_\\theta(x) = -\\nabla E_\\theta(x)\n$$\n"
    assert document_verdicts(doc) == ["unreadable"]
