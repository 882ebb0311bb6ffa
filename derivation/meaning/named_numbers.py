"""A letter the prose names a number ("let $h$ be Planck's constant (a number)", "$x$ real", "a constant $c$") is an
arbitrary real constant, never a state, where no row uses it as one.

The general reader takes x, y, v, h, z, s, ... as states: labels 1..K. A row that uses such a state as a number is
never refuted (state_numbers.py: its labels are a meaning nobody wrote), so h(nu + nu') = h nu + nu', with h
Planck's constant, was undecided (hostile set 10, C19). Named a number, the letter is one: any real value."""
from __future__ import annotations

import re

from .roles import DIST_LETTERS, ENERGY_LETTERS, PARTITION, walk
from .sum_domains import STATE_NAMES

_L = r"\$\s*\\?([A-Za-z]+)\s*\$"
_NAMED = re.compile(
    _L + r"\s*(?:be|is|denotes|stands for)\s+(?:a|an|the|some)?\s*(?:[\w'\u2019-]+\s+){0,2}(?:constant|number|scalar)\b"
    r"|" + _L + r"\s*(?:\([^)$]*\)\s*)?(?:is\s+)?(?:real|a real number|a real constant)\b"
    r"|\b(?:constant|number|scalar)\s+" + _L)
_MODEL_HEADS = set(DIST_LETTERS) | {n for n, _ in ENERGY_LETTERS | PARTITION}


def named_numbers(text: str, asts=()) -> frozenset:
    """The state letters the document's text names numbers and none of its rows (`asts`) uses as a state."""
    named = {g for m in _NAMED.finditer(text or "") for g in m.groups() if g and g in STATE_NAMES}
    if not named:
        return frozenset()
    states = set()
    for a in asts:
        for n in walk(a) if isinstance(a, tuple) else ():
            if n[0] == "app" and n[1][0] == "sym" and n[1][1] in _MODEL_HEADS:
                states |= {s[1] for arg in n[2] + n[3] for s in walk(arg) if s[0] == "sym"}
            elif n[0] in ("sum", "prod", "int", "sim", "expect") and isinstance(n[1], tuple):
                states |= {s[1] for s in walk(n[1]) if s[0] == "sym"}
    return frozenset(named - states)
