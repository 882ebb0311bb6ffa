"""The top level of a row: its relation signs, and what separates two equations written on one row.

One linear pass over the row, tracking the depth of braces, `\\left ... \\right` and nested
environments; only what sits at depth 0 is a relation of the row (`\\sum_{i=1}` is not). Each
relation has a kind, which says how the step it makes is treated:

    equality      =                                       judged
    definition    :=  =:  \\coloneqq  \\triangleq  \\equiv  \\stackrel{def}{=}   a new symbol: shown, not judged
    approx        \\approx  \\simeq  ≈  ≃                  shown, not judged; the chain does not claim across it
    inequality    \\le \\leq \\ge \\geq < > ≤ ≥ \\ll \\gg         judged as an inequality (inequality.py): invalid where an
                                                          instance breaks it, else undecided; never claimed across
    not-equal     \\ne \\neq ≠                              shown, not judged
    proportional  \\propto ∝                                judged: A = c B, c free of the row's states
    condition     =!  \\overset{!}{=}  \\stackrel{!}{=}        demanded, not claimed (a stationarity condition): shown
    independence  \\perp  \\indep                            a statement about distributions, not an equation: shown

Separators between two equations on one row: `\\quad`, `\\qquad`, a `\\text{...}` between them
(`\\text{ with }`, `\\text{where }`), `\\implies`, `\\Rightarrow`, `\\iff`, a comma.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .macros import group_end

RELATION_WORDS = {
    "approx": "approx", "simeq": "approx", "thickapprox": "approx", "approxeq": "approx", "eqsim": "approx",
    "le": "inequality", "leq": "inequality", "leqslant": "inequality", "ge": "inequality", "geq": "inequality",
    "geqslant": "inequality", "lt": "inequality", "gt": "inequality", "ll": "inequality", "gg": "inequality",
    "ne": "not-equal", "neq": "not-equal", "propto": "proportional",
    "coloneqq": "definition", "coloneq": "definition", "eqqcolon": "definition", "triangleq": "definition",
    "equiv": "definition", "defeq": "definition", "eqdef": "definition",
    "perp": "independence", "indep": "independence",
}
RELATION_CHARS = {"=": "equality", "<": "inequality", ">": "inequality", "≈": "approx", "≃": "approx",
                  "≤": "inequality", "≥": "inequality", "⩽": "inequality", "⩾": "inequality", "≠": "not-equal",
                  "≡": "definition", "≔": "definition", "∝": "proportional"}
# \to, \rightarrow between two equations (`\beta = 1/k_B T \to d\beta/dT = ...`): "hence", as \implies; a piece
# without a relation of its own (`a_n \to 0`, `f: X \to Y`) stays with its neighbour (reader_rows._segments)
SEPARATOR_WORDS = {"implies", "Rightarrow", "Longrightarrow", "iff", "Leftrightarrow", "Longleftrightarrow",
                   "impliedby", "Leftarrow", "quad", "qquad", "to", "rightarrow", "longrightarrow"}
TRACE_WORDS = {"Tr", "tr", "Trace"}   # \text{Tr} P O: the trace over the states (general_operators.prefix)
TEXT_WORDS = {"text", "textrm", "mbox", "textit", "textnormal", "textup", "hbox"}
STACK_WORDS = {"stackrel", "overset", "underset"}
PREMISES = ("condition", "independence")   # demanded or assumed, never claimed: the row's other equations rest on them
JUDGED = ("equality", "proportional")   # \\propto: judged as a proportionality (proportional.py)

_TOKEN = re.compile(r"\\([A-Za-z]+)\*?|\\.|:=|=:|==?|[{}<>()\[\],、，≈≃≤≥⩽⩾≠≡≔∝]")   # 、，: CJK commas
_DEMAND_NOTE = re.compile(r"^\s*(?:\\(?:text|mathrm|textrm)\s*\{\s*)?!\s*\}?\s*$")   # \overset{!}{=}, \stackrel{\text{!}}{=}
_DEF_NOTE = re.compile(r"(?i)^\s*(\\(text|mathrm|textrm|rm|scriptscriptstyle|scriptstyle)\s*(?:\{\s*)?)*"
                       r"(def|defn|definition|d|:|△|\\triangle|\\Delta)\b")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    kind: str                 # relation | separator | text | comma
    relation: str = ""        # for a relation: its kind (equality, approx, ...)
    sign: str = ""            # as printed: =, \approx, :=, ...
    note: str = ""            # \stackrel{note}{=}, or the words of a \text{...}


def _inside_parens(text: str) -> bytearray:
    """1 at each position strictly inside a matched pair ( ... ) (unmatched ones do not count)."""
    inside = bytearray(len(text) + 1)
    stack = []
    for k, c in enumerate(text):
        if c == "(" and (k == 0 or text[k - 1] != "\\"):
            stack.append(k)
        elif c == ")" and stack and (k == 0 or text[k - 1] != "\\"):
            a = stack.pop()
            if not stack:
                inside[a + 1:k] = b"\x01" * (k - a - 1)
    return inside


def scan(text: str) -> list[Token]:
    """The depth-0 relations and separators of a row, in order (linear time). Parentheses and brackets
    count as depth (`p(h_j = 1 | v)` has one relation, after it) unless they do not balance (`[0, 1)`)."""
    out = _scan(text, brackets=True)
    return out if out is not None else _scan(text, brackets=False)


def _scan(text: str, brackets: bool) -> list[Token] | None:
    out: list[Token] = []
    round_depth = 0
    depth = 0
    prev_end, prev_char = 0, ""
    pos = 0
    in_parens = _inside_parens(text)
    for m in _TOKEN.finditer(text):
        if m.start() < pos:
            continue
        tok, word = m.group(0), m.group(1)
        s, e = m.start(), m.end()
        if in_parens[s] and tok not in ("{", "}") and word not in ("left", "right", "begin", "end"):
            continue  # p(h_j = 1 | v): a relation inside matched parentheses is not the row's
        before = text[prev_end:s].strip()
        last = before[-1:] if before else prev_char
        prev_end, prev_char = e, tok[-1:]
        pos = e
        if tok == "{":
            depth += 1
            continue
        if tok == "}":
            depth = max(0, depth - 1)
            continue
        if word in ("left", "begin"):
            depth += 1
            if word == "begin":
                g = re.compile(r"\s*\{[^{}]*\}").match(text, e)
                pos = g.end() if g else e
            continue
        if word in ("right", "end"):
            depth = max(0, depth - 1)
            delim = re.compile(r"\s*[<>]").match(text, e) if word == "right" else None
            if delim:  # \right> closes an angle bracket: never the relation >
                pos = delim.end()
                continue
            if word == "end":
                g = re.compile(r"\s*\{[^{}]*\}").match(text, e)
                pos = g.end() if g else e
            continue
        if brackets and tok in "([" and not word:
            round_depth += 1
            continue
        if brackets and tok in ")]" and not word:
            round_depth -= 1
            if round_depth < 0:
                return None
            continue
        if depth or round_depth:
            continue
        if word in STACK_WORDS:
            g1 = re.compile(r"\s*\{").match(text, e)
            if not g1:
                continue
            end1 = group_end(text, g1.end() - 1)
            g2 = re.compile(r"\s*\{").match(text, end1) if end1 > 0 else None
            end2 = group_end(text, g2.end() - 1) if g2 else -1
            if end2 < 0:
                continue
            inner = text[g2.end():end2 - 1].strip()
            kind = RELATION_CHARS.get(inner) or (RELATION_WORDS.get(inner[1:]) if inner.startswith("\\") else None)
            if kind is None:
                continue
            note = text[g1.end():end1 - 1].strip()
            if kind == "equality" and _DEF_NOTE.match(note):
                kind = "definition"
            elif kind == "equality" and _DEMAND_NOTE.match(note):
                kind = "condition"   # \overset{!}{=}: the author demands it (a stationarity condition), claims nothing
            out.append(Token(s, end2, "relation", kind, text[s:end2], note))
            pos = end2
            continue
        if word in TEXT_WORDS:
            g = re.compile(r"\s*\{").match(text, e)
            end = group_end(text, g.end() - 1) if g else -1
            if end < 0:
                continue
            pos = end
            if last in ("_", "^") or text[g.end():end - 1].strip() in TRACE_WORDS:
                continue  # p_\text{data}: a subscript; \text{Tr}: the trace; not words between equations
            out.append(Token(s, end, "text", note=text[g.end():end - 1].strip()))
            continue
        if word is not None:
            if word in RELATION_WORDS and RELATION_WORDS[word] == "independence" and last in ("_", "^"):
                continue   # T_\perp: a name in a script, not the relation
            if word in RELATION_WORDS:
                out.append(Token(s, e, "relation", RELATION_WORDS[word], tok))
            elif word in SEPARATOR_WORDS:
                out.append(Token(s, e, "separator", sign=tok))
            continue
        if tok in (",", "、", "，"):
            out.append(Token(s, e, "comma"))
            continue
        if tok in (":=", "=:"):
            out.append(Token(s, e, "relation", "definition", tok))
        elif tok in ("=", "==") and text.startswith("!", e):   # `=!` 0: demanded, not claimed (a condition)
            out.append(Token(s, e + 1, "relation", "condition", tok + "!"))
            pos = e + 1
        elif tok in ("=", "=="):
            out.append(Token(s, e, "relation", "equality", tok))
        elif tok in RELATION_CHARS:
            out.append(Token(s, e, "relation", RELATION_CHARS[tok], tok))
    if brackets and round_depth:
        return None
    return out


def has_relation(text: str) -> bool:
    return any(t.kind == "relation" for t in scan(text))
