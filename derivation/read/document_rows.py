"""Cutting one display into rows: at `\\\\`, with justifications, comments and prose kept apart.

A row's text keeps its length (document_source.py: `&`, comments, `\\label`, the trailing
`\\text{...}` justification and a closing full stop are blanked, never deleted), so offsets into
it stay offsets into the source. `% by: ...` and `% expect: ...` comments go to the row they
belong to; `\\intertext{...}` and rows of words alone become prose rows.
"""
from __future__ import annotations

import bisect
import re

from .document_columns import justification_column
from .document_source import _COMMENT, Row, Source, _blank
from .macros import group_end
from .reader_rows import _LET_TEXT

_BY = re.compile(r"%\s*by\s*:\s*(.*?)\s*$")
_EXPECT = re.compile(r"%\s*expect\s*:\s*([\w ,]+)")
_NOISE = re.compile(r"\\(?:nonumber|notag|hline|displaystyle|textstyle|allowbreak|nolimits)(?![A-Za-z])"
                    r"|\\(?:label|tag\*?|eqref|vspace\*?|hspace\*?)\s*\{[^{}\n]*\}")
_LEAD_CONNECTIVE = re.compile(r"^\s*\\(?:because|therefore)(?![A-Za-z])")
# `\implies \ln Z = ..`, `\Rightarrow Z = ..` at the start of a row: the row follows from the one before and has its
# own left side (a new equation); the arrow itself is no mathematics of the row. Also typed in ASCII, `=> a = b`, and
# after the author's words, `\text{Based on (3), (4)} => a = b` (the words say where the row comes from)
_LEAD_ARROW = re.compile(r"^\s*(?:\\text\s*\{[^{}\n]{0,80}\}\s*)?"
                         r"(?:\\(?:implies|Rightarrow|Longrightarrow|iff|Leftrightarrow|Longleftrightarrow)(?![A-Za-z])"
                         r"|=>(?!=))")
# spacing that only indents a row (`&\qquad = ...`, `\phantom{\log Z} = ...`): nothing is written there
_LEAD_SPACE = re.compile(r"\s*(?:\\q?quad(?![A-Za-z])|\\[,;:! ]|~|\\(?:hskip|mkern|kern)\s*-?\d+(?:\.\d+)?\s*(?:pt|em|mu|ex)"
                         r"|\\(?:hspace\*?|[hv]?phantom)\s*(?=\{))")
_INTERTEXT = re.compile(r"\\(?:intertext|shortintertext)\s*\{")
# `... = b.\:\:\:\:(13)`, `a = b \qquad (2.1)`: an equation number typed by hand at the end of a row, after
# punctuation or a spacing command (never after plain space alone: `= 2 (13)` may be a product)
_EQ_NUMBER = re.compile(r"(?:(?<=[.,;])|(?=\s*(?:\\[;: ]|\\q?quad(?![A-Za-z])|~)))"
                        r"(?:\s|\\[,;:! ]|\\q?quad(?![A-Za-z])|~)*\(\d{1,3}(?:\.\d{1,3})?[a-z]?\)\s*$")
_END_PUNCT = re.compile(r"(?<!\\)[.,;、，。]\s*$")  # a sentence's full stop after the last row is not mathematics
_TEXT_CMD = re.compile(r"\\(?:text|textrm|mbox|textit|textnormal|hbox)\s*$")
_BREAK = re.compile(r"\\\\(?:\\\\|\\(?=\s|$))?(\s*\[[^\]\n]{0,20}\])?")  # also Hugo's \\\ and \\\\


def _row_breaks(text: str, start: int, end: int, markdown: bool = False) -> list[tuple[int, int]]:
    """Spans of `\\\\` (with an optional [2pt]) at brace and environment depth 0, comments skipped; in Markdown
    `\\\\{` and `\\\\}` are the author's escaped braces \\{ \\}, `\\\\,` an escaped thin space, never a row break."""
    breaks, depth, i = [], 0, start
    while i < end:
        c = text[i]
        if c == "%" and (i == 0 or text[i - 1] != "\\"):
            nl = text.find("\n", i, end)
            i = end if nl < 0 else nl
            continue
        if c == "\\" and i + 1 < end:
            if text[i + 1] == "\\" and markdown and text[i + 2:i + 3] in _MD_ESCAPED:
                i += 3
                continue
            if text[i + 1] == "\\":
                m = _BREAK.match(text, i, end)
                if depth == 0:
                    breaks.append((i, m.end()))
                i = m.end()
                continue
            if text.startswith("newline", i + 1) and not text[i + 8:i + 9].isalpha():
                if depth == 0:   # \newline: a row break as MathJax and KaTeX show it
                    breaks.append((i, i + 8))
                i += 8
                continue
            if text.startswith("begin", i + 1):
                depth += 1
            elif text.startswith("end", i + 1) and not text[i + 4:i + 5].isalpha():
                depth -= 1
            i += 2
            continue
        depth += c == "{"
        depth -= c == "}"
        i += 1
    return breaks


