"""TeX -> MathML for the companion page: every row we ship renders; what cannot falls back to code."""
import glob
import re
from pathlib import Path

import pytest

from derivation.show.html import mathml
from derivation.show.html.mathml import display_tex, math_html, to_mathml
from derivation.show.html.prose_math import text_html

ROOT = Path(__file__).resolve().parents[2]
DOCS = [None] + sorted(glob.glob(str(ROOT / "tests" / "derivations" / "derivation_*")))

pytestmark = pytest.mark.skipif(not mathml.available(), reason="math-core is not installed "
                                "(python -m pip install -e .)")


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: Path(p).name if p else "post")
def test_every_row_reading_and_correction_renders(doc):
    from derivation.run.checkdoc import check_path
    from derivation.judge.corrections import corrections

    docrep = check_path(doc)
    texts = []
    for rep in docrep.reports:
        texts += [r.latex for r in rep.chain.rows] + [r.rendered for r in rep.chain.rows if r.readable]
        texts += ["= " + f.latex for f in corrections(rep).values() if f is not None]
        for s in (*rep.steps, rep.claim):
            texts += re.findall(r"\$([^$]+)\$", s.explanation)
    assert texts
    failed = [t for t in texts if to_mathml(display_tex(t)) is None or "<merror" in to_mathml(display_tex(t))]
    assert not failed


def test_mathml_is_upright_where_the_tex_says_so_and_spaces_operators():
    m = to_mathml(r"P_{\mathrm{\Theta}}(\mathrm{x}) = -\log Z \sim E")
    assert '<mi mathvariant="normal">x</mi>' in m and '<mi mathvariant="normal">Θ</mi>' in m
    assert "<mi>log</mi>" in m and "&ApplyFunction;" in m          # an operator name, spaced from Z
    assert re.search(r"<mo[^>]*>∼</mo>", m)                          # \sim is a relation, not a letter
    assert to_mathml("x", display=True).startswith('<math display="block">')


def test_display_tex_drops_alignment_breaks_and_comments_only():
    assert display_tex("a &= b \\\\ % by: rule\n&= c \\& d") == r"a = b = c \& d"
    assert display_tex(r"x \\[2pt] y") == "x y"
    with pytest.raises(TypeError, match="latex must be a str"):
        display_tex(None)


def test_text_is_escaped_and_inline_math_rendered():
    out = text_html("a <script>alert(1)</script> & $x^2$ end")
    assert "<script>" not in out and "&lt;script&gt;" in out and "&amp;" in out
    assert re.search(r"<math>.*<msup>.*</math> end$", out)


def test_an_unknown_macro_is_shown_by_name_inside_rendered_math():
    out = math_html(r"\nabla_{\Vtheta} \log Z")
    assert out.startswith("<math") and "<merror" in out and "\\Vtheta" in out and "<mi>log</mi>" in out


def test_unconvertible_tex_falls_back_to_escaped_code():
    out = math_html(r"\left( x < \foo")
    assert out.startswith('<code class="tex-fallback">') and "&lt;" in out and "<math" not in out


def test_without_math_core_every_formula_is_code(monkeypatch):
    monkeypatch.setattr(mathml, "_converter", lambda: mathml._UNAVAILABLE)
    mathml.to_mathml.cache_clear()
    try:
        assert not mathml.available()
        assert math_html(r"\frac{1}{N}") == r'<code class="tex-fallback">\frac{1}{N}</code>'
    finally:
        mathml.to_mathml.cache_clear()
