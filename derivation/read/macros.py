"""Macros: the ones a document defines (`\\newcommand`, `\\renewcommand`, `\\providecommand`, `\\def`,
`\\DeclareMathOperator`) and the notation macros of the Deep Learning book (Goodfellow, Bengio &
Courville) and of its Chinese translation, which courses copy into their notes.

Expansion is linear and bounded: at most MAX_DEPTH nested expansions and an output of at most
MAX_GROWTH times the row (and never more than MAX_OUTPUT characters); past that the row is
unreadable with the macro named, never a hang. A document's own definition wins over a known one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .mapped import Builder, Mapped

MAX_DEPTH = 24
MAX_GROWTH = 40
MAX_OUTPUT = 200_000
MAX_BODY = 5_000


@dataclass(frozen=True)
class Macro:
    name: str            # without the backslash
    nargs: int = 0
    body: str = ""
    default: str | None = None   # \newcommand{\a}[2][x]{...}: the first argument is optional


class MacroError(ValueError):
    def __init__(self, message: str, offset: int):
        self.offset = offset
        super().__init__(message)


# ---- the Deep Learning book's notation, as meanings (our own table, not the book's file)
def _known() -> dict[str, Macro]:
    table: dict[str, str] = {}
    letters = "abcdefghijklmnopqrstuvwxyz"
    greek = ("alpha", "beta", "gamma", "epsilon", "eta", "theta", "lambda", "mu", "phi", "psi", "sigma",
             "omega", "rho", "zeta", "tau", "xi")
    for c in letters:
        table["v" + c] = r"\boldsymbol{%s}" % c          # vector (book: \vx)
        table["rv" + c] = r"\mathbf{%s}" % c             # random vector (book: \rvx)
        table["V" + c] = r"\boldsymbol{%s}" % c          # vector (translation: \Vx)
        table["RV" + c] = r"\mathbf{%s}" % c             # random vector (translation: \RVx)
        table["RS" + c] = r"\mathrm{%s}" % c             # random scalar (translation: \RSx)
        table["ev" + c] = c                               # element of a vector
    for c in letters.upper():
        table["m" + c] = r"\boldsymbol{%s}" % c          # matrix (book: \mW)
        table["M" + c] = r"\boldsymbol{%s}" % c          # matrix (translation: \MW)
        table["rm" + c] = r"\mathbf{%s}" % c             # random matrix
        table["g" + c] = r"\mathcal{%s}" % c             # graph / calligraphic (book: \gL)
        table["Cal" + c] = r"\mathcal{%s}" % c           # calligraphic (translation: \CalL)
        table["Set" + c] = r"\mathbb{%s}" % c            # sets; \SetE is the expectation
    for g in greek:
        table["v" + g] = r"\boldsymbol{\%s}" % g
        table["V" + g] = r"\boldsymbol{\%s}" % g
        table["ev" + g] = "\\" + g
    table["rvtheta"] = r"\boldsymbol{\theta}"
    table.update({
        "E": r"\mathbb{E}", "Ls": r"\mathcal{L}", "KL": r"D_{\mathrm{KL}}", "Var": r"\mathrm{Var}",
        "Cov": r"\mathrm{Cov}", "pdata": r"p_{\mathrm{data}}", "ptrain": r"\hat{p}_{\mathrm{data}}",
        "Ptrain": r"\hat{P}_{\mathrm{data}}", "pmodel": r"p_{\mathrm{model}}", "Pmodel": r"P_{\mathrm{model}}",
        "ptildemodel": r"\tilde{p}_{\mathrm{model}}", "train": r"\mathcal{D}", "sR": r"\mathbb{R}",
        "R": r"\mathbb{R}", "eps": r"\epsilon", "softplus": r"\zeta", "sigmoid": r"\sigma",
        "operatorname": r"\mathrm{#1}",
    })
    out = {name: Macro(name, 0, body) for name, body in table.items()}
    out["operatorname"] = Macro("operatorname", 1, r"\mathrm{#1}")
    # macros that sites define in their MathJax/KaTeX configuration with one meaning wherever they appear
    # (\e, \tp, \Re mean different things on different sites: not guessed, the reader names them)
    out["underE"] = Macro("underE", 2, r"\mathbb{E}_{#1}\left[#2\right]")   # OpenAI Spinning Up
    # KaTeX's and MathJax's own arrow aliases (built in, one meaning everywhere)
    for name, body in (("rArr", r"\Rightarrow"), ("Rarr", r"\Rightarrow"), ("lArr", r"\Leftarrow"), ("Larr", r"\Leftarrow"),
                       ("lrArr", r"\Leftrightarrow"), ("Lrarr", r"\Leftrightarrow"), ("Harr", r"\Leftrightarrow"),
                       ("rarr", r"\rightarrow"), ("larr", r"\leftarrow"), ("harr", r"\leftrightarrow")):
        out[name] = Macro(name, 0, body)
    return out


KNOWN = _known()

_DEF_START = re.compile(r"\\(newcommand|renewcommand|providecommand|DeclareMathOperator|[gex]?def)(\*?)(?![A-Za-z])")
_NAME = re.compile(r"\s*(?:\{\s*\\([A-Za-z]+|.)\s*\}|\\([A-Za-z]+|.))")
_SPACE = re.compile(r"\s*")


def group_end(text: str, start: int, limit: int = MAX_BODY) -> int:
    """Index after the `}` matching the `{` at `start`, or -1 (unbalanced, or longer than limit)."""
    depth, i, end = 0, start, min(len(text), start + limit)
    while i < end:
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return -1


def find_definitions(text: str) -> tuple[dict[str, Macro], list[tuple[int, int]]]:
    """The macros a document defines, and the spans of their definitions (to be blanked)."""
    table: dict[str, Macro] = {}
    spans = []
    for m in _DEF_START.finditer(text):
        if spans and m.start() < spans[-1][1]:
            continue  # inside a definition already read
        kind, i = m.group(1), m.end()
        kind = "def" if kind.endswith("def") else kind   # \gdef (KaTeX keeps it across displays), \edef, \xdef
        nm = _NAME.match(text, i)
        if not nm:
            continue
        name, i = nm.group(1) or nm.group(2), nm.end()
        nargs, default = 0, None
        if kind == "def":
            pm = re.compile(r"(?:#\d)*").match(text, i)
            nargs, i = len(pm.group(0)) // 2, pm.end()
        elif kind != "DeclareMathOperator":
            am = re.compile(r"\s*\[\s*(\d)\s*\]").match(text, i)
            if am:
                nargs, i = int(am.group(1)), am.end()
                dm = re.compile(r"\s*\[([^\]\n]{0,200})\]").match(text, i)
                if dm:
                    default, i = dm.group(1), dm.end()
        i = _SPACE.match(text, i).end()
        if i >= len(text) or text[i] != "{":
            continue
        end = group_end(text, i)
        if end < 0:
            continue
        body = text[i + 1:end - 1]
        if kind == "DeclareMathOperator":
            body = r"\mathrm{" + body + "}"
        if kind == "providecommand" and name in table:
            continue
        table[name] = Macro(name, nargs, body, default)
        spans.append((m.start(), end))
    return table, spans


def _argument(text: str, i: int) -> tuple[str, int] | None:
    """One macro argument at text[i:]: a {group} (braces dropped), a \\command, or one character."""
    i = _SPACE.match(text, i).end()
    if i >= len(text):
        return None
    if text[i] == "{":
        end = group_end(text, i, limit=len(text))
        return (text[i + 1:end - 1], end) if end > 0 else None
    if text[i] == "\\":
        m = re.compile(r"\\(?:[A-Za-z]+|.)").match(text, i)
        return m.group(0), m.end()
    if text[i] in "}":
        return None
    return text[i], i + 1


_CS = re.compile(r"\\([A-Za-z]+)")
_ENDS_WITH_WORD = re.compile(r"\\[A-Za-z]+\s*$")


class _Expander:
    def __init__(self, table: dict[str, Macro], size: int):
        self.table = table
        self.budget = min(MAX_OUTPUT, max(2_000, MAX_GROWTH * size))
        self.work = 0

    def charge(self, n: int, where: int, name: str) -> None:
        self.work += n
        if self.work > self.budget:
            raise MacroError(f"macro \\{name} expands to more than {self.budget} characters "
                             "(a recursive or runaway definition?)", where)

    def substitute(self, macro: Macro, args: list[str]) -> str:
        if not args:
            return macro.body
        return re.sub(r"#(\d)", lambda m: args[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(args)
                      else m.group(0), macro.body)

    def expand(self, text: str, depth: int, origin: int | None, out: Builder, base: int) -> None:
        """Append the expansion of `text` to out. origin None: text is source at offset `base`."""
        pos = 0
        for m in _CS.finditer(text):
            if m.start() < pos:
                continue
            macro = self.table.get(m.group(1))
            if macro is None:
                continue
            where = base + m.start() if origin is None else origin
            if depth >= MAX_DEPTH:
                raise MacroError(f"macro \\{macro.name} nests deeper than {MAX_DEPTH} expansions "
                                 "(a recursive definition?)", where)
            args, j = [], m.end()
            if macro.name == "operatorname" and text[j:j + 1] == "*":   # \operatorname*: limits below, same name
                j += 1
            if macro.nargs and macro.default is not None:
                om = re.compile(r"\s*\[([^\]]*)\]").match(text, j)
                if om:
                    args.append(om.group(1))
                    j = om.end()
                else:
                    args.append(macro.default)
            while len(args) < macro.nargs:
                got = _argument(text, j)
                if got is None:
                    raise MacroError(f"macro \\{macro.name} takes {macro.nargs} argument(s)", where)
                args.append(got[0])
                j = got[1]
            self._emit(text[pos:m.start()], origin, base + pos, out)
            body = self.substitute(macro, args)
            self.charge(len(body), where, macro.name)
            # a control word followed directly by a letter must stay separate: \V x -> \boldsymbol{x}
            self.expand(body, depth + 1, where, out, base)
            if j < len(text) and text[j].isalpha() and _ENDS_WITH_WORD.search(body):
                out.add(" ", where, False)
            pos = j
        self._emit(text[pos:], origin, base + pos, out)

    def _emit(self, piece: str, origin: int | None, at: int, out: Builder) -> None:
        if origin is None:
            out.add(piece, at, True)
        else:
            out.add(piece, origin, False)


def expand(row: Mapped, table: dict[str, Macro]) -> Mapped:
    """The row with every known macro expanded; MacroError (offset into the source) when over budget."""
    if "\\" not in row.text or not table:
        return row
    out = Builder()
    exp = _Expander(table, len(row.text))
    # expand span by span so every verbatim character keeps its own source offset
    for k, s in enumerate(row.starts):
        end = row.starts[k + 1] if k + 1 < len(row.starts) else len(row.text)
        piece = row.text[s:end]
        if row.verbatim[k]:
            exp.expand(piece, 0, None, out, row.origins[k])
        else:
            exp.expand(piece, 0, row.origins[k], out, row.origins[k])
    return out.build()


def table_for(defined: dict[str, Macro]) -> dict[str, Macro]:
    """The known notation, overridden by the document's own definitions."""
    if not defined:
        return KNOWN
    return {**KNOWN, **defined}
