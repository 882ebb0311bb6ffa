"""Which `$$` of a Markdown document open a display, as the author's Markdown paired them.

A `$$` is a display delimiter in most Markdown, but not every one:

- kramdown (Jekyll, GitHub Pages) writes inline mathematics as `$$...$$` inside a prose line ("with mean
  $$\\mu$$ and variance $$\\sigma^2$$"): a pair on one line with prose beside it is inline mathematics, so it
  must not shift the pairing of the displays after it;
- a `$$` left over inside a prose line (a slip such as `$$x_m$$)$$. I.e. the ...`, prose before and after it on
  its line) opens no display: no Markdown opens a display in the middle of a sentence;
- a `$$` that holds a whole environment and then, after a blank line, goes on into prose was never closed by its
  author (`stray_dollars`);
- a `$$` never closed at all (an excerpt cut short) is a display to the end of its paragraph when that is all
  mathematics (Markdown math never spans a paragraph), else the literal characters `$$`.
Each test looks at one line or one paragraph: linear in the document.
"""
from __future__ import annotations

import re

# Words as prose has them: three plain words in a row (not a command's name, not inside \text{..}), or CJK script.
_PROSE = re.compile(r"(?<![\\A-Za-z])[A-Za-z]{2,}[ \t]+[A-Za-z]{2,}[ \t]+[A-Za-z]{2,}(?![A-Za-z])|[\u3040-\u30ff\u4e00-\u9fff]")
_TEXT_GROUP = re.compile(r"\\(?:text\w*|mathrm|operatorname|mbox)\s*\{[^{}\n]*\}")
# what may stand beside a display's `$$` on its line and leave it a display: a list marker, punctuation, a number
_BESIDE_DISPLAY = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])?\s*$|^\s*[.,;:]?\s*(?:\(\s*[\w.*']{1,8}\s*\))?\s*[.,;:]?\s*$")


def _line_bounds(text: str, at: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, at) + 1
    b = text.find("\n", at)
    return a, len(text) if b < 0 else b


def is_prose(text: str) -> bool:
    return _PROSE.search(_TEXT_GROUP.sub(" ", text)) is not None


def inline_pair(masked: str, p: int) -> int | None:
    """The closing `$$` of kramdown's inline `$$...$$` opened at `p`: the next `$$` is on the same line and the
    line has more than a list marker, punctuation or an equation number beside the pair; else None."""
    a, b = _line_bounds(masked, p)
    close = masked.find("$$", p + 2, b)
    if close < 0:
        return None
    before, after = masked[a:p], masked[close + 2:b]
    if _BESIDE_DISPLAY.match(before) and _BESIDE_DISPLAY.match(after):
        return None
    return close


def in_prose(masked: str, p: int) -> bool:
    """A `$$` at `p` with words before it and prose after it on its own line (its pair not on that line)."""
    a, b = _line_bounds(masked, p)
    return bool(masked[a:p].strip()) and is_prose(masked[p + 2:b])


def paragraph_end(masked: str, p: int) -> int | None:
    """Where the paragraph holding an unclosed `$$` at `p` ends, when all of it after `p` is mathematics."""
    m = re.compile(r"\n[ \t]*\r?\n").search(masked, p)
    end = m.start() if m else len(masked)
    body = masked[p + 2:end]
    if not body.strip() or is_prose(body):
        return None
    return len(masked[:end].rstrip())


def stray_dollars(masked: str, start: int, environments) -> bool:
    """Markdown: a `$$` that holds a whole environment and then, after a blank line, goes on into prose was never
    closed by its author (the environment is displayed on its own; Markdown math never spans a paragraph), so
    pairing it with the next `$$` would turn every display after it inside out."""
    m = re.compile(r"\s*\\begin\s*\{([a-zA-Z*]+)\}").match(masked, start)
    if not m or m.group(1) not in environments:
        return False
    end = re.compile(r"\\end\s*\{" + re.escape(m.group(1)) + r"\}").search(masked, m.end())
    if not end:
        return False
    close = masked.find("$$", end.end())
    gap = re.compile(r"[ \t]*\r?\n[ \t]*\r?\n\s*\S").search(masked, end.end(), len(masked) if close < 0 else close)
    return gap is not None and not masked[end.end():gap.start()].strip()
