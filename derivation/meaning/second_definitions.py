"""A row that defines a second distribution: `Let $q_\\phi(x) = \\frac{e^{\\phi f(x)}}{\\sum_{x'} e^{\\phi f(x')}}$`.

A second distribution (q_phi beside the model p_theta, q(h | v), q') is an arbitrary normalized distribution
of its own (vocabulary/divergences.py). A row that writes it out in the document's own functions says which
one the author means: it is a definition, shown and not judged, and a counterexample to a later row must keep
it (judge/definitions_respected.py, which collects the rows shown as definitions). It is never the model's
definition: bound as the model's energy (explicit.py's family row), E_{q_phi}[grad log p_theta] = 0 was proved
(hostile set 7, B27); judged as a claim, an arbitrary q refuted the author's own definition of it.

A row about the vocabulary's objects (q_theta(x) = p_theta(x), q(h | v) = p(h | v)) is a claim and is judged.
"""
from __future__ import annotations

from .roles import DIST_LETTERS, ENERGY_LETTERS, FREE_ENERGY, PARTITION, walk


def defines_second(m, sides, relation) -> bool:
    """Whether the row `lhs = rhs` (`relation`: [its first relation], empty for a row of one side) defines a
    second distribution by the
    document's own functions: q applied to states on the left, read as a second distribution by the
    meaning `m`, and on the right no distribution, partition function or energy of the vocabulary."""
    if len(sides) != 2 or relation not in (["equality"], ["definition"]) or not all(isinstance(s, tuple) for s in sides):
        return False
    lhs, rhs = sides
    if lhs[0] != "app" or lhs[1][0] != "sym" or lhs[1][1] not in DIST_LETTERS or not lhs[2]:
        return False
    if any(n[0] == "sym" and (n[1] in DIST_LETTERS or (n[1], n[2]) in ENERGY_LETTERS | PARTITION | FREE_ENERGY)
           for n in walk(rhs)):
        return False
    if not hasattr(m, "dist_kind"):
        return False
    try:
        return m.dist_kind(lhs[1]) == "second"
    except Exception:  # noqa: BLE001 - a letter whose role cannot be told is not known to be a second one
        return False
