"""The companion's "Eq. (7) in numbers": every formula in its sentences rendered, none as ASCII TeX."""
import re

from eq7.numbers_html import numbers_section

ASCII_TEX = re.compile(r"[_^\\]|/d|dNLL|log Z|E_|P_")


def _words(html: str) -> str:
    """The prose a reader sees: the figure's data URIs, the table's cells (model names such as
    RBM(n_visible=6) are code), the formulas and the tags removed."""
    html = re.sub(r"<tbody>.*?</tbody>", "", html, flags=re.S)
    html = re.sub(r'src(set)?="data:[^"]*"', "", html)
    html = re.sub(r"<math.*?</math>", " [formula] ", html, flags=re.S)
    return re.sub(r"<[^>]+>", "", html)


def test_the_numbers_prose_renders_its_mathematics():
    html = numbers_section().html
    assert "tex-fallback" not in html   # every formula math-core could read
    words = _words(html)
    assert not ASCII_TEX.search(words), ASCII_TEX.findall(words)
    assert 'display="block"' in html   # eq. (7) itself, displayed
    assert words.count("[formula]") >= 10


def test_the_check_sees_ascii_tex():   # the test above can fail: the old legend's words are caught
    assert ASCII_TEX.search(_words("<p>eq. (7): dNLL/dΘ = positive - negative</p>"))
    assert ASCII_TEX.search(_words("<p>log Z exact (route: ...)</p>"))
