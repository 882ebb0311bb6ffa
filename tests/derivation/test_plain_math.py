"""$...$ in an explanation, written out for a terminal (plain_math.py): the notation the report uses."""
import pytest

from derivation.show.plain_math import plain_math, plain_tex


@pytest.mark.parametrize("tex, plain", [
    (r"\sum_{i=1}^{N} e^{- E_{\Theta}(\mathrm{x}^{(i)})}", "Σ_{i=1}^N e^{-E_Θ(x^(i))}"),
    (r"\frac{\partial E_\Theta(x)}{\partial \Theta}", "∂E_Θ(x)/∂Θ"),
    (r"\mathbb{E}_{x\sim P_\Theta}\left[f(x)\right]", "E_{x~P_Θ}[f(x)]"),
    (r"\log{\left(Z_{\Theta} \right)} + \frac{a + b}{N}", "log(Z_Θ) + (a + b)/N"),
    (r"\frac{1}{N}\sum_{i=1}^{N} E", "1/N Σ_{i=1}^N E"),
    (r"\frac{a}{b", r"a/b"),                      # an unclosed group: what was read, no exception
])
def test_tex_in_plain_notation(tex, plain):
    assert plain_tex(tex) == plain


def test_only_the_dollar_spans_change():
    assert plain_math("sums $x^{(i)}$ over the data") == "sums x^(i) over the data"
    assert plain_math("no formula here") == "no formula here" and plain_math("") == ""


def test_the_report_shows_no_tex_in_its_explanations():
    """The post's Z-over-the-data slip quotes the sum as $...$ (the page renders it); the terminal
    report and check_step's str() write it out."""
    from derivation import check_step
    from derivation.run.checkdoc import check_path
    from derivation.show.short_report import to_text_document

    text = to_text_document(check_path(None))
    assert "Σ_{i=1}^N e^{-E_Θ(x^(i))}" in text and "\\mathrm" not in text.split("Summary")[1]
    v = check_step(r"Z_\theta", r"\sum_{i=1}^{N} e^{-E_\theta(x_i)}")
    assert "$" in v.explanation and "$" not in str(v) and "Σ_{i=1}^N e^{-E_θ(x^(i))}" in str(v)
