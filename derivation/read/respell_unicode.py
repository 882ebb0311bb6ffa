"""Mathematics typed in Unicode (respell.py): `Z(β) = ∑_x e^{−βE(x)}`, `∂ log Z/∂θ`, `a · b`, `a × b`, as Obsidian
notes, blogs and docstrings type it, -> the LaTeX commands the grammar reads (`\\beta`, `\\sum`, `-`, `\\partial`,
`\\cdot`, ...). Each character is one command of one meaning; a character not in the table is left as typed (the
reader names it). The relations (≤, ≈, ≠, ...) are read where they are (relations.py).

Also spacing and negation as TeX types them: `\\kern 3pt`, `\\mkern3mu` (nothing) and `\\not=` (`\\neq`); and the
implication typed in ASCII, `A = B => C = D` (`\\Rightarrow`, read between two equations as the command is).
"""
from __future__ import annotations

import re

GREEK = {
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "varepsilon", "ϵ": "epsilon", "ζ": "zeta",
    "η": "eta", "θ": "theta", "ϑ": "vartheta", "ι": "iota", "κ": "kappa", "λ": "lambda", "μ": "mu", "ν": "nu",
    "ξ": "xi", "π": "pi", "ρ": "rho", "σ": "sigma", "τ": "tau", "υ": "upsilon", "φ": "varphi", "ϕ": "phi",
    "χ": "chi", "ψ": "psi", "ω": "omega", "Γ": "Gamma", "Δ": "Delta", "Θ": "Theta", "Λ": "Lambda", "Ξ": "Xi",
    "Π": "Pi", "Σ": "Sigma", "Φ": "Phi", "Ψ": "Psi", "Ω": "Omega", "ℓ": "ell", "ħ": "hbar",
}
OPERATORS = {
    "∑": r"\sum", "∏": r"\prod", "∫": r"\int", "∂": r"\partial", "∇": r"\nabla", "∞": r"\infty",
    "·": r"\cdot", "⋅": r"\cdot", "×": r"\times", "⟨": r"\langle", "⟩": r"\rangle", "∈": r"\in", "∼": r"\sim",
    "±": r"\pm", "∓": r"\mp", "‖": r"\|",
    "−": "-", "–": "-", "′": "'", "″": "''",
    "（": "(", "）": ")", "｜": "|",   # full-width parentheses and bar, as a Chinese or Japanese input method types them
}
_CHARS = re.compile("[" + "".join(GREEK) + "".join(OPERATORS) + "]")
_KERN = re.compile(r"\\m?kern\s*-?\s*(?:\d+(?:\.\d*)?|\.\d+)\s*(?:pt|em|ex|mu|px|bp|mm|cm|in)")
_NOT_EQUAL = re.compile(r"\\not\s*=")
_ARROW = re.compile(r"(?<![=<>!:])=>(?!=)")   # `A = B => C = D` typed in ASCII: the implication arrow


def unicode_math(text: str) -> list:
    """The edits (start, end, pieces) that respell Unicode mathematics, \\kern and \\not= (the module's docstring)."""
    edits = []
    if "\\" in text:
        for m in _KERN.finditer(text):
            edits.append((m.start(), m.end(), [" "]))
        for m in _NOT_EQUAL.finditer(text):
            edits.append((m.start(), m.end(), [r"\neq "]))
    for m in _ARROW.finditer(text) if "=>" in text else ():
        edits.append((m.start(), m.end(), [r"\Rightarrow "]))
    if text.isascii():
        return edits
    for m in _CHARS.finditer(text):
        c = m.group(0)
        new = "\\" + GREEK[c] if c in GREEK else OPERATORS[c]
        after = text[m.end():m.end() + 1]
        if new.startswith("\\") and new[-1].isalpha() and (after.isalpha() or after in GREEK or after in OPERATORS):
            new += " "   # \beta E, never \betaE
        edits.append((m.start(), m.end(), [new]))
    return edits
