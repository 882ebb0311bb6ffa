"""A document's text and what is cut from it: rows, blocks, the document's limits, and blanking.

The data every other document module shares (document.py finds displays, document_regions.py finds
code and inline mathematics, document_rows.py cuts a display into rows): `Source` turns an offset into
the 1-based (line, column) reports point at; a `Row` keeps its offset, so positions inside it are
positions in the source. Blanking (`_blank`, `_blank_spans`) is the one edit a text gets: it keeps
every character's offset (only non-newlines become spaces), in one linear pass.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .macros import Macro

# The largest document read (characters; `eq7 check` refuses larger files before reading them whole),
# and the most rows of mathematics checked in one document (each step costs up to its time budget).
MAX_DOCUMENT_CHARS = 4_000_000
MAX_ROWS = 3_000
_COMMENT = re.compile(r"(?<!\\)%[^\n]*")  # a LaTeX comment (an escaped \% is a percent sign)


class DocumentError(ValueError):
    """The document as a whole cannot be read (no math, an unclosed environment, too large, ...)."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None):
        self.line, self.column, self.bare = line, column, message
        where = f"line {line}, column {column}: " if line is not None else ""
        super().__init__(where + message)


@dataclass
class Row:
    """One row of a display: its text (same length as its source slice) and where it starts."""

    text: str            # the row with `&`, comments, \label, the justification blanked out
    source: str          # the row exactly as the document prints it (trimmed)
    offset: int          # offset of text[0] in the document
    line: int            # 1-based line of the first non-blank character
    column: int          # 1-based column of the first non-blank character
    justification: str | None = None
    expect: str | None = None          # "invalid" when the row carries `% expect: invalid`
    expect_claim: str | None = None    # "invalid" when it carries `% expect: invalid claim`
    block: int = 0                     # index of the display it belongs to
    kind: str = "math"                 # "math", or "prose" (a \text{...} or \intertext row between rows)
    let: bool = False                  # "Let $x = ...$": the row defines a symbol
    aside: bool = False                # `& \because a = b` inside a chain: its own claim (reader.py)
    note: str = ""                     # what the reader should say about where the row was found (an unclosed `$$`)
    premise: str = ""                  # `\\because a = b` then `\\therefore c = d`: the rows from c on follow from a = b


@dataclass
class Block:
    index: int
    environment: str                  # "align*", "$$", "\\[", "```math", ".. math::", "$" ...
    line: int
    column: int
    rows: list[Row] = field(default_factory=list)

    @property
    def inline(self) -> bool:
        return self.environment in ("$", "\\(", "$`", ":math:", "<d-math>")


class Source:
    """A document's text with offset <-> (line, column) conversion."""

    def __init__(self, text: str, name: str = "<document>"):
        self.text, self.name = text, name
        self._starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
        self.macros: dict[str, Macro] = {}

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1

    def line_text(self, line: int) -> str:
        end = self._starts[line] - 1 if line < len(self._starts) else len(self.text)
        return self.text[self._starts[line - 1]:end]


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]


def _blank_spans(text: str, spans) -> str:
    """Blank many sorted, disjoint spans in one pass (linear, unlike one copy per span)."""
    out, prev = [], 0
    for a, b in spans:
        if a < prev:
            a = prev
        if b <= a:
            continue
        out.append(text[prev:a])
        out.append(re.sub(r"[^\n]", " ", text[a:b]))
        prev = b
    out.append(text[prev:])
    return "".join(out)
