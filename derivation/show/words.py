"""Counting in words: "1 step", "2 steps", never "1 steps" or "step(s)".

`count` is for text written here; `settle_plurals` repairs text composed elsewhere with the
"noun(s)" shorthand (the checker's summaries, reading notes), so every output a student reads goes
through one rule.
"""
from __future__ import annotations

import re

_IRREGULAR = {"holds": "holds", "is": "are", "was": "were"}


def count(n: int, noun: str, plural: str | None = None) -> str:
    """count(1, 'step') -> '1 step'; count(3, 'step') -> '3 steps'; count(2, 'data point') -> '2 data points'."""
    return f"{n} {noun if n == 1 else (plural or _IRREGULAR.get(noun, noun + 's'))}"


def settle_plurals(text: str) -> str:
    """'1 step(s) are invalid' -> '1 step is invalid'; '3 state(s)' -> '3 states'."""
    text = re.sub(r"(?<![\d.])\b1 ([a-z]+)\(s\) are\b", r"1 \1 is", text)
    text = re.sub(r"(?<![\d.])\b1 ([a-z]+)\(s\)", r"1 \1", text)
    return re.sub(r"\b(\d+) ([a-z]+)\(s\)", r"\1 \2s", text)
