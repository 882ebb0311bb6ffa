"""Editing a row without losing where its characters were typed (respell.py): groups, delimited arguments,
and a rebuild of the Mapped text from pieces that are new strings or spans of the old text."""
from __future__ import annotations

import re

from . import relations
from .macros import group_end
from .mapped import Builder, Mapped


def rebuild(m: Mapped, edits) -> Mapped:
    out = Builder()
    pos = 0
    for a, b, pieces in sorted(edits, key=lambda e: e[0]):
        if a < pos:
            continue
        if a > pos:
            out.add_mapped(m.slice(pos, a))
        origin = m.source_offset(a)
        for p in pieces:
            if isinstance(p, tuple):
                if p[1] > p[0]:
                    out.add_mapped(m.slice(*p))
            elif p:
                out.add(p, origin, False)
        pos = b
    if pos < len(m.text):
        out.add_mapped(m.slice(pos, len(m.text)))
    return out.build()


def skip(text, i):
    while i < len(text) and text[i] in " \t\n":
        i += 1
    return i


def group(text, i):
    """(inner start, inner end, end) of the {group} at text[i] (spaces skipped), or None."""
    i = skip(text, i)
    if i >= len(text) or text[i] != "{":
        return None
    end = group_end(text, i, limit=len(text))
    return (i + 1, end - 1, end) if end > 0 else None


_TOKEN = re.compile(r"\\[A-Za-z]+|\\.|[^\s{}\\^_&%$#]")


def tex_arg(text, i):
    """(start, end, after) of one TeX argument at text[i]: a {group}'s content, or a single token (a character
    or a command), as TeX takes it (\\frac12 is \\frac{1}{2}, \\frac1Z is \\frac{1}{Z}); None otherwise."""
    g = group(text, i)
    if g:
        return g
    i = skip(text, i)
    t = _TOKEN.match(text, i)
    return (t.start(), t.end(), t.end()) if t else None


def delimited(text, i):
    """(open, close, inner start, inner end, end) of (..), [..], {..}, |..| or \\left(..\\right) at text[i]."""
    i = skip(text, i)
    if i >= len(text):
        return None
    if text[i] == "{":
        g = group(text, i)
        return ("{", "}", g[0], g[1], g[2]) if g else None
    lm = re.compile(r"\\left\s*(\(|\[|\\\{|\|)").match(text, i)
    if lm:
        # (a raw r"\right" would be the regex \r, a carriage return: the closer was never found)
        closer = {"(": r"\\right\s*\)", "[": r"\\right\s*\]", "\\{": r"\\right\s*\\\}", "|": r"\\right\s*\|"}
        depth, j = 0, lm.end()
        for mm in re.finditer(r"\\left(?![A-Za-z])|\\right(?![A-Za-z])", text[j:]):
            if mm.group(0) == r"\left":
                depth += 1
                continue
            if depth:
                depth -= 1
                continue
            k = j + mm.start()
            cm = re.compile(closer[lm.group(1)]).match(text, k)
            return (lm.group(1), "", j, k, cm.end()) if cm else None
        return None
    pairs = {"(": ")", "[": "]", "|": "|"}
    if text[i] not in pairs:
        return None
    open_, close = text[i], pairs[text[i]]
    depth, braces, j = 0, 0, i + 1
    while j < len(text):
        c = text[j]
        if c == "\\":
            j += 2
            continue
        if c == "{":
            braces += 1
        elif c == "}":
            braces -= 1
            if braces < 0:
                return None
        elif braces == 0 and c == close and depth == 0:
            return (open_, close, i + 1, j, j + 1)
        elif braces == 0 and c == open_ and open_ != close:
            depth += 1
        elif braces == 0 and c == close:
            depth -= 1
        j += 1
    return None


def has_relation(text: str) -> bool:
    return any(t.kind == "relation" for t in relations.scan(text))
