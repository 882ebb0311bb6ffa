"""Find the display-math derivations of a Markdown or LaTeX document and cut them into rows.

Every row keeps where it came from: the 1-based line and column of its first
character in the source, so reports point at the document's own lines. Nothing is
deleted from a row's text, only blanked (`&`, comments, the trailing justification
become spaces), so an offset inside a row is still an offset into the source.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

# The environments whose rows are a derivation. `equation`/`gather` are read too:
# readers put single-row derivations in them.
ENVIRONMENTS = ("align", "align*", "aligned", "alignat", "alignat*", "eqnarray", "eqnarray*",
                "equation", "equation*", "gather", "gather*", "gathered", "split", "multline", "multline*")
_OPEN = re.compile(r"\$\$|(?<!\\)\\\[|\\begin\s*\{([a-zA-Z*]+)\}")  # `\\[2pt]` is a row break, not \[
_COMMENT = re.compile(r"(?<!\\)%[^\n]*")
_BY = re.compile(r"%\s*by\s*:\s*(.*?)\s*$")
_EXPECT = re.compile(r"%\s*expect\s*:\s*([\w ,]+)")
_FENCE = re.compile(r"^(```|~~~)[^\n]*\n.*?^\1[ \t]*$", re.S | re.M)
# A justification at the end of a row: [\quad] \text{...} (also \textrm, \mbox, \tag).
_TRAILING_TEXT = re.compile(r"(?:\\q?quad\s*|&\s*|\\[,;]\s*)*\\(?:text|textrm|mbox|textit)\s*\{([^{}]*)\}\s*[.,]?\s*$")
_NOISE = re.compile(r"\\(?:nonumber|notag)\b|\\(?:label|tag|intertext|shortintertext)\s*\{[^{}]*\}")
_END_PUNCT = re.compile(r"(?<!\\)[.,;]\s*$")  # a sentence's full stop after the last row is not mathematics


class DocumentError(ValueError):
    """The document as a whole cannot be read (no math, an unclosed environment, ...)."""

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


@dataclass
class Block:
    index: int
    environment: str                  # "align*", "$$", "\\[" ...
    line: int
    column: int
    rows: list[Row] = field(default_factory=list)


class Source:
    """A document's text with offset <-> (line, column) conversion."""

    def __init__(self, text: str, name: str = "<document>"):
        self.text, self.name = text, name
        self._starts = [0] + [m.end() for m in re.finditer(r"\n", text)]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1

    def line_text(self, line: int) -> str:
        end = self._starts[line] - 1 if line < len(self._starts) else len(self.text)
        return self.text[self._starts[line - 1]:end]


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]


def _front_matter_end(text: str) -> int:
    """Skip YAML front matter (`---` ... `---` at the top): it is not mathematics."""
    m = re.match(r"---[ \t]*\r?\n.*?\n---[ \t]*(\r?\n|$)", text, re.S)
    return m.end() if m else 0


def _masked(text: str, latex: bool) -> str:
    """The text with front matter, Markdown code fences and (in LaTeX) comments blanked, same length:
    only for finding the displays; rows are cut from the text itself, comments and all."""
    end = _front_matter_end(text)
    masked = _blank(text, 0, end)
    for m in _FENCE.finditer(masked):
        masked = _blank(masked, m.start(), m.end())
    if latex:
        for m in _COMMENT.finditer(masked):
            masked = _blank(masked, m.start(), m.end())
    return masked


def _find_close(masked: str, src: Source, start: int, opener: str, env: str | None,
                opened_at: int) -> tuple[int, int]:
    """(content end, block end) of the display opened just before `start`."""
    if opener == "$$":
        close = masked.find("$$", start)
    elif opener == "\\[":
        m = re.compile(r"(?<!\\)\\\]").search(masked, start)
        close = m.start() if m else -1
    else:
        m = re.compile(r"\\end\s*\{" + re.escape(env) + r"\}").search(masked, start)
        close = m.start() if m else -1
        if m:
            return close, m.end()
    if close < 0:
        line, col = src.position(opened_at)
        want = {"$$": "$$", "\\[": "\\]"}.get(opener, f"\\end{{{env}}}")
        shown = opener if env is None else "\\begin{" + env + "}"
        raise DocumentError(f"unclosed display math: {shown} is never closed (expected {want})", line, col)
    return close, close + 2


