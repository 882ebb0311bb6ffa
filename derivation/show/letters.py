"""The document's own letters in what eq7 prints.

The checker's fixed objects use Θ for the parameter (the post's letter). A document that writes θ
(and never Θ) reads its counterexamples, explanations and summaries with θ: one rule, applied where
text meets the reader (report, short_report, html, markdown_display, companion, pytest_plugin).
"""
from __future__ import annotations

import re

_LOWER = re.compile(r"\\theta(?![A-Za-z])|θ")
_UPPER = re.compile(r"\\Theta(?![A-Za-z])|Θ")


def param_letter(texts) -> str:
    """'θ' when the rows write \\theta (or θ) and never \\Theta (or Θ), else 'Θ'."""
    joined = " ".join(t for t in texts if t)
    return "θ" if _LOWER.search(joined) and not _UPPER.search(joined) else "Θ"


def chain_letter(chain) -> str:
    """The letter of a derivation, from its rows as written."""
    return param_letter(getattr(r, "latex", "") for r in getattr(chain, "rows", ()))


def in_letters(text: str, letter: str) -> str:
    """`text` with the parameter written as the document writes it (Θ -> θ, \\Theta -> \\theta)."""
    if letter != "θ" or not text:
        return text
    return re.sub(r"\\Theta(?![A-Za-z])", r"\\theta", text.replace("Θ", "θ"))
