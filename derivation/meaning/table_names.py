"""The names an instance gives its table entries when it prints them (shared by the instance that draws
them, derivation/judge/instance.py, and the vocabulary objects that add columns to them)."""
from __future__ import annotations

import sympy


def entry_name(key) -> str:
    """('E', 2) -> 'E(2)'; ('E', (1, 2)) -> 'E(1, 2)'; ('f', 'A', 1, 3) -> 'A_1(3)'; ('q', 2) -> 'g_q(2)'."""
    def state(s):
        return ", ".join(map(str, s)) if isinstance(s, (tuple, sympy.Tuple)) else str(s)
    if key[0] == "f":
        _, name, idx, s = key
        return f"{name}{'_' + str(idx) if idx != 0 else ''}({state(s)})"
    return f"{'E' if key[0] == 'E' else 'g_q'}({state(key[1])})"

