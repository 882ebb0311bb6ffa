"""One written symbol changed at a time: the mutations of issue 18, part 2 (shared by the mutation and
false-row tests).

A mutation replaces ONE occurrence of a symbol inside display mathematics (never in a comment or in
\\text{...}) by another: a parameter θ→φ, an argument x→y, an index subscript i→j, a superscript
(i)→(j) or 2→3, the domain of a sum (over all x -> over x in a subset S, from 1 -> from 2), a
distribution's letter p→q. Each changes what the row says, so a reader that drops nothing reads the
mutant differently (or refuses it).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

PARAMS = {r"\theta": r"\phi", r"\Theta": r"\Phi", r"\phi": r"\psi", r"\beta": r"\gamma",
          r"\lambda": r"\mu", r"\psi": r"\chi"}
ARGS = {"x": "y", "v": "w", "h": "g", "y": "z", "z": "u"}
INDICES = {"i": "j", "j": "k", "k": "l", "n": "m"}
LETTERS = {"p": "q", "q": "p", "P": "Q"}
_PARAM = r"\\(?:theta|Theta|phi|beta|lambda|psi)(?![A-Za-z])"

# kind -> (pattern, the group to replace, its replacement)
RULES = {
    "parameter subscript": (re.compile(r"_\{?(?:\\mathrm\{)?(" + _PARAM + r")"), 1, lambda s: PARAMS[s]),
    "parameter argument": (re.compile(r"[(,]\s*(" + _PARAM + r")"), 1, lambda s: PARAMS[s]),
    "argument": (re.compile(r"\(\s*(?:\\mathrm\{|\\mathbf\{|\\boldsymbol\{)?([xvhyz])(?![A-Za-z])"), 1,
                 lambda s: ARGS[s]),
    "subscript": (re.compile(r"(?<![A-Za-z\\])[xvh]_\{?([ijkn])(?![A-Za-z])"), 1, lambda s: INDICES[s]),
    "superscript": (re.compile(r"\^\{?\(([ij])\)|\^\{?([2N])(?![A-Za-z0-9])"), None,
                    lambda s: {"i": "j", "j": "i", "2": "3", "N": "M"}[s]),
    "domain": (re.compile(r"\\sum_(?:\{\s*(?:\\mathrm\{([xvh])\}|([xvh]))\s*\}|([xvh])(?![A-Za-z_]))"
                          r"|\\sum_\{([ij])\s*=\s*1\}"), None, None),
    "letter": (re.compile(r"(?<![A-Za-z\\{])([pqP])(?=_|\()"), 1, lambda s: LETTERS[s]),
}
_MATH = re.compile(r"\$\$(.+?)\$\$|\\\[(.+?)\\\]|\\begin\{(equation|align|gather|multline)\*?\}(.+?)\\end\{\3\*?\}",
                   re.S)
_SKIP = re.compile(r"%[^\n]*|\\text\{[^{}]*\}|\\mathcal\{[^{}]*\}|\\operatorname\{[^{}]*\}|\\mathrm\{KL\}")


@dataclass(frozen=True)
class Mutant:
    kind: str
    line: int          # 1-based line of the document the change is on
    column: int        # 1-based column of the change on that line
    old: str
    new: str
    text: str          # the whole mutated document

    @property
    def label(self) -> str:
        return f"line {self.line}, column {self.column}: {self.kind} {self.old} -> {self.new}"


def _math_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _MATH.finditer(text):
        g = next(k for k in (1, 2, 4) if m.group(k) is not None)
        spans.append((m.start(g), m.end(g)))
    return spans


def _skipped(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SKIP.finditer(text)]


def _domain(m) -> tuple[int, int, str, str]:
    """\\sum_x -> \\sum_{x \\in S} (a subset of the states); \\sum_{i=1} -> \\sum_{i=2}."""
    var = m.group(1) or m.group(2) or m.group(3)
    if var:
        return m.start(), m.end(), m.group(0), rf"\sum_{{{var} \in S}}"
    return m.start(), m.end(), m.group(0), m.group(0).replace("1}", "2}")


def mutants(text: str) -> list[Mutant]:
    """Every single-symbol mutant of the document's display mathematics, in document order."""
    math, skip = _math_spans(text), _skipped(text)

    def inside(a, b):
        return any(s <= a and b <= e for s, e in math) and not any(s <= a < e for s, e in skip)

    out = []
    for kind, (pattern, group, new) in RULES.items():
        for m in pattern.finditer(text):
            if kind == "domain":
                a, b, old, rep = _domain(m)
            else:
                g = group or next(k for k in range(1, (m.lastindex or 0) + 1) if m.group(k) is not None)
                a, b, old = m.start(g), m.end(g), m.group(g)
                rep = new(old)
            if not inside(a, b):
                continue
            mutated = text[:a] + rep + text[b:]
            out.append(Mutant(kind, text.count("\n", 0, a) + 1, a - text.rfind("\n", 0, a), old, rep, mutated))
    return out


def sample(ms: list[Mutant], per_line_kind: int = 1) -> list[Mutant]:
    """At most `per_line_kind` mutants of each kind on each line (the first ones): the suite stays cheap."""
    seen: dict = {}
    out = []
    for m in ms:
        key = (m.line, m.kind)
        if seen.get(key, 0) < per_line_kind:
            seen[key] = seen.get(key, 0) + 1
            out.append(m)
    return out
