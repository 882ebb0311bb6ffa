"""An explicit energy defined after rows that use it: `P(v, h) = ... = (1/Z) exp(-E(v, h))`, then "where E(v, h) is
the energy function and is given by E(v, h) = -sum_ij W_ij v_i h_j - ...".

The energy's defining row binds the rows after it (explicit.py); a row before it reads E as any energy. Such a row
refuted only because E was drawn apart from the energy the document goes on to define refutes nothing the author
meant: it gets one more reading, E as the later definition, which the checker cannot judge (so a refuted row is
undecided, naming the line; a proved row stays proved: any energy includes the one defined).
"""
from __future__ import annotations

from .readings import RowReading
from .roles_letters import DIST_LETTERS, ENERGY_LETTERS, FREE_ENERGY, PARTITION, walk

HINT = "define the energy in a row of its own before the rows that use it"


def energy_defined_later(m, sides, later_line):
    """A RowReading the checker cannot judge, for a row (its sides' ASTs) that writes the model (its energy, free
    energy, density or Z) before the explicit meaning `m` has read the energy's definition (at `later_line`): such a
    row's P(v, h) = (1/Z) exp(sum_ij W_ij v_i h_j + ...) ties the model to the weights, as the later definition does;
    else None."""
    er = getattr(m, "er", None)
    if er is None or not er.energy_rows or getattr(m, "form", None) is not None or later_line is None:
        return None
    uses = any(n[0] == "app" and n[1][0] == "sym" and ((n[1][1], n[1][2]) in ENERGY_LETTERS | FREE_ENERGY
                                                       or n[1][1] in DIST_LETTERS)
               or n[0] == "sym" and (n[1], n[2]) in PARTITION for s in sides if isinstance(s, tuple) for n in walk(s))
    if not uses:
        return None
    return RowReading(f"with E as line {later_line} defines it (the energy's definition comes after this row; read "
                      "before it, E is any energy)", None, None, HINT, judgeable=False)


def energy_line(reads, asts_of, er) -> int | None:
    """The line of the first row defining the explicit energy (er.energy_rows holds its left side's id)."""
    if er is None:
        return None
    for rr in reads:
        sides = asts_of(rr)
        if sides and id(sides[0]) in er.energy_rows:
            return rr.line
    return None


def energy_not_written(m, sides, later_line, params):
    """The reading the checker cannot judge for a row whose model's energy is not written before it: defined later
    (above), or nowhere while the row writes weights with unit indices (explicit_unwritten.py); else None."""
    from .explicit_unwritten import unwritten_energy
    return energy_defined_later(m, sides, later_line) or unwritten_energy(m, sides, params)
