"""Vectors and matrices as people write them: `(W^T v)_j` in an RBM (read/respell_matvec.py), `\\theta^\\top` a transpose
even where T is a number (read/general_atoms.py, meaning/meaning_vectors.py), a transpose on a sum of vectors
(a^T (f(x) + g(x))). Values recomputed here with the standard library."""
import itertools
import math

import pytest

from derivation.read.mapped import Mapped
from derivation.read.respell import respell

from ._verdicts import document_verdicts

RBM = ("An RBM with visible units $v \\in \\{0,1\\}^n$ and hidden units $h \\in \\{0,1\\}^m$:\n\n"
       "$$\nE(v,h) = -a^T v - b^T h - v^T W h\n$$\n\n")


def spelled(text: str) -> str:
    return respell(Mapped.of(text, 0)).text


@pytest.mark.parametrize("typed, entry", [
    (r"(W^T v)_j", "W_{kj} v_{k}"),
    (r"(v^\top W)_j", "W_{kj} v_{k}"),
    (r"(v W)_j", "W_{kj} v_{k}"),
    (r"(W v)_j", "W_{jk} v_{k}"),
    (r"(\mathbf{W} \mathbf{h})_{i}", r"\mathbf{W}_{ik} \mathbf{h}_{k}"),
])
def test_a_component_of_a_matrix_vector_product_is_its_sum(typed, entry):
    assert spelled(typed) == r"\left(\sum_{k} " + entry + r"\right)"


@pytest.mark.parametrize("typed", [r"(W V)_j", r"(v^T w)_j", r"(W v^T)_j", r"(W v + c)_j"])
def test_other_shapes_are_left_as_typed(typed):
    assert spelled(typed) == typed


def test_the_summation_letter_is_one_the_row_does_not_write():
    assert spelled(r"k + (W v)_j") == r"k + \left(\sum_{l} W_{jl} v_{l}\right)"


def _conditional(W, b, v, j):
    """p(h_j = 1 | v) of an RBM with E = -a.v - b.h - v.W.h, by enumerating h."""
    m = len(b)
    num = den = 0.0
    for h in itertools.product((0, 1), repeat=m):
        w = math.exp(sum(b[k] * h[k] for k in range(m)) + sum(v[i] * W[i][k] * h[k] for i in range(len(v)) for k in range(m)))
        den += w
        num += w * h[j]
    return num / den


def test_the_hidden_conditional_with_w_transposed_is_proved():
    W, b, v = [[0.3, -1.2], [0.7, 0.4]], [0.1, -0.5], [1, 0]
    sig = 1 / (1 + math.exp(-(b[1] + sum(W[i][1] * v[i] for i in range(2)))))
    assert _conditional(W, b, v, 1) == pytest.approx(sig)
    doc = RBM + "$$\np(h_j = 1 \\mid v) = \\sigma(b_j + (W^T v)_j)\n$$\n"
    assert document_verdicts(doc)[-1] == "proved"


def test_the_sign_slip_is_refuted():
    W, b, v = [[0.3, -1.2], [0.7, 0.4]], [0.1, -0.5], [1, 0]
    wrong = 1 / (1 + math.exp(-(b[1] - sum(W[i][1] * v[i] for i in range(2)))))
    assert _conditional(W, b, v, 1) != pytest.approx(wrong)
    doc = RBM + "$$\np(h_j = 1 \\mid v) = \\sigma(b_j - (W^T v)_j)\n$$\n"
    assert document_verdicts(doc)[-1] == "invalid"


def test_the_wrong_index_order_is_never_refuted():
    # (W h)_j with j a hidden index: W is visible x hidden, so the indices do not fit: unread, never invalid
    doc = RBM + "$$\np(h_j = 1 \\mid v) = \\sigma(b_j + (W v)_j)\n$$\n"
    assert document_verdicts(doc)[-1] in ("unreadable", "undecided")


TEMPERATURE = "$$\np(x) = \\frac{e^{-E(x)/T}}{Z}\n$$\n\n"


def test_top_is_a_transpose_where_t_is_a_temperature():
    assert document_verdicts(TEMPERATURE + "$$\na^\\top b = b^\\top a\n$$\n")[-1] == "proved"
    assert document_verdicts(TEMPERATURE + "$$\n\\theta^\\top f(x) + \\theta^\\top g(x) = \\theta^\\top (f(x) + g(x))\n$$\n")[-1] \
        == "proved"


def test_a_transpose_over_a_sum_with_a_sign_slip_is_refuted():
    # theta . (f - g) = theta . f + theta . g fails for theta = 1, f = 0, g = 1 (one component)
    assert 1 * (0 - 1) != 1 * 0 + 1 * 1
    assert document_verdicts("$$\n\\theta^T (f(x) - g(x)) = \\theta^T f(x) + \\theta^T g(x)\n$$\n")[-1] == "invalid"


def test_plain_t_where_t_is_a_number_stays_unread():
    assert document_verdicts(TEMPERATURE + "$$\na^T b = b^T a\n$$\n")[-1] == "unreadable"
