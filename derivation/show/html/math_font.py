"""The page's math font: STIX Two Math embedded as a data URL (fonts/README.md says why and its licence).

Only the full page carries it (about 0.55 MB of base64); a notebook cell relies on the fonts of the browser
it runs in, as does any page where the embedded font is missing from the installation."""
from __future__ import annotations

import base64
from functools import lru_cache
from pathlib import Path

FONT = Path(__file__).with_name("fonts") / "stix-two-math.woff2"
FAMILY = "eq7 STIX Two Math"


@lru_cache(maxsize=1)
def font_face() -> str:
    """An @font-face rule for FAMILY, or "" when the font file is not installed."""
    try:
        data = FONT.read_bytes()
    except OSError:
        return ""
    if data[:4] != b"wOF2":   # never embed what a browser would reject as a font
        return ""
    b64 = base64.b64encode(data).decode("ascii")
    return f'@font-face{{font-family:"{FAMILY}";src:url(data:font/woff2;base64,{b64}) format("woff2")}}'
