"""Markdown fences: which are code, which are mathematics, and which hold Markdown (MyST directives).

A fence (```` ``` ```` or `~~~`, at most three spaces in) is code unless its info string says otherwise:

    ```math, ```latex-math, ```tex-math          a display (GitHub)
    ```{math} (MyST / Jupyter Book)               a display; option lines (`:label: eq`) and a `---` option
                                                   block skipped; blank lines separate its equations
    ```{admonition} ```{note} ```{dropdown} ...   Markdown inside (a note, a proof, an exercise): only the
                                                   fence lines are blanked, the mathematics in it is found
    ```python, ```{code-cell}, ```{raw}, ...      code: never mathematics

Fences nest as MyST writes them (a longer outer fence, ```` ````{admonition} ```` around ```` ```{math} ````): a
stack of open fences, one pass over the lines. A line that could close the innermost fence closes it
(CommonMark: the same character, at least as long, no info string). An unknown directive is code: what it
holds is not known to be Markdown.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

MATH_INFOS = ("math", "latex-math", "tex-math", "{math}")
# MyST/Sphinx directives whose body is Markdown (sphinx admonitions, sphinx-design, sphinx-proof, sphinx-exercise)
PROSE_DIRECTIVES = {
    "admonition", "note", "tip", "hint", "important", "warning", "caution", "attention", "danger", "error",
    "seealso", "dropdown", "margin", "sidebar", "topic", "epigraph", "pull-quote", "highlights", "div",
    "container", "card", "grid-item-card", "tab-item", "tab-set", "grid", "grid-item", "exercise", "solution",
    "proof", "theorem", "lemma", "definition", "corollary", "remark", "example", "conjecture", "algorithm",
    "axiom", "criterion", "property", "observation", "proposition", "assumption", "toggle", "aside",
    "versionadded", "versionchanged", "deprecated", "only", "rubric", "figure", "table", "glossary",
}
_DIRECTIVE = re.compile(r"\{([\w:.-]+)\}")
_OPTION = re.compile(r"[ \t]*:[\w-]+:[^\n]*$")


@dataclass
class Fence:
    start: int            # the opening line's first character
    end: int              # after the closing line (the text's end when never closed)
    info: str             # the info string, lower case
    content: int          # the content's first character (after the opening line)
    content_end: int      # the closing line's first character
    kind: str             # "code", "math" or "prose"
    parts: list[tuple[int, int]] = field(default_factory=list)   # for "math": its equations


def _kind(info: str) -> str:
    word = info.split()[:1]
    if not word:
        return "code"
    if word[0] in MATH_INFOS:
        return "math"
    m = _DIRECTIVE.match(word[0])
    if m:
        name = m.group(1).lower()
        name = name.split(":", 1)[1] if name.startswith(("prf:", "sd:")) else name   # sphinx-proof's {prf:proof}
        if name in PROSE_DIRECTIVES:
            return "prose"
    return "code"


def _myst_math_parts(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A MyST {math} body: option lines (`:label: eq`) and a `---` YAML option block first, then equations
    separated by blank lines (as Sphinx's math directive does)."""
    lines = []
    pos = a
    while pos < b:
        nl = text.find("\n", pos, b)
        end = b if nl < 0 else nl + 1
        lines.append((pos, end))
        pos = end
    k = 0
    if k < len(lines) and text[lines[k][0]:lines[k][1]].strip() == "---":
        j = next((j for j in range(k + 1, len(lines)) if text[lines[j][0]:lines[j][1]].strip() == "---"), None)
        if j is not None:
            k = j + 1
    while k < len(lines) and _OPTION.match(text[lines[k][0]:lines[k][1]].rstrip("\r\n")):
        k += 1
    parts, start = [], None
    for s, e in lines[k:]:
        if text[s:e].strip():
            start = s if start is None else start
            last = e
        elif start is not None:
            parts.append((start, s))
            start = None
    if start is not None:
        parts.append((start, last))
    return parts


def fences(text: str) -> list[Fence]:
    """Every fence of a Markdown text, outermost first, in one pass over the lines (linear)."""
    out: list[Fence] = []
    stack: list[tuple[int, str, int, str, int, str]] = []   # (start, char, run, info, content start, kind)
    pos, n = 0, len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl + 1
        line = text[pos:end].rstrip("\r\n")
        stripped = line.lstrip(" ")
        if len(line) - len(stripped) <= 3 and stripped[:3] in ("```", "~~~"):
            ch = stripped[0]
            run = len(stripped) - len(stripped.lstrip(ch))
            info = stripped[run:].strip()
            top = stack[-1] if stack else None
            if top is not None and ch == top[1] and run >= top[2] and not info:
                start, _, _, tinfo, c0, kind = stack.pop()
                out.append(Fence(start, end, tinfo, c0, pos, kind))
            elif top is None or top[5] == "prose":
                stack.append((pos, ch, run, info.lower(), end, _kind(info.lower())))
        pos = end
    while stack:   # an unclosed fence runs to the end (CommonMark)
        start, _, _, info, c0, kind = stack.pop()
        out.append(Fence(start, n, info, c0, n, kind))
    out.sort(key=lambda f: f.start)
    for f in out:
        if f.kind == "math":
            f.parts = (_myst_math_parts(text, f.content, f.content_end) if f.info.startswith("{")
                       else [(f.content, f.content_end)])
    return out
