"""Find the mathematics of a Markdown, reStructuredText or LaTeX document and cut it into rows.

Where people put their mathematics: `$$ ... $$`, `\\[ ... \\]`, `\\begin{align*}` and the other
environments below, GitHub's ```` ```math ```` fences, reST/Sphinx `.. math::` blocks (`:label:`
lines skipped, blank lines between equations), inline `$...$`, `\\(...\\)`, GitHub's `` $`...`$ ``
and reST's `:math:` (only those with a relation sign: each is a one-row derivation), Obsidian's
`>` callouts. Never inside code: fences, inline code spans, LaTeX comments, YAML front matter.

Every row keeps where it came from: the 1-based line and column of its first character in the
source, so reports point at the document's own lines. Nothing is deleted from a row's text, only
blanked (`&`, comments, the trailing justification become spaces), so an offset inside a row is
still an offset into the source. Every scan here is linear in the document (no regex that can
backtrack over a long run, no per-comment copy of the text).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .document_docstrings import docstring_math
from .macros import Macro, find_definitions, group_end
from .relations import has_relation

# The largest document read (characters; `eq7 check` refuses larger files before reading them whole),
# and the most rows of mathematics checked in one document (each step costs up to its time budget).
MAX_DOCUMENT_CHARS = 4_000_000
MAX_ROWS = 3_000

# The environments whose rows are a derivation. `equation`/`gather` are read too:
# readers put single-row derivations in them.
ENVIRONMENTS = ("align", "align*", "aligned", "alignat", "alignat*", "eqnarray", "eqnarray*",
                "equation", "equation*", "gather", "gather*", "gathered", "split", "multline", "multline*",
                "flalign", "flalign*", "alignedat", "displaymath", "math", "array", "IEEEeqnarray", "IEEEeqnarray*",
                "cases")   # a display that is only a cases environment: one equation per row
_COLUMN_SPEC = ("alignat", "alignat*", "alignedat", "array", "IEEEeqnarray", "IEEEeqnarray*")  # {2}, {rcl}
_OPEN = re.compile(r"\$\$|(?<!\\)\\\[|\\begin\s*\{([a-zA-Z*]+)\}")  # `\\[2pt]` is a row break, not \[
_COMMENT = re.compile(r"(?<!\\)%[^\n]*")
_BY = re.compile(r"%\s*by\s*:\s*(.*?)\s*$")
_EXPECT = re.compile(r"%\s*expect\s*:\s*([\w ,]+)")
_NOISE = re.compile(r"\\(?:nonumber|notag|hline|displaystyle|textstyle|allowbreak|nolimits)(?![A-Za-z])"
                    r"|\\(?:label|tag\*?|eqref|vspace\*?|hspace\*?)\s*\{[^{}\n]*\}")
_LEAD_CONNECTIVE = re.compile(r"^\s*\\(?:because|therefore)(?![A-Za-z])")
_INTERTEXT = re.compile(r"\\(?:intertext|shortintertext)\s*\{")
_END_PUNCT = re.compile(r"(?<!\\)[.,;]\s*$")  # a sentence's full stop after the last row is not mathematics
_TEXT_CMD = re.compile(r"\\(?:text|textrm|mbox|textit|textnormal|hbox)\s*$")
_BREAK = re.compile(r"\\\\(?:\\\\|\\(?=\s|$))?(\s*\[[^\]\n]{0,20}\])?")  # also Hugo's \\\ and \\\\
_CALLOUT = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+", re.M)
_RST = re.compile(r"^([ \t]*)\.\.[ \t]+math::[ \t]*(.*)$", re.M)
_LET = re.compile(r"(?i)\b(let|define|defining|denote|set)\b[^.$]{0,24}$")


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


@dataclass
class Block:
    index: int
    environment: str                  # "align*", "$$", "\\[", "```math", ".. math::", "$" ...
    line: int
    column: int
    rows: list[Row] = field(default_factory=list)

    @property
    def inline(self) -> bool:
        return self.environment in ("$", "\\(", "$`", ":math:")


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


def _front_matter_end(text: str) -> int:
    """Skip YAML front matter (`---` ... `---` at the top): it is not mathematics."""
    m = re.match(r"---[ \t]*\r?\n.*?\n---[ \t]*(\r?\n|$)", text, re.S)
    return m.end() if m else 0


def _fences(text: str) -> list[tuple[int, int, str, int, int]]:
    """Markdown code fences, line by line: (start, end, info, content start, content end)."""
    out = []
    pos, n = 0, len(text)
    opener = None  # (start, char, length, info, content_start)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl + 1
        line = text[pos:end].rstrip("\r\n")
        stripped = line.lstrip(" ")
        if len(line) - len(stripped) <= 3 and stripped[:3] in ("```", "~~~"):
            ch = stripped[0]
            run = len(stripped) - len(stripped.lstrip(ch))
            if opener is None:
                opener = (pos, ch, run, stripped[run:].strip().lower(), end)
            elif ch == opener[1] and run >= opener[2] and not stripped[run:].strip():
                out.append((opener[0], end, opener[3], opener[4], pos))
                opener = None
        pos = end
    if opener is not None:  # an unclosed fence runs to the end (CommonMark)
        out.append((opener[0], n, opener[3], opener[4], n))
    return out


def _code_spans(text: str) -> list[tuple[int, int]]:
    """Inline code spans `...` (a run of n backticks closed by the next run of n in the same paragraph)."""
    runs = [(m.start(), m.end()) for m in re.finditer(r"`+", text)]
    if not runs:
        return []
    paras = [m.start() for m in re.finditer(r"\n[ \t]*\r?\n", text)]
    para = [bisect.bisect_right(paras, a) for a, _ in runs]
    nxt, last = [None] * len(runs), {}
    for k in range(len(runs) - 1, -1, -1):
        key = (para[k], runs[k][1] - runs[k][0])
        nxt[k] = last.get(key)
        last[key] = k
    out, k = [], 0
    while k < len(runs):
        j = nxt[k]
        if j is None:
            k += 1
            continue
        out.append((runs[k][0], runs[j][1]))
        k = j + 1
    return out


@dataclass
class _Region:
    """Mathematics found before the `$$` scan: a math fence, a `.. math::` block, inline math."""
    start: int
    end: int
    env: str
    parts: list[tuple[int, int]]      # content ranges; each is cut into rows separately
    let: bool = False


def _rst_blocks(text: str, masked: str) -> list[_Region]:
    """reST/Sphinx `.. math::` directives: the indented block after it (options skipped)."""
    out = []
    for m in _RST.finditer(masked):
        indent = len(m.group(1).expandtabs())
        parts, pos = [], m.end() + 1
        if m.group(2).strip():
            parts.append((m.start(2), m.end(2)))
        n = len(text)
        block_end = min(m.end(), n)
        para_start = None
        while pos < n:
            nl = text.find("\n", pos)
            end = n if nl < 0 else nl + 1
            line = text[pos:end]
            body = line.strip()
            if body:
                ind = len(line.expandtabs()) - len(line.expandtabs().lstrip())
                if ind <= indent:
                    break
                if re.match(r":[\w-]+:", body) and para_start is None and not parts:
                    pos = end  # an option line (:label:, :nowrap:) before the mathematics
                    continue
                if para_start is None:
                    para_start = pos
                block_end = end
            elif para_start is not None:
                parts.append((para_start, pos))
                para_start = None
            pos = end
        if para_start is not None:
            parts.append((para_start, block_end))
        if parts:
            out.append(_Region(m.start(), block_end, ".. math::", parts))
    return out


def _inline(masked: str, text: str, latex: bool) -> list[_Region]:
    """Inline mathematics with a relation sign: $...$ (pandoc's rules), \\(...\\), $`...`$, :math:`...`."""
    out: list[_Region] = []
    paras = [m.start() for m in re.finditer(r"\n[ \t]*\r?\n", masked)]

    def para(k):
        return bisect.bisect_right(paras, k)

    def add(a, b, env, opener_at):
        if b - a > 4000 or not has_relation(text[a:b]):
            return
        let = bool(_LET.search(masked[max(0, opener_at - 40):opener_at]))
        out.append(_Region(opener_at, b, env, [(a, b)], let))

    dollars = [m.start() for m in re.finditer(r"(?<!\\)\$", masked)]
    closers = [p for p in dollars if p > 0 and not masked[p - 1].isspace()
               and not (p + 1 < len(masked) and masked[p + 1].isdigit())]
    k, taken_until = 0, -1
    while k < len(dollars):
        p = dollars[k]
        if p < taken_until or p + 1 >= len(masked) or masked[p + 1].isspace() or masked[p + 1] == "$":
            k += 1
            continue
        j = bisect.bisect_right(closers, p + 1)
        if j < len(closers) and closers[j] - p <= 4000 and para(closers[j]) == para(p):
            c = closers[j]
            add(p + 1, c, "$", p)
            taken_until = c + 1
            k = bisect.bisect_right(dollars, c)
            continue
        k += 1
    ends = [m.start() for m in re.finditer(r"\\\)", masked)]
    for m in re.finditer(r"(?<!\\)\\\(", masked):
        j = bisect.bisect_left(ends, m.end())
        if j < len(ends) and para(ends[j]) == para(m.start()):
            add(m.end(), ends[j], "\\(", m.start())
    return out


def _masked(text: str, latex: bool) -> tuple[str, list[_Region]]:
    """The text with front matter, code (fences, inline spans) and LaTeX comments blanked, same length:
    only for finding the displays; rows are cut from the text itself, comments and all. Also the
    regions found on the way: math fences, `.. math::` blocks, GitHub's $`...`$ and reST's :math:."""
    end = _front_matter_end(text)
    spans = [(0, end)] if end else []
    regions: list[_Region] = []
    if not latex:
        for start, stop, info, c0, c1 in _fences(text):
            if start < end:
                continue
            if info.split()[:1] in (["math"], ["latex-math"], ["tex-math"]):
                regions.append(_Region(start, stop, "```math", [(c0, c1)]))
                spans += [(start, c0), (c1, stop)]  # the content stays: it is the mathematics
            else:
                spans.append((start, stop))
    if not latex:  # HTML comments in Markdown are not shown, so not mathematics either
        pos = 0
        while True:
            a = text.find("<!--", pos)
            if a < 0:
                break
            b = text.find("-->", a + 4)
            b = len(text) if b < 0 else b + 3
            spans.append((a, b))
            pos = b
    masked = _blank_spans(text, sorted(spans))
    if latex:
        masked = _COMMENT.sub(lambda m: " " * len(m.group(0)), masked)
    else:
        for m in re.finditer(r"(?<!\\)\$`([^`\n]+)`\$", masked):
            if has_relation(m.group(1)):
                regions.append(_Region(m.start(), m.end(), "$`", [(m.start(1), m.end(1))]))
        for m in re.finditer(r":math:`([^`\n]+)`", masked):
            if has_relation(m.group(1)):
                regions.append(_Region(m.start(), m.end(), ":math:", [(m.start(1), m.end(1))]))
        masked = _blank_spans(masked, sorted([(r.start, r.end) for r in regions if r.env in ("$`", ":math:")]))
        masked = _blank_spans(masked, _code_spans(masked))
        rst = _rst_blocks(text, masked)
        regions += rst
        masked = _blank_spans(masked, sorted((r.start, r.end) for r in rst))
        # mathematics in a docstring without `$` (document_docstrings.py): only blocks that are all mathematics
        doc = [_Region(a, b, "docstring", parts) for a, b, parts in docstring_math(text, masked)]
        regions += doc
        masked = _blank_spans(masked, sorted((r.start, r.end) for r in doc))
    return masked, regions


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


def _inner_environment(masked: str, src: Source, start: int, end: int, kind: str):
    """A display wrapping an environment (`$$\\begin{equation}\\begin{split}`): the innermost is the derivation."""
    for _ in range(4):
        inner = _OPEN.search(masked, start, end)
        if not (inner and inner.group(1) in ENVIRONMENTS and not masked[start:inner.start()].strip()):
            break
        sub_end, _ = _find_close(masked, src, inner.end(), "\\begin", inner.group(1), inner.start())
        # `\end{align}\` before `$$` (Hugo/Jekyll sites, a control space): nothing after the environment
        if masked[sub_end:end].replace("\\end", "").strip(" \t\r\n{}*\\" + "abcdefghijklmnopqrstuvwxyz"):
            break  # more mathematics after the inner environment: the outer one is the derivation
        kind, start, end = inner.group(1), inner.end(), sub_end
    if kind in _COLUMN_SPEC:  # alignat takes a column count {2}, array a column spec {rcl}
        am = re.compile(r"\s*\{[^{}]{0,40}\}").match(masked, start, end)
        start = am.end() if am else start
    return kind, start, end


def find_blocks(text: str, name: str = "<document>") -> tuple[Source, list[Block]]:
    """All derivations of a document in document order, innermost environment first-class.

    `$$ \\begin{align*} ... \\end{align*} $$` is one block whose rows are the align's.
    Raises DocumentError when there is no mathematics at all, a display is unclosed, or the
    document is larger than MAX_DOCUMENT_CHARS.
    """
    if len(text) > MAX_DOCUMENT_CHARS:
        raise DocumentError(f"{name}: the document is larger than {MAX_DOCUMENT_CHARS} characters "
                            "(the limit of a document eq7 reads); split it")
    latex = name.endswith(".tex")
    if not latex:  # Obsidian/Markdown block quotes and callouts: the `>` markers are not mathematics
        text = _CALLOUT.sub(lambda m: " " * len(m.group(0)), text)
    src = Source(text, name)
    masked, regions = _masked(text, latex)
    defined, def_spans = find_definitions(masked)
    src.macros = defined
    if def_spans:
        text = _blank_spans(text, def_spans)
        masked = _blank_spans(masked, def_spans)
    found: list[tuple[int, str, list[tuple[int, int]], bool]] = []  # (opened at, env, parts, let)
    for r in regions:
        if r.env == "```math":
            a, b = r.parts[0]
            kind, a, b = _inner_environment(masked, src, a, b, "```math")
            found.append((r.start, kind, [(a, b)], False))
        elif r.env != "$`" and r.env != ":math:":
            found.append((r.start, r.env, r.parts, False))
    masked_fenced = _blank_spans(masked, sorted((r.start, r.end) for r in regions if r.env == "```math"))
    display_spans = []
    pos = 0
    while True:
        m = _OPEN.search(masked_fenced, pos)
        if not m:
            break
        opener, env = m.group(0), m.group(1)
        if env is not None and env not in ENVIRONMENTS:
            pos = m.end()  # \begin{itemize} and friends: not mathematics
            continue
        kind = env if env is not None else opener
        content_end, block_end = _find_close(masked_fenced, src, m.end(), opener if env is None else "\\begin",
                                             env, m.start())
        kind, start, content_end = _inner_environment(masked_fenced, src, m.end(), content_end, kind)
        found.append((m.start(), kind, [(start, content_end)], False))
        display_spans.append((m.start(), block_end))
        pos = block_end
    rest = _blank_spans(masked_fenced, display_spans)
    for r in _inline(rest, text, latex) + [r for r in regions if r.env in ("$`", ":math:")]:
        found.append((r.start, r.env, r.parts, r.let))
    found.sort(key=lambda f: f[0])
    blocks: list[Block] = []
    for opened_at, kind, parts, let in found:
        line, col = src.position(opened_at)
        block = Block(len(blocks), kind, line, col)
        for a, b in parts:
            block.rows += split_rows(text, src, a, b, block.index, markdown=not latex)
        if let:
            for r in block.rows:
                r.let = True
        blocks.append(block)
    if not blocks:
        raise DocumentError(f"{name}: no display math found (expected $$ ... $$, \\[ ... \\], "
                            f"\\begin{{align*}} ... \\end{{align*}}, a ```math fence, a .. math:: block, "
                            f"or inline $...$ with an = sign)")
    count = sum(len(b.rows) for b in blocks)
    if count > MAX_ROWS:
        raise DocumentError(f"{name}: {count} rows of mathematics, more than the {MAX_ROWS} eq7 checks in one "
                            "document (each step has its own time budget); split the document")
    if not any(r.kind == "math" for b in blocks for r in b.rows):
        line, col = blocks[0].line, blocks[0].column
        raise DocumentError("every display is empty: there is no row to check (expected a row such as "
                            "Z = \\sum_x e^{-E(x)})", line, col)
    return src, blocks


def _row_breaks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of `\\\\` (with an optional [2pt]) at brace and environment depth 0, comments skipped."""
    breaks, depth, i = [], 0, start
    while i < end:
        c = text[i]
        if c == "%" and (i == 0 or text[i - 1] != "\\"):
            nl = text.find("\n", i, end)
            i = end if nl < 0 else nl
            continue
        if c == "\\" and i + 1 < end:
            if text[i + 1] == "\\":
                m = _BREAK.match(text, i, end)
                if depth == 0:
                    breaks.append((i, m.end()))
                i = m.end()
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
    if end == 0 or body[end - 1] != "}":
        return None
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


_MD_ESCAPE = re.compile(r"\\(?=[_*])")  # Markdown authors write x\_i so that _ is not emphasis


def split_rows(text: str, src: Source, start: int, end: int, block: int = 0, markdown: bool = False) -> list[Row]:
    """Cut [start, end) at `\\\\` into rows; comments go to the row they sit on. In Markdown, `\\_` and
    `\\*` are the author's escapes for `_` and `*` (a subscript, a product), not LaTeX's literal underscore."""
    spans, prev = [], start
    for b0, b1 in _row_breaks(text, start, end):
        spans.append((prev, b0))
        prev = b1
    spans.append((prev, end))
    comments = [(m.start(), m.group(0)) for m in _COMMENT.finditer(text, start, end)]
    rows: list[Row] = []
    for i, (a, b) in enumerate(spans):
        raw = text[a:b]
        body = _COMMENT.sub(lambda m: " " * len(m.group(0)), raw) if "%" in raw else raw
        body = body.replace("&", " ")
        if markdown and "\\" in body:
            body = _MD_ESCAPE.sub(" ", body)
        body = _NOISE.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), body)
        body = _LEAD_CONNECTIVE.sub(lambda m: " " * len(m.group(0)), body)  # `\because \text{...}`: prose
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
        rows.append(Row(body, printed, a, line, col, just, block=block))
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
