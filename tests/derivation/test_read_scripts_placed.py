"""Scripts and brackets as people type them (issue 21, LaTeX as typed; derivation/read/respell_inner.py): a script
inside a font or an accent's group, a superscript typed before the subscript, \\lbrack \\rbrack, \\texttt, a mark
\\sharp, KL[p || q], \\mathop{argmax}, a variable in braces under \\partial. Each typed form reads exactly as its
canonical spelling; a superscript inside an accent (the mean of the squares) is never moved out."""
import pytest

from derivation.read.general import parse_row
from derivation.read.mapped import Mapped
from derivation.read.read_error import ReadError
from derivation.read.respell import respell

from ._verdicts import verdicts


def reading(text: str):
    return parse_row(respell(Mapped.of(text, 0)).text)


SAME = [
    (r"\mathbf{x_{t-1}} + a", r"\mathbf{x}_{t-1} + a"),
    (r"\boldsymbol{\theta_k} + \bm{W_{ij}}", r"\boldsymbol{\theta}_k + \bm{W}_{ij}"),
    (r"\hat{y_j} \log \hat{y_j}", r"\hat{y}_j \log \hat{y}_j"),
    (r"\tilde{p_\theta}(x)", r"\tilde{p}_\theta(x)"),
    (r"\mathbf{x^2_i}", r"\mathbf{x}_i^2"),
    (r"u^T_{k} v", r"u_{k}^T v"),
    (r"\rho^{2}_a", r"\rho_a^{2}"),
    (r"\sum^{N}_{i=1} x_i", r"\sum_{i=1}^{N} x_i"),
    (r"\textbf{W}^T_k", r"\mathbf{W}_k^T"),
    (r"\mathbf{E}_ {q} \lbrack \log q(z) \rbrack", r"\mathbf{E}_{q} [ \log q(z) ]"),
    (r"\texttt{ELBO}(q)", r"\text{ELBO}(q)"),
    (r"KL[q(z)||p(z | x)]", r"KL(q(z) \| p(z | x))"),
    (r"\mathop{argmax} _ {\eta} f(\eta)", r"\argmax_{\eta} f(\eta)"),
    (r"\mathbf{argmax}_{\theta} l(\theta)", r"\argmax_{\theta} l(\theta)"),
    (r"\frac{\partial{l(\theta)}}{\partial{\theta_j}}", r"\frac{\partial l(\theta)}{\partial \theta_j}"),
    (r"\frac{\partial E}{\partial w_{ij}^{'}}", r"\frac{\partial E}{\partial w'_{ij}}"),
    (r"p(X｜z)", r"p(X | z)"),
]


@pytest.mark.parametrize("typed,canonical", SAME)
def test_typed_reads_as_canonical(typed, canonical):
    assert reading(typed) == reading(canonical)


def test_a_named_functional_in_square_brackets_is_applied():
    """\\texttt{ELBO}[q]: ELBO of q, never the word ELBO times q."""
    (_, side), = reading(r"\texttt{ELBO}[q]")
    assert side[0] == "app" and side[1][1] == "ELBO"


def test_sharp_is_a_letter_of_its_own():
    (_, side), = reading(r"f^\sharp(x, y)")
    assert side[0] == "app" and side[1][1] == "f" and side[1][4] != 0   # marked: not f itself, not a power
    assert verdicts(r"f^\sharp(x) - f(x) = 0", timeout=30) == ["invalid"]


def test_a_superscript_inside_an_accent_stays():
    """\\bar{x^2} is the mean of the squares: never read as \\bar{x}^2, the square of the mean."""
    with pytest.raises(ReadError):
        reading(r"\bar{x^2}")


@pytest.mark.parametrize("row,verdict", [
    (r"\mathbf{x_{t-1}} + \mathbf{x_{t-1}} = 2\mathbf{x}_{t-1}", "proved"),
    (r"u^2_{k} = u_k u_k", "proved"),
    (r"u^2_{k} = u_k u_j", "invalid"),
    (r"\lbrack a + b \rbrack c = a c + b c", "proved"),
    (r"\lbrack a + b \rbrack c = a c + b", "invalid"),
    (r"\frac{\partial{(a w^2)}}{\partial{w}} = 2 a w", "proved"),
    (r"\frac{\partial{(a w^2)}}{\partial{w}} = a w", "invalid"),
])
def test_verdicts_in_the_typed_spelling(row, verdict):
    assert verdicts(row, timeout=30) == [verdict]


def test_a_divergence_with_its_subscript_is_named():
    """\\nabla_x \\cdot s(x): a divergence of a vector field (not read yet), named as for a bare \\nabla, never
    'unknown command \\cdot'; a product sign after a gradient's operand stays a product."""
    with pytest.raises(ReadError, match="divergence"):
        reading(r"\nabla_{\mathbf{x}} \cdot s_\theta(\mathbf{x})")
    assert reading(r"\nabla_x f(x) \cdot g(x)")[0][1][0] == "d_scope"
