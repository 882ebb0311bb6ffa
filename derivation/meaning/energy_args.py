"""The arguments of an energy letter (meaning.py): states, never a distribution's value.

`\\mathcal{H}(\\theta, P(Z \\mid Y, \\theta))` (EM's function of a parameter and a posterior, which the document defines)
was read as the energy H of a "state" that is P's expression, and a valid row was refuted through it. An energy takes
states (x, or x and h); a probability, an expectation or a divergence in its place says the letter means something
else here: the row is unreadable, named, never refuted.
"""
from __future__ import annotations

from .meaning_values import node_text

_NOT_STATES = ("kl", "expect", "expect_given", "bracket")


def energy_args(reader, name, args):
    """`args`, when none of them is a distribution's value; else the reader fails naming it."""
    for a in args:
        if a[0] in _NOT_STATES or a[0] == "app" and reader.is_dist(a[1]):
            reader.fail(f"{name} applied to {node_text(a)}: an energy takes states, not a probability (a function of a "
                        f"distribution the document defines, such as EM's Q-function, is no energy)",
                        f"{name}(x) or {name}(x, h)")
    return args
