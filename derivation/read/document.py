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

Here: finding the displays (`$$`, `\\[`, `\\begin{...}`, an environment inside a display) and the
document's limits. The rest, one idea a module: document_source.py (Source, Row, Block, blanking),
document_regions.py (code masked, math fences, reST, inline math), document_rows.py (a display cut
into rows).
"""
from __future__ import annotations

import re

from .document_dollars import in_prose, inline_pair, paragraph_end, stray_dollars
from .document_escaped import escaped_displays
from .document_regions import _LET, _front_matter_end, _inline, _masked
from .document_rows import split_rows
# Row and the limits are re-exported: callers import them from here (reader.py, checkdoc.py, tests).
from .document_source import (_COMMENT, MAX_DOCUMENT_CHARS, MAX_ROWS, Block, DocumentError, Row,  # noqa: F401
                              Source, _blank_spans)
from .macros import find_definitions
from .relations import has_relation

# The environments whose rows are a derivation. `equation`/`gather` are read too:
# readers put single-row derivations in them.
ENVIRONMENTS = ("align", "align*", "aligned", "alignat", "alignat*", "eqnarray", "eqnarray*",
                "equation", "equation*", "gather", "gather*", "gathered", "split", "multline", "multline*",
                "flalign", "flalign*", "alignedat", "displaymath", "math", "array", "IEEEeqnarray", "IEEEeqnarray*",
                "cases")   # a display that is only a cases environment: one equation per row
_ALIGNS = ("align", "align*", "aligned", "flalign", "flalign*", "alignat", "alignat*", "alignedat")  # columns pair up
_COLUMN_SPEC = ("alignat", "alignat*", "alignedat", "array", "IEEEeqnarray", "IEEEeqnarray*")  # {2}, {rcl}
_OPEN = re.compile(r"\$\$|(?<!\\)\\\[|\\begin\s*\{([a-zA-Z*]+)\}")  # `\\[2pt]` is a row break, not \[
_AFTER_ENV_NOISE = re.compile(r"\\(?:tag\*?|label)\s*\{[^{}\n]{0,40}\}|\\(?:nonumber|notag)(?![A-Za-z])|[.,;]")
_CALLOUT = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+", re.M)


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
        if not (inner and inner.group(1) in ENVIRONMENTS and not _COMMENT.sub("", masked[start:inner.start()]).strip()):
            break
        sub_end, _ = _find_close(masked, src, inner.end(), "\\begin", inner.group(1), inner.start())
        # `\end{align}\` before `$$` (Hugo/Jekyll sites, a control space), `\end{align} \tag{3}`: nothing after it
        if _AFTER_ENV_NOISE.sub("", masked[sub_end:end]).replace("\\end", "").strip(" \t\r\n{}*\\" + "abcdefghijklmnopqrstuvwxyz"):
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
    # pandoc's `header-includes:` in the YAML front matter defines macros for the whole document (\newcommand{\e}
    # {\mathrm{e}}): read them too; the front matter stays blanked, and a definition in the body wins
    front = _front_matter_end(text) if not latex else 0
    if front:
        defined = {**find_definitions(text[:front])[0], **defined}
    src.macros = defined
    if def_spans:
        text = _blank_spans(text, def_spans)
        masked = _blank_spans(masked, def_spans)
    found: list[tuple[int, str, list[tuple[int, int]], bool]] = []  # (opened at, env, parts, let)
    for r in regions:
        if r.env in ("```math", "<d-math block>"):
            inner = [_inner_environment(masked, src, a, b, r.env) for a, b in r.parts]   # {math}: an equation a part
            if inner:
                found.append((r.start, inner[0][0] if len(inner) == 1 else r.env, [(a, b) for _, a, b in inner], False))
        elif r.env not in ("$`", ":math:", "<d-math>"):
            found.append((r.start, r.env, r.parts, False))
    masked_fenced = _blank_spans(masked, sorted((r.start, r.end) for r in regions if r.env in ("```math", "<d-math block>")))
    display_spans, unclosed = [], set()
    pos = 0
    while True:
        m = _OPEN.search(masked_fenced, pos)
        if not m:
            break
        opener, env = m.group(0), m.group(1)
        if env is not None and env not in ENVIRONMENTS:
            pos = m.end()  # \begin{itemize} and friends: not mathematics
            continue
        if opener == "$$" and not latex:   # which `$$` pair as the author's Markdown paired them (document_dollars.py)
            close = inline_pair(masked_fenced, m.start())
            if close is not None:   # kramdown's inline $$..$$ in a prose line
                if close - m.end() <= 4000 and has_relation(text[m.end():close]):
                    let = bool(_LET.search(masked_fenced[max(0, m.start() - 40):m.start()]))
                    found.append((m.start(), "$", [(m.end(), close)], let))
                display_spans.append((m.start(), close + 2))
                pos = close + 2
                continue
            if in_prose(masked_fenced, m.start()) or stray_dollars(masked_fenced, m.end(), ENVIRONMENTS):
                pos = m.end()  # no display opens mid-sentence; a stray's environment is found on its own
                continue
            if masked_fenced.find("$$", m.end()) < 0:   # never closed: to the end of its paragraph, if mathematics
                end = paragraph_end(masked_fenced, m.start())
                if end is None:
                    display_spans.append((m.start(), m.end()))
                    pos = m.end()
                    continue
                kind, start, end = _inner_environment(masked_fenced, src, m.end(), end, "$$")
                found.append((m.start(), kind, [(start, end)], False))
                unclosed.add(m.start())
                display_spans.append((m.start(), end))
                pos = end
                continue
        kind = env if env is not None else opener
        content_end, block_end = _find_close(masked_fenced, src, m.end(), opener if env is None else "\\begin",
                                             env, m.start())
        kind, start, content_end = _inner_environment(masked_fenced, src, m.end(), content_end, kind)
        found.append((m.start(), kind, [(start, content_end)], False))
        display_spans.append((m.start(), block_end))
        pos = block_end
    rest = _blank_spans(masked_fenced, display_spans)
    if not latex:   # Hugo/Jekyll's `\\[ ... \\]` (document_escaped.py): outside every other display
        escaped = escaped_displays(rest)
        for opened_at, start, content_end, _ in escaped:
            kind, start, content_end = _inner_environment(rest, src, start, content_end, "\\[")
            found.append((opened_at, kind, [(start, content_end)], False))
        rest = _blank_spans(rest, [(a, b) for a, _, _, b in escaped])
    for r in _inline(rest, text, latex) + [r for r in regions if r.env in ("$`", ":math:", "<d-math>")]:
        found.append((r.start, r.env, r.parts, r.let))
    found.sort(key=lambda f: f[0])
    blocks: list[Block] = []
    for opened_at, kind, parts, let in found:
        line, col = src.position(opened_at)
        block = Block(len(blocks), kind, line, col)
        for a, b in parts:
            block.rows += split_rows(text, src, a, b, block.index, markdown=not latex, columns=kind in _ALIGNS)
        if let:
            for r in block.rows:
                r.let = True
        if opened_at in unclosed and block.rows:
            block.rows[0].note = (f"the `$$` at line {line} is never closed: read to the end of its paragraph "
                                  "(close it with `$$`)")
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
