"""The notation inside a sentence is rendered on the page (derivation/show/html/prose_math.py); words stay words."""
import pytest

from derivation.judge.diagnose import RULE_WORDS
from derivation.show.html.mathml import available
from derivation.show.html.prose_math import _runs, prose_html, text_html, to_tex


def runs(text):
    return [text[a:b] for a, b in _runs(text)]


@pytest.mark.parametrize("text, expected", [
    ("writes out P_Θ(x) = e^{-E_Θ(x)} / Z_Θ", ["P_Θ(x) = e^{-E_Θ(x)} / Z_Θ"]),
    ("writes out L(Θ, D) = -(1/N) Σ_i log P_Θ(x^(i))", ["L(Θ, D) = -(1/N) Σ_i log P_Θ(x^(i))"]),
    ("log(a^n) = n log a (a positive)", ["log(a^n) = n log a"]),
    ("log(ab) = log a + log b (both positive)", ["log(ab) = log a + log b"]),
    ("writes E_{x~P_Θ}[f] as Σ_x P_Θ(x) f(x), a sum over the state space", ["E_{x~P_Θ}[f]", "Σ_x P_Θ(x) f(x)"]),
    ("Z_Θ sums e^{-E_Θ(x)} over every state x = 1..K of the space", ["Z_Θ", "e^{-E_Θ(x)}", "x = 1..K"]),
])
def test_runs_of_notation_are_found_whole(text, expected):
    assert runs(text) == expected


@pytest.mark.parametrize("text", [
    "a sum of N copies of a term free of the index is N times the term",
    "the model's entropy, end-to-end, and/or the derivative is linear (constants come out, sums split)",
    "differ by -2 times the phase",
])
def test_prose_stays_prose(text):
    assert runs(text) == [] and prose_html(text) == text


def test_the_tex_of_the_plain_notation():
    assert to_tex("E_{x~P_Θ}[f]") == r"\mathbb{E}_{x\sim P_\Theta }[f]"
    assert to_tex("P_Θ(x^(i))") == r"P_\Theta (x^{(i)})"
    assert to_tex("log a") == r"\log  a"


@pytest.mark.skipif(not available(), reason="math-core is not installed")
def test_every_rule_sentence_with_notation_is_rendered_and_escaped():
    for words in RULE_WORDS.values():
        page = text_html(words)
        assert ("<math" in page) == bool(runs(words)), words
        assert "^{" not in page and "_Θ" not in page, words   # no ASCII TeX left beside rendered mathematics
    assert "&lt;b&gt;" in text_html("P_Θ(x) <b>")   # the prose around stays escaped
