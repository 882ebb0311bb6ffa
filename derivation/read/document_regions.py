"""What in a document is code (never mathematics), and the mathematics found outside LaTeX displays.

Before document.py looks for `$$`, `\\[` and `\\begin{...}`, the text is masked (same length, code
blanked): YAML front matter, Markdown code fences, inline code spans, HTML comments, LaTeX comments.
On the way the regions that are mathematics without a display opener are collected: GitHub's
```` ```math ```` fences and `` $`...`$ ``, reST/Sphinx `.. math::` blocks and `:math:`, mathematics
in a docstring (document_docstrings.py), and inline `$...$` / `\\(...\\)` holding a relation sign.
Every scan is linear in the document (bisect over precomputed runs, no backtracking regex).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .document_docstrings import docstring_math
from .document_fences import fences
from .document_source import _COMMENT, _blank_spans
from .relations import has_relation

_RST = re.compile(r"^([ \t]*)\.\.[ \t]+math::[ \t]*(.*)$", re.M)
_DMATH = re.compile(r"<d-math(\s+block)?\s*>")
_LET = re.compile(r"(?i)\b(let|define|defining|denote|set)\b[^.$]{0,24}$")


def _front_matter_end(text: str) -> int:
    """Skip YAML front matter (`---` ... `---` at the top): it is not mathematics."""
    m = re.match(r"---[ \t]*\r?\n.*?\n---[ \t]*(\r?\n|$)", text, re.S)
    return m.end() if m else 0


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
    pairs, k, taken_until = [], 0, -1
    while k < len(dollars):
        p = dollars[k]
        if p < taken_until or p + 1 >= len(masked) or masked[p + 1].isspace() or masked[p + 1] == "$":
            k += 1
            continue
        j = bisect.bisect_right(closers, p + 1)
        if j < len(closers) and closers[j] - p <= 4000 and para(closers[j]) == para(p):
            pairs.append((p, closers[j]))
            taken_until = closers[j] + 1
            k = bisect.bisect_right(dollars, closers[j])
            continue
        k += 1
    for p, c in _as_mathjax_pairs(dollars, pairs, masked, para):
        add(p + 1, c, "$", p)
    ends = [m.start() for m in re.finditer(r"(?<!\\)\\\)", masked)]
    for m in re.finditer(r"(?<!\\)\\\(", masked):
        j = bisect.bisect_left(ends, m.end())
        if j < len(ends) and para(ends[j]) == para(m.start()):
            add(m.end(), ends[j], "\\(", m.start())
    if not latex:  # kramdown/Jekyll: `\\(` ... `\\)` is what Markdown turns into \( ... \)
        ends = [m.start() for m in re.finditer(r"(?<!\\)\\\\\)", masked)]
        for m in re.finditer(r"(?<!\\)\\\\\(", masked):
            j = bisect.bisect_left(ends, m.end())
            if j < len(ends) and para(ends[j]) == para(m.start()):
                add(m.end(), ends[j], "\\(", m.start())
    return out


def _as_mathjax_pairs(dollars, pairs, masked, para):
    """pandoc's pairs, except in a paragraph they leave a `$` inside a pair or unpaired while its `$` are even in
    number: there the author's site (MathJax) paired each `$` with the next one, spaces or not (`$x = 0 $ and
    $\\sigma(0) = 0.5 $`), and so does the reader."""
    by_para: dict = {}
    for d in dollars:
        by_para.setdefault(para(d), []).append(d)
    kept = {para(p): [] for p, _ in pairs}
    for p, c in pairs:
        kept[para(p)].append((p, c))
    out = []
    for n, ds in by_para.items():
        mine = kept.get(n, [])
        paired = {d for pc in mine for d in pc}
        odd = len(ds) % 2 or any(ds[i + 1] == ds[i] + 1 for i in range(len(ds) - 1))   # `$$`: not this case
        if not odd and len(paired) < len(ds) and all(ds[i + 1] - ds[i] <= 4000 for i in range(0, len(ds), 2)):
            out += [(ds[i], ds[i + 1]) for i in range(0, len(ds), 2) if ds[i + 1] - ds[i] > 1]
        else:
            out += mine
    return sorted(out)


def _distill(masked: str) -> list[_Region]:
    """Distill's `<d-math block>...</d-math>` (a display) and `<d-math>...</d-math>` with a relation (inline);
    each opener closed by the next `</d-math>` (one forward scan)."""
    out, pos = [], 0
    while True:
        m = _DMATH.search(masked, pos)
        if not m:
            return out
        close = masked.find("</d-math>", m.end())
        if close < 0:
            return out
        if m.group(1) or has_relation(masked[m.end():close]):
            out.append(_Region(m.start(), close + 9, "<d-math block>" if m.group(1) else "<d-math>", [(m.end(), close)]))
        pos = close + 9


def _masked(text: str, latex: bool) -> tuple[str, list[_Region]]:
    """The text with front matter, code (fences, inline spans) and LaTeX comments blanked, same length:
    only for finding the displays; rows are cut from the text itself, comments and all. Also the
    regions found on the way: math fences, `.. math::` blocks, GitHub's $`...`$ and reST's :math:."""
    end = _front_matter_end(text)
    spans = [(0, end)] if end else []
    regions: list[_Region] = []
    if not latex:
        for f in fences(text):   # document_fences.py: code, mathematics, or Markdown inside (MyST directives)
            if f.start < end:
                continue
            if f.kind == "math":
                regions.append(_Region(f.start, f.end, "```math", f.parts))
                spans += [(f.start, f.content), (f.content_end, f.end)]  # the content stays: it is the mathematics
            elif f.kind == "prose":
                spans += [(f.start, f.content), (f.content_end, f.end)]  # a note's body is Markdown: searched
            else:
                spans.append((f.start, f.end))
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
        # Distill's <d-math block>...</d-math> is a display, <d-math>...</d-math> inline mathematics
        regions += _distill(masked)
        masked = _blank_spans(masked, sorted([(r.start, r.end) for r in regions if r.env in ("$`", ":math:", "<d-math>")]
                                             + [s for r in regions if r.env == "<d-math block>"
                                                for s in ((r.start, r.parts[0][0]), (r.parts[0][1], r.end))]))
        masked = _blank_spans(masked, _code_spans(masked))
        rst = _rst_blocks(text, masked)
        regions += rst
        masked = _blank_spans(masked, sorted((r.start, r.end) for r in rst))
        # mathematics in a docstring without `$` (document_docstrings.py): only blocks that are all mathematics
        doc = [_Region(a, b, "docstring", parts) for a, b, parts in docstring_math(text, masked)]
        regions += doc
        masked = _blank_spans(masked, sorted((r.start, r.end) for r in doc))
    return masked, regions
