"""A row `r(x) \\propto R(x)` that introduces a new letter r of the state: r is the distribution proportional to R,
r(x) = R(x) / sum_x R(x), in the rows after it (`Let $r(x) \\propto q(x)^2$`).

A distribution written with \\propto is normalized by its sign: that is what \\propto says of it (as `Let
$q(x) \\propto e^{-E(x)}$` gives a second distribution its form, second_definitions.py). Read as an arbitrary
function, r was drawn with any table and the true sum_x r(x) = 1 was refuted (hostile set 9, F21); judged as a
claim, r(x) = q(x)^2 was refuted on the same free table. The row is a definition, shown and not judged; only a new
letter can be defined (general_chains._is_new_symbol says which), never a fixed object of the vocabulary."""
from __future__ import annotations


def proportional_definition(gm, rr, sides, m, is_new_symbol, notes) -> bool:
    """Define r in every reading of the document `gm` when the read row `rr` (its sides' trees `sides`) is
    `r(x) \\propto R(x)` with r a new letter applied to one state; note it in `notes`. Whether it did."""
    if len(sides) != 2 or len(rr.relations) < 2 or rr.relations[1] != "proportional" \
            or not all(isinstance(s, tuple) for s in sides):
        return False
    lhs, rhs = sides
    if lhs[0] != "app" or len(lhs[2]) != 1 or lhs[3] or lhs[2][0][0] != "sym" or lhs[2][0][3] is not None \
            or not m.state_node(lhs[2][0]):
        return False
    name = is_new_symbol(lhs, rhs, m)
    if name is None or name in ("energy form", "model form"):
        return False
    body = ("div", rhs, ("sum", lhs[2][0], None, rhs))   # the state bound again under the sum: over every state
    gm._each(lambda mm: mm.define(name, lhs[2], body, {}, head=lhs))
    notes.append(f"defines {name} as the distribution proportional to its right side (normalized over the states): "
                 "it means this in later rows (the definition is not judged)")
    return True
