"""Powers and roots (meaning.Meaning's mixin), and the superscript that is no power: x^n where n indexes the data.

Texts write the n-th data point x^{(n)}, x_n, and also x^n: "the data are x^1, ..., x^N (superscripts index the
data points)". Under a data sum \\sum_{n=1}^{N} E(x^n), or where the document lists its data points so, a state
letter with the data index for its superscript, written where a point goes (an argument), is that data point; read as a power of a free state it made
(1/N) \\sum_n E(x^n) = \\sum_x \\hat p(x) E(x) invalid (hostile set 10, E09). A state bound by a sum or an
expectation (\\sum_x p(x) x^2) keeps its power; a numeric superscript on a letter the document lists its data
points by (x^2: the second point or a square) is not read."""
from __future__ import annotations

import re

import sympy
from sympy import Integer

from .fixed_letters import DATA_INDEX
from .free_latent import letter_key
from .meaning_values import node_text
from .roles import walk
from .sum_domains import STATE_NAMES

# x^1, \ldots, x^N or x^{1}, \dots, x^{n} in the document's own text: the letter's superscripts index the data
_LISTED = re.compile(r"(?<![\\A-Za-z])([A-Za-z])\^\{?\s*1\s*\}?\s*,\s*(?:\\[lc]?dots|\\dots[bc]?|\.\.\.|…)\s*,?\s*"
                     r"\1\^\{?\s*([A-Za-z])\s*\}?")


# x^1 anywhere (prose or display): nobody writes the first power so; the superscript numbers something (blind
# hostile set 11, C23: "the real numbers $x^1$ and $x^2$ (the superscripts number them)", x^1 x^1 = x^2 was proved)
_FIRST = re.compile(r"(?<![\\A-Za-z])([A-Za-z])\^(?:\{\s*1\s*\}|1(?![\d.]))")


def superscript_points(text: str) -> frozenset:
    """The letters whose superscripts the document uses to number things: listed as x^1, ..., x^N, or written x^1."""
    found = {m.group(1) for m in _LISTED.finditer(text or "")} | {m.group(1) for m in _FIRST.finditer(text or "")}
    return frozenset(found & STATE_NAMES)


class PowersMeaning:
    def t_pow(self, n, env):
        self.refuse_transpose(n)
        point = self.superscript_point(n, env)
        if point is not None:
            return point
        from .budget import TooLarge
        from .built import numeric_power as _numeric_power   # 9^{9^{9}}: a marker, never a number SymPy cannot stop
        a, b = self.tr(n[1], env), self.tr(n[2], env)
        if not (isinstance(a, sympy.Expr) and isinstance(b, sympy.Expr)):   # z^2 under d/dz, z a state
            self.fail(f"a power of a state ({node_text(n[1])}), which takes no derivative", "a real variable")
        if a.is_number and b.is_number and not (a.atoms(TooLarge) or b.atoms(TooLarge)):
            return _numeric_power(a, b)
        return self.refuse_root_of_state(a, b) ** b

    def superscript_point(self, n, env):
        """The data point x^n is, when its superscript is the data index (bound by a data sum, or free where the
        document lists its points x^1, ..., x^N), else None."""
        base, sup = n[1], n[2]
        if base[0] != "sym" or base[1] not in STATE_NAMES or base[3] is not None or base[5] is not None \
                or letter_key(base) in env:
            return None
        listed = base[1] in getattr(self.r, "superscript_points", ())
        if sup[0] != "sym" or sup[2:] != ("", None, 0, None):
            if listed and sup[0] == "num":
                self.fail(f"{base[1]}^{sup[1]}: a data point or a power of the state, where the document writes its data "
                          f"points {base[1]}^1, ..., {base[1]}^N", f"{base[1]}^{{(i)}} for a data point")
            return None
        if (("data", sup[1]) in env or listed and sup[1] in DATA_INDEX) and self._in_slot(n):
            return self.data_point(("sym",) + tuple(base[1:5]) + (sup,), env)
        return None

    def _in_slot(self, n) -> bool:
        """Whether the row writes `n` as an argument (E(x^n), f(x^n)): where a point goes. A number x^n elsewhere
        (\\sum_{n=1}^{N} x^n, a geometric series) keeps its power."""
        return any(a is n for side in getattr(self, "row_sides", ()) if isinstance(side, tuple) for node in walk(side)
                   if node[0] == "app" for a in node[2])

    def refuse_root_of_state(self, base, exponent):
        from .state_numbers import root_of_state   # \sqrt{x^2} of a state x: x = x on the labels' positivity
        if (state := root_of_state(base, exponent)) is not None:
            self.fail(f"a root or a non-integer power of the state {state} used as a number: the checker's states "
                      "are labels 1..K, whose positivity would decide the row", "the state as an argument, E(x)")
        return base

    def t_sqrt(self, n, env):
        root = Integer(2) if n[2] is None else self.tr(n[2], env)
        return self.refuse_root_of_state(self.tr(n[1], env), 1 / root) ** (1 / root)