def _trailing_text(body: str) -> tuple[int, str] | None:
    """A justification at the end of a row: [\\quad] \\text{...} [.] (also \\textrm, \\mbox); linear."""
    end = len(body.rstrip())
    while end > 0 and (body[end - 1] in ".," or body[end - 1].isspace()):  # index steps: no copies
        end -= 1
    if end == 0 or body[end - 1] != "}" or body[end - 2:end] == "\\}":
        return None   # `\text{for } \theta \in \{0, 1\}` ends with a set's brace, not the words' (hostile8 G13)
    depth, i = 0, end - 1
    while i >= 0:
        ch = body[i]
        if ch == "}" and (i == 0 or body[i - 1] != "\\"):
            depth += 1
        elif ch == "{" and (i == 0 or body[i - 1] != "\\"):
            depth -= 1
            if depth == 0:
                break
        i -= 1
    if i < 0:
        return None
    m = _TEXT_CMD.search(body, max(0, i - 20), i)
    if not m:
        return None
    start = m.start()
    before = body[:start].rstrip()
    if before.endswith(("_", "^")):
        return None
    words = body[i + 1:end - 1]
    if re.fullmatch(r"[A-Z]{2,5}", words) and re.search(r"[A-Za-z0-9})\]](\s|\\,)*$", before) \
            and not re.search(r"(\\q?quad|&|\\ |~)\s*$", before):
        return None   # c \, \text{NLL}: an abbreviation right after a factor is a factor (the NLL), not the reason
    while True:  # spacing and alignment before the words belong to them
        stripped = before.rstrip()
        for tail in ("\\qquad", "\\quad", "&", "\\,", "\\;", "\\:", "\\ ", "~"):
            if stripped.endswith(tail):
                before = stripped[:-len(tail)]
                break
        else:
            break
    start = len(before)
    return start, body[i + 1:end - 1]


def _blank_intertext(body: str) -> tuple[str, str | None]:
    """\\intertext{...} between rows is prose: blanked, its words kept."""
    words = None
    for m in _INTERTEXT.finditer(body):
        end = group_end(body, m.end() - 1, limit=len(body))
        if end > 0:
            words = body[m.end():end - 1].strip()
            body = _blank(body, m.start(), end)
    return body, words


_MD_ESCAPE = re.compile(r"(?<!\\)\\(?=[_*\[\]])")  # Markdown authors write x\_i so that _ is not emphasis, and
# \left\[ .. \right\] so that [..] is not a link: inside a display \[ cannot open another display


# `\\\\{`, `\\\\,` typed for Markdown, which turns `\\\\` into `\\`: the brace `\\{`, the thin space `\\,` (CommonMark
# escapes every ASCII punctuation; a row of LaTeX never starts with `,` `;` `:` `!`), never a row break (hostile set 9, O24)
_MD_ESCAPED = ("{", "}", ",", ";", ":", "!")
_MD_BRACE = re.compile(r"(?<!\\)\\\\([{},;:!])")
_MD_SUBSCRIPT = re.compile(r"(?<!\\)\\_")
_BAR = re.compile(r"\\\|(?:\s*\\\|)?")


def _escaped_bars(body: str) -> str:
    """In a display whose author escapes `_` for Markdown (x\\_i), a lone `\\|` is Markdown's escaped `|` (the
    conditional bar of p(z \\| x)), as the site's Markdown shows it; `\\|\\|` (KL's ||) stays for respell_fonts."""
    return _BAR.sub(lambda m: m.group(0) if m.group(0).count("|") == 2 else " |", body)


def _blank_leading_space(body: str) -> str:
    """Blank the spacing a row starts with (`\\qquad`, `\\;`, `~`, `\\hspace{1em}`, `\\phantom{\\log Z}`): it indents
    the row and writes nothing, so a row `\\qquad = B` starts with its relation and goes on from the row before."""
    i = 0
    while True:
        m = _LEAD_SPACE.match(body, i)
        if not m or m.end() == i:
            break
        end = m.end()
        if end < len(body) and body[end] == "{":  # \hspace{..}, \phantom{..}: the group is invisible too
            end = group_end(body, end, limit=2000)
            if end < 0:
                break
        i = end
    return re.sub(r"[^\n]", " ", body[:i]) + body[i:] if i else body


