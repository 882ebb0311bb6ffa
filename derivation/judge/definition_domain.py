"""Points outside the document's definitions: eta = log lambda gives eta no value at lambda <= 0.

A letter the document defines (`\\eta = \\log\\lambda`, meaning/defined_first.py) is read in later rows as its
definition (meaning.Defined). Where the definition has no value, the letter does not exist, and a later row
(`\\lambda = e^{\\eta}`) claims nothing there: such a point is left out of the search (instances.py), like a
point where neither side has a value, never a counterexample and never a compared instance.
"""
from __future__ import annotations

from derivation.meaning.meaning import Defined


def defined_bodies(*sides) -> list:
    """The definitions of the letters defined alone (no state argument) that the sides use."""
    out = []
    for side in sides:
        for d in getattr(side, "atoms", lambda *_: ())(Defined):
            body = d.definition()
            if body.free_symbols and body not in out:
                out.append(body)
    return out


def outside_definitions(bodies, inst, at, float_value) -> bool:
    """Whether one of the definitions has no value at this point (the float evaluator says Undefined)."""
    from .taylor import Undefined, Unsupported
    for body in bodies:
        try:
            float_value(body, inst, at)
        except Undefined:
            return True
        except Unsupported:
            continue
        except Exception:  # noqa: BLE001 - a body the float evaluator cannot place: no claim about the point
            continue
    return False