def find_blocks(text: str, name: str = "<document>") -> tuple[Source, list[Block]]:
    """All display-math derivations of a document, innermost environment first-class.

    `$$ \\begin{align*} ... \\end{align*} $$` is one block whose rows are the align's.
    Raises DocumentError when there is no display math at all or a display is unclosed.
    """
    src = Source(text, name)
    masked = _masked(text, latex=name.endswith(".tex"))
    blocks: list[Block] = []
    pos = 0
    while True:
        m = _OPEN.search(masked, pos)
        if not m:
            break
        opener, env = m.group(0), m.group(1)
        if env is not None and env not in ENVIRONMENTS:
            pos = m.end()  # \begin{itemize} and friends: not mathematics
            continue
        kind = env if env is not None else opener
        content_end, block_end = _find_close(masked, src, m.end(), opener if env is None else "\\begin", env,
                                             m.start())
        start = m.end()
        inner = _OPEN.search(masked, start, content_end)
        if inner and inner.group(1) in ENVIRONMENTS:
            # a display wrapping an environment: the environment is the derivation
            sub_end, _ = _find_close(masked, src, inner.end(), "\\begin", inner.group(1), inner.start())
            kind, start, content_end = inner.group(1), inner.end(), sub_end
        # alignat takes a column count: {2}
        if kind.startswith("alignat"):
            am = re.match(r"\s*\{\d+\}", masked[start:content_end])
            start += am.end() if am else 0
        line, col = src.position(m.start())
        block = Block(len(blocks), kind, line, col)
        block.rows = split_rows(text, src, start, content_end, block.index)
        blocks.append(block)
        pos = block_end
    if not blocks:
        raise DocumentError(f"{name}: no display math found (expected $$ ... $$, \\[ ... \\] or "
                            f"\\begin{{align*}} ... \\end{{align*}})")
    return src, blocks


def _row_breaks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of `\\\\` (with an optional [2pt]) at brace depth 0, comments skipped."""
    breaks, depth, i = [], 0, start
    while i < end:
        c = text[i]
        if c == "%" and (i == 0 or text[i - 1] != "\\"):
            nl = text.find("\n", i, end)
            i = end if nl < 0 else nl
            continue
        if c == "\\" and i + 1 < end:
            if text[i + 1] == "\\" and depth == 0:
                m = re.compile(r"\\\\(\s*\[[^\]\n]*\])?").match(text, i)
                breaks.append((i, m.end()))
                i = m.end()
                continue
            i += 2
            continue
        depth += c == "{"
        depth -= c == "}"
        i += 1
    return breaks


def split_rows(text: str, src: Source, start: int, end: int, block: int = 0) -> list[Row]:
    """Cut [start, end) at `\\\\` into rows; comments go to the row they sit on."""
    spans, prev = [], start
    for b0, b1 in _row_breaks(text, start, end):
        spans.append((prev, b0))
        prev = b1
    spans.append((prev, end))
    comments = [(m.start(), m.group(0)) for m in _COMMENT.finditer(text, start, end)]
    rows: list[Row] = []
    for i, (a, b) in enumerate(spans):
        raw = text[a:b]
        body = raw
        for m in _COMMENT.finditer(raw):
            body = _blank(body, m.start(), m.end())
        body = body.replace("&", " ")
        for m in _NOISE.finditer(body):
            body = _blank(body, m.start(), m.end())
        just = None
        tm = _TRAILING_TEXT.search(body)
        if tm:
            just = tm.group(1).strip().strip("()").strip() or None
            body = _blank(body, tm.start(), tm.end())
        pm = _END_PUNCT.search(body)
        if pm:
            body = _blank(body, pm.start(), pm.end())
        stripped = body.strip()
        lead = len(body) - len(body.lstrip())
        if not stripped:
            if i == len(spans) - 1:
                continue  # a trailing `\\` before \end{align}: harmless
            line, col = src.position(a)
            rows.append(Row("", raw.strip(), a, line, col, just, block=block))  # the reader reports it
            continue
        line, col = src.position(a + lead)
        printed = raw[lead:len(body.rstrip())]  # as printed: `&` kept, comments and the justification left out
        rows.append(Row(body, printed, a, line, col, just, block=block))
    _attach_comments(rows, comments, src, text)
    return rows


def _attach_comments(rows: list[Row], comments, src: Source, text: str) -> None:
    """A comment belongs to the row with content before it on its line; a comment alone
    on its line belongs to the row that follows it."""
    for off, comment in comments:
        line, col = src.position(off)
        before = text[off - col + 1:off].replace("&", " ").replace("\\\\", " ").strip()
        starts_before = [r for r in rows if (r.line, r.column) < (line, col)]
        if before:
            owner = starts_before[-1] if starts_before else None
        else:
            owner = next((r for r in rows if (r.line, r.column) > (line, col)), None)
        if owner is None:
            continue
        by, expect = _BY.search(comment), _EXPECT.search(comment)
        if by and by.group(1):
            owner.justification = by.group(1)
        for word in (expect.group(1).lower().split(",") if expect else ()):
            word = word.strip()
            if word.endswith("claim"):
                owner.expect_claim = word.removesuffix("claim").strip()
            elif word:
                owner.expect = word.split()[0]
