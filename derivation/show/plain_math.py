"""A sentence's $...$ in the plain notation of a terminal: "$\\sum_{i=1}^{N} e^{- E_{\\theta}(\\mathrm{x}^{(i)})}$"
reads "Σ_{i=1}^N e^{-E_θ(x^(i))}", the notation the rest of the report writes.

The checker's explanations carry the formulas they quote as $...$ TeX: the page (html/prose_math.py),
Markdown and LaTeX render them as mathematics. A terminal cannot, and raw TeX (\\mathrm{x}^{(i)}) beside
plain notation is hard to read, so the text forms (eq7 check, check_step's str(), the pytest message,
eq7 grade) show each $...$ written out plainly. Display only: nothing here decides anything.

    plain_math(text)   every $...$ of text in plain notation (text without $ is returned as it is)
    plain_tex(tex)     one formula
"""
from __future__ import annotations

import re

_INLINE = re.compile(r"(?<!\\)\$([^$]+)\$")
SYMBOLS = {
    "Theta": "Θ", "theta": "θ", "phi": "φ", "varphi": "φ", "beta": "β", "mu": "μ", "sigma": "σ", "alpha": "α",
    "gamma": "γ", "lambda": "λ", "eta": "η", "pi": "π", "psi": "ψ", "omega": "ω", "epsilon": "ε",
    "varepsilon": "ε", "tau": "τ", "Sigma": "Σ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω", "Delta": "Δ",
    "delta": "δ", "rho": "ρ", "nu": "ν", "xi": "ξ", "kappa": "κ", "zeta": "ζ", "chi": "χ",
    "sum": "Σ", "prod": "Π", "int": "∫", "partial": "∂", "nabla": "∇", "infty": "∞", "cdot": "·",
    "times": "×", "sim": "~", "neq": "≠", "ne": "≠", "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥",
    "approx": "≈", "propto": "∝", "to": "→", "mid": "|", "|": "‖", "ldots": "…", "dots": "…", "cdots": "…",
    "log": "log ", "exp": "exp ", "ln": "ln ", "min": "min ", "max": "max ", "lim": "lim ",
    ",": " ", ";": " ", ":": " ", "!": "", "quad": " ", "qquad": " ", " ": " ", "{": "{", "}": "}",
}
ONE_ARGUMENT = {"mathrm", "mathbf", "mathcal", "mathit", "mathsf", "mathbb", "text", "textrm", "operatorname",
                "boldsymbol", "bm", "mathnormal"}


def plain_math(text: str) -> str:
    """Every $...$ in `text` written in plain notation."""
    if not text or "$" not in text:
        return text
    return _INLINE.sub(lambda m: plain_tex(m.group(1)), text)


def plain_tex(tex: str) -> str:
    """One TeX formula in plain notation; what it does not know it keeps, without the backslash."""
    try:
        out, _ = _group(tex, 0)
    except (IndexError, RecursionError):   # an odd formula: shown as written rather than not at all
        return tex
    return _tidy(out)


def _tidy(s: str) -> str:
    s = " ".join(s.split())
    s = re.sub(r"(^|[({\[=,~]) ?- ", r"\1-", s)      # a unary minus sticks to what it negates
    s = re.sub(r"([({\[∂∇]) ", r"\1", s)
    s = re.sub(r" ?~ ?", "~", s)
    s = re.sub(r"\b(log|exp|ln) \(", r"\1(", s)
    s = re.sub(r" ([)}\],])", r"\1", s)
    return s.strip()


def _group(tex: str, i: int) -> tuple[str, int]:
    """Text up to the `}` closing the group that starts at i (or the end)."""
    out = []
    while i < len(tex):
        c = tex[i]
        if c == "}":
            return "".join(out), i + 1
        if c in "_^":
            arg, i = _argument(tex, i + 1)
            out.append(c + _script(arg))
            continue
        piece, i = _atom(tex, i)
        out.append(piece)
    return "".join(out), i


def _atom(tex: str, i: int) -> tuple[str, int]:
    c = tex[i]
    if c == "{":
        inner, i = _group(tex, i + 1)
        return inner, i
    if c != "\\":
        return c, i + 1
    m = re.match(r"\\([A-Za-z]+|.)", tex[i:])
    name, i = m.group(1), i + len(m.group(0))
    if name == "frac" or name in ("dfrac", "tfrac"):
        num, i = _argument(tex, i)
        den, i = _argument(tex, i)
        return f"{_wrapped(num)}/{_wrapped(den)} ", i
    if name == "sqrt":
        arg, i = _argument(tex, i)
        return f"√({_tidy(arg)})", i
    if name in ONE_ARGUMENT:
        arg, i = _argument(tex, i)
        return (arg + " " if name in ("text", "textrm", "operatorname") else arg), i
    if name in ("left", "right", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr"):
        if i < len(tex) and tex[i] == ".":
            return "", i + 1
        return "", i   # the bracket itself follows
    return SYMBOLS.get(name, name), i


def _argument(tex: str, i: int) -> tuple[str, int]:
    while i < len(tex) and tex[i] == " ":
        i += 1
    if i >= len(tex):
        return "", i
    if tex[i] == "{":
        inner, i = _group(tex, i + 1)
        return _tidy(inner), i
    return _atom(tex, i)


def _script(arg: str) -> str:
    """A subscript or superscript: x_i, x^(i), e^{-E}, Σ_{i=1}^N."""
    arg = arg.strip()
    if len(arg) == 1 or re.fullmatch(r"\w|\d+|\(\w+\)|\w'", arg):
        return arg
    return "{" + arg + "}"


def _wrapped(part: str) -> str:
    part = _tidy(part)
    return f"({part})" if re.search(r"[\s+\-−]", part.lstrip("-")) else part
