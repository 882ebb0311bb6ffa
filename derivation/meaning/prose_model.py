"""A model the prose defines inline, `Take $E_\\theta(x) = \\theta x^2$ on the states $x \\in \\{0, 1, 2\\}$`, beside
displays that never define the energy: the checker does not bind an inline definition as the model's, so a row
giving the model's objects a value (Z_\\theta = 1 + e^{-\\theta} + e^{-4\\theta}) is true or false only on that model,
and a counterexample on the general one refutes nothing meant (model_ties.value_claim: undecided, named).
Found by the writing alone: inline math in the prose whose left side is the energy applied to a state."""
from __future__ import annotations

import re

_DISPLAY = re.compile(r"\$\$.*?\$\$|\\\[.*?\\\]|\\begin\{(equation|align|gather|multline|eqnarray)\*?\}.*?"
                      r"\\end\{\1\*?\}|```math.*?```", re.S)
_INLINE = re.compile(r"(?<![\\$])\$([^$\n]{3,200})\$(?!\$)")
# E(x) =, E_\theta(x) =, E(x; \theta) :=, U(s) \equiv, \mathcal{E}(v, h) = : the energy applied, then a definition sign
_ENERGY_DEF = re.compile(r"^\s*(?:E|U|H|\\mathcal\s*\{\s*E\s*\}|\\mathcal\s*E)\s*(?:_\s*(?:\{[^{}$]*\}|\\?[A-Za-z]+))?"
                         r"\s*(?:\\left\s*)?\([^()=$]{1,40}\)\s*(?:\\right\s*\)\s*)?(?:=|:=|\\coloneqq|\\equiv|\\triangleq)"
                         r"\s*(\S.*)$")


def prose_energy(text: str) -> tuple | None:
    """(line, what) of the first energy the prose defines inline in a document whose displays define none, else None."""
    if not text or "$" not in text:
        return None
    displays = [m for m in _DISPLAY.finditer(text)]
    if not displays or any(_defines_energy(row) for m in displays for row in re.split(r"\\\\|\n", m.group(0))):
        return None   # no display at all (inline rows are the rows), or a display defines the energy itself
    prose = _DISPLAY.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
    for m in _INLINE.finditer(prose):
        if _defines_energy(m.group(1)):
            line = text.count("\n", 0, m.start()) + 1
            return line, f"its energy, ${m.group(1).strip()}$, in the prose, which the checker does not take as the model's"
    return None


def _defines_energy(formula: str) -> bool:
    body = re.sub(r"^\s*(?:\$\$|\\\[|\\begin\{[a-z]+\*?\}|&)\s*", "", formula).replace("&", " ")
    m = _ENERGY_DEF.match(body)
    return bool(m) and bool(re.search(r"[A-Za-z0-9\\]", m.group(1)))