def split_rows(text: str, src: Source, start: int, end: int, block: int = 0, markdown: bool = False,
               columns: bool = False) -> list[Row]:
    """Cut [start, end) at `\\\\` into rows; comments go to the row they sit on. In Markdown, `\\_` and
    `\\*` are the author's escapes for `_` and `*` (a subscript, a product), not LaTeX's literal underscore.
    `columns`: an align's rows, whose third column may be the author's reason (document_columns.py)."""
    spans, prev = [], start
    escaped = markdown and _MD_SUBSCRIPT.search(text, start, end) is not None
    for b0, b1 in _row_breaks(text, start, end, markdown):
        spans.append((prev, b0))
        prev = b1
    spans.append((prev, end))
    comments = [(m.start(), m.group(0)) for m in _COMMENT.finditer(text, start, end)]
    rows: list[Row] = []
    because, under = "", ""   # the premise a `\\because` row states; what the rows after `\\therefore` follow from
    for i, (a, b) in enumerate(spans):
        raw = text[a:b]
        body = _COMMENT.sub(lambda m: " " * len(m.group(0)), raw) if "%" in raw else raw
        column = justification_column(body) if columns and "&" in body else None
        if column:   # `a &= b & \text{(by Bayes)}`: the reason, not mathematics of the row
            body = column[0]
        body = body.replace("&", " ")
        if markdown and "\\" in body:
            body = _MD_ESCAPE.sub(" ", body)
            body = _MD_BRACE.sub(lambda m: " \\" + m.group(1), body)   # `\\\\{`, `\\\\,` typed for Markdown: `\\{`, `\\,`
            if escaped:
                body = _escaped_bars(body)
        body = _NOISE.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), body)
        # `& \text{Let } L(\theta) = ...` between rows of a chain: the author's aside defining a symbol; the next
        # `= c` goes on from the row before it (as after `\because a = b`), never from the definition's right side
        lead = _LEAD_CONNECTIVE.match(body)
        if lead and "because" in lead.group(0):
            because, under = " ".join(_LEAD_SPACE.sub(" ", body[lead.end():]).split()), ""
        elif lead and because:   # \therefore after a premise: this row and the block's later ones rest on it
            under = because
        aside = _LEAD_CONNECTIVE.match(body) is not None or (
            _LET_TEXT.match(body) is not None and any(r.kind != "prose" and r.text.strip() for r in rows))
        body = _LEAD_CONNECTIVE.sub(lambda m: " " * len(m.group(0)), body)  # `\because \text{...}`: prose
        body = _LEAD_ARROW.sub(lambda m: " " * len(m.group(0)), body)
        body = _blank_leading_space(body)
        body, words = _blank_intertext(body)
        just = None
        tm = _trailing_text(body)
        if tm:
            words_here = tm[1].strip().strip("()").strip()
            body = _blank(body, tm[0], len(body.rstrip()))
            if body.strip():
                just = words_here or None
            else:
                words = words_here or words
        if column and just is None and body.strip():
            just = column[1]
        tail = body.rstrip()   # only the row's last characters: a search over a long blanked row is quadratic
        nm = _EQ_NUMBER.search(body, max(0, len(tail) - 60)) if tail.endswith(")") else None
        if nm:
            body = _blank(body, nm.start(), nm.end())
        pm = _END_PUNCT.search(body)
        if pm:
            body = _blank(body, pm.start(), pm.end())
        stripped = body.strip()
        lead = len(body) - len(body.lstrip())
        if not stripped:
            if words is not None:  # words alone between rows: prose, the next row goes on from the last one
                line, col = src.position(a + len(raw) - len(raw.lstrip()))
                rows.append(Row("", raw.strip(), a, line, col, words, block=block, kind="prose"))
                continue
            if i == len(spans) - 1:
                continue  # a trailing `\\` before \end{align}: harmless
            line, col = src.position(a)
            rows.append(Row("", raw.strip(), a, line, col, just, block=block))  # the reader reports it
            continue
        line, col = src.position(a + lead)
        printed = raw[lead:len(body.rstrip())]  # as printed: `&` kept, comments and the justification left out
        rows.append(Row(body, printed, a, line, col, just, block=block, aside=aside, premise=under))
    _attach_comments(rows, comments, src, text)
    return rows


def _attach_comments(rows: list[Row], comments, src: Source, text: str) -> None:
    """A comment belongs to the row with content before it on its line; a comment alone
    on its line belongs to the row that follows it (bisect: linear in rows + comments)."""
    keys = [(r.line, r.column) for r in rows]
    for off, comment in comments:
        by, expect = _BY.search(comment), _EXPECT.search(comment)
        if not (by and by.group(1)) and not expect:
            continue
        line, col = src.position(off)
        before = text[off - col + 1:off].replace("&", " ").replace("\\\\", " ").strip()
        if before:
            k = bisect.bisect_left(keys, (line, col)) - 1
            owner = rows[k] if k >= 0 else None
        else:
            k = bisect.bisect_right(keys, (line, col))
            owner = rows[k] if k < len(rows) else None
        if owner is None:
            continue
        if by and by.group(1):
            owner.justification = by.group(1)
        for word in (expect.group(1).lower().split(",") if expect else ()):
            word = word.strip()
            if word.endswith("claim"):
                owner.expect_claim = word.removesuffix("claim").strip()
            elif word:
                owner.expect = word.split()[0]
