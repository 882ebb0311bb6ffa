"""One row of LaTeX -> AST: the notations of the issue read alike; errors say where and what."""
import pytest

from derivation.latex.parse import ReadError, parse_expression as P

SAME = [  # each pair: two spellings of one meaning
    (r"\frac{\partial \log Z_\Theta}{\partial\Theta}", r"\nabla_\theta \log Z(\theta)"),
    (r"\frac{\partial \log Z}{\partial\Theta}", r"\partial_\Theta \ln Z"),
    (r"\frac{\partial \log Z}{\partial\Theta}", r"\frac{\partial}{\partial \theta} \log Z"),
    (r"\frac{\partial \log Z}{\partial\Theta}", r"\frac{d \log Z}{d\theta}"),
    (r"\frac{\partial \log Z}{\partial\Theta}", r"\frac{\mathrm{d} \log Z}{\mathrm{d}\boldsymbol{\theta}}"),
    (r"E_{\mathrm{\Theta}}(\mathrm{x})", r"E(\mathbf{x})"),
    (r"E_\Theta(x^{(i)})", r"E_\theta(x_i)"),
    (r"P_{\mathrm{\Theta}}(\mathrm{x})", r"p_\theta(x)"),
    (r"\mathcal{L}(\Theta, \mathcal{D}')", r"L(\theta)"),
    (r"\mathcal{L}(\Theta,\mathcal{D})", r"\mathcal{L}"),
    (r"e^{-E(x)}", r"\exp(-E(x))"),
    (r"e^{-E(x)}", r"\exp\left(-E(x)\right)"),
    (r"\sum_{x}e^{-E(x)}", r"\sum_{x \in \mathcal{X}} e^{-E(x)}"),
    (r"\sum_{\mathrm{x}}e^{-E(\mathrm{x})}", r"\sum_x \exp(-E(x))"),
    (r"\sum_{i=1}^{N} E(x^{(i)})", r"\sum_{j=1}^N E(x_j)"),
    (r"E_{x\sim P_\Theta}[E(x)]", r"\mathbb{E}_{x \sim P_\Theta(x)}\left[E(x)\right]"),
    (r"E_{x\sim P_\Theta}[E(x)]", r"\mathbb{E}_{P_\Theta}[E(x)]"),
    (r"E_{x\sim P_{\mathcal{D}}}[E(x)]", r"\mathbb{E}_{x \sim P_\mathcal{D}}\left[E(x)\right]"),
    (r"\frac{1}{N} Z", r"\frac{1}{N} \cdot Z"),
]


@pytest.mark.parametrize("a, b", SAME)
def test_spellings_read_alike(a, b):
    assert P(a) == P(b)


def test_sum_body_extends_over_the_juxtaposed_product():
    assert P(r"\sum_{i=1}^N P(x_i) E(x_i) + Z") == (
        "add", ("sum_data", ("mul", ("P", ("x_i", "i")), ("E", ("x_i", "i")))), ("Z",))


def test_minus_inside_the_numerator_of_a_derivative():
    assert P(r"\frac{-\partial E(x)}{\partial\Theta}") == ("neg", ("d", ("E", ("x",))))


def test_derivative_of_log_of_a_quotient():
    assert P(r"\frac{\partial \log \frac{e^{-E(x)}}{Z}}{\partial\Theta}") == (
        "d", ("log", ("div", ("exp", ("neg", ("E", ("x",)))), ("Z",))))


def test_log_takes_the_next_factor_or_a_whole_sum():
    assert P(r"\log Z \cdot N") == ("mul", ("log", ("Z",)), ("N",))
    assert P(r"\log\sum_{i=1}^{N}e^{-E(x_i)}") == ("log", ("sum_data", ("exp", ("neg", ("E", ("x_i", "i"))))))


def test_literal_reading_of_sums_over_the_data():
    # the post's slip: Z written as a sum over the data; read it as written
    assert P(r"\sum_{i=1}^{N}e^{-E(x^{(i)})}")[0] == "sum_data"


@pytest.mark.parametrize("text, what, offset", [
    (r"\foo + Z", r"unknown command \foo", 0),
    (r"Z + \mathrm{x} \alpha", r"unknown command \alpha", 15),
    (r"E(x) + (Z", "the row ends too early", 9),
    (r"E(x) + q", "unexpected `q`", 7),
    (r"Z + \mathrm{data}", r"unexpected `\mathrm{data}`", 4),
    (r"\sum_{i=2}^{N} E(x_i)", "runs from 1 to N", 8),
])
def test_errors_say_where_and_what(text, what, offset):
    with pytest.raises(ReadError) as e:
        P(text)
    assert what in e.value.what and e.value.offset == offset


@pytest.mark.parametrize("text, what", [
    (r"\sum_{i=1}^N E(x_j)", "a data point indexed j inside a sum over i"),
    (r"\sum_{i=1}^N \sum_{j=1}^N E(x_j)", "a sum over the data inside another one"),
])
def test_data_indices_must_match_their_sum(text, what):
    with pytest.raises(ReadError, match=what):
        P(text)


def test_errors_list_what_was_expected():
    with pytest.raises(ReadError) as e:
        P("E(x) + (Z")
    assert ")" in e.value.expected


def test_a_minus_sign_after_a_big_operator_belongs_to_its_body():
    assert P(r"\sum_x -E(x) + Z") == ("add", ("sum_states", ("neg", ("E", ("x",)))), ("Z",))


def test_data_distribution_and_loss_spellings():
    assert P(r"\mathbb{E}_{x\sim p_{\text{data}}}[E(x)]") == P(r"\mathbb{E}_{x\sim P_\mathcal{D}}[E(x)]")
    assert P(r"\mathcal{L}(\theta; \mathcal{D})") == ("L",)


def test_parentheses_after_z_are_its_arguments():
    assert P(r"Z(\theta)") == ("Z",)
    assert P(r"Z \cdot (N + 1)") == ("mul", ("Z",), ("add", ("N",), ("num", 1)))
    with pytest.raises(ReadError, match=r"write Z \\cdot \(\.\.\.\) for a product"):
        P(r"Z (N + 1)")


def test_a_thin_space_at_the_end_of_a_row_is_kept_as_spacing():
    from derivation.latex.reader import read_text
    doc = read_text("$$\nZ = Z \\,\n$$")
    assert not doc.errors and doc.rows[0].sides == [("Z",), ("Z",)]
