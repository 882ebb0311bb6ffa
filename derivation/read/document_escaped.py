"""Displays typed `\\\\[ ... \\\\]` in Markdown, as Hugo, Jekyll and other MathJax sites need them.

Markdown turns `\\\\[` into `\\[` before MathJax sees the page, so an author whose site does not protect
mathematics from Markdown types every display's delimiters with a doubled backslash (as kramdown's
`\\\\( ... \\\\)` for inline mathematics, document_regions.py). Inside a display `\\\\[2pt]` is a row break with
its spacing, never an opener: only the text outside every other display is searched (document.py blanks
them), an opener followed by a length in brackets is passed over, and a display closes in its own paragraph
(Markdown closes no mathematics across a blank line). Typst's `$ ... $` block displays and TeXmacs files are
other formats, not Markdown: not read here. One linear scan (bisect over the closers).
"""
from __future__ import annotations

import bisect
import re

_OPENER = re.compile(r"(?<!\\)\\\\\[")
_CLOSER = re.compile(r"(?<!\\)\\\\\]")
_LENGTH = re.compile(r"\s*-?(?:\d+(?:\.\d*)?|\.\d+)\s*(?:pt|em|ex|mm|cm|in|mu|bp|pc|sp)\s*\]")
_PARAGRAPH = re.compile(r"\n[ \t]*\r?\n")
MAX_CHARS = 20000


def escaped_displays(masked: str) -> list[tuple[int, int, int, int]]:
    """(opener, content start, content end, end) of every `\\\\[ ... \\\\]` display in `masked` (Markdown only)."""
    closers = [m.start() for m in _CLOSER.finditer(masked)]
    if not closers:
        return []
    paras = [m.start() for m in _PARAGRAPH.finditer(masked)]
    out, pos = [], 0
    for m in _OPENER.finditer(masked):
        if m.start() < pos or _LENGTH.match(masked, m.end()):
            continue
        j = bisect.bisect_left(closers, m.end())
        if j == len(closers):
            break
        close = closers[j]
        if close - m.end() > MAX_CHARS or bisect.bisect_right(paras, m.start()) != bisect.bisect_right(paras, close):
            continue
        out.append((m.start(), m.end(), close, close + 3))
        pos = close + 3
    return out
