"""The companion page embeds its math font (derivation/show/html/math_font.py): a woff2 data URL a browser accepts,
only on the full page, and nothing when the font file is missing."""
import base64
import re

from derivation.show.html import math_font
from derivation.show.html.style import css


def test_the_page_embeds_a_woff2_font_first_in_the_math_family():
    page = css(page=True)
    data = re.search(r"data:font/woff2;base64,([A-Za-z0-9+/=]+)", page)
    assert data, "no embedded font"
    font = base64.b64decode(data.group(1))
    assert font[:4] == b"wOF2" and len(font) > 20_000
    assert re.search(r'\.eq7 math\{font-family:"eq7 STIX Two Math"', page)


def test_a_notebook_cell_carries_no_font():
    assert "@font-face" not in css(page=False)


def test_a_missing_or_broken_font_file_embeds_nothing(tmp_path, monkeypatch):
    broken = tmp_path / "f.woff2"
    broken.write_bytes(b"<html>not a font</html>")
    for path in (tmp_path / "missing.woff2", broken):
        monkeypatch.setattr(math_font, "FONT", path)
        math_font.font_face.cache_clear()
        assert math_font.font_face() == ""
        assert "@font-face" not in css(page=True)
    math_font.font_face.cache_clear()
