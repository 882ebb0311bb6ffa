"""Weights written with unit indices in a document that writes no energy: `dL/dc_j = sigma(sum_i W_ij v_i + c_j) -
E_{P(V)}[sigma(sum_i W_ij v_i + c_j)]` in the third post of an RBM series, whose energy is in the first.

With no energy row (explicit_roles.py finds none), the general reader takes W and c as parameters of any energy, so
the row is refuted by an energy that depends on W and c in another way than the RBM's. A row that writes a weight
with its unit indices as a value (W_ij, c_j; the variable of a derivative does not count) relates the model to an
explicit function of its weights, which only the energy the author has in mind can make right: a counterexample with
any other energy refutes nothing meant. Such a row gets one more reading the checker cannot judge; a refuted row is
undecided, naming it, and a proved row stays proved (any energy includes the author's).
"""
from __future__ import annotations

from .explicit_roles import index_letters
from .readings import RowReading
from .roles_letters import walk

HINT = "write the energy in a row of its own (e.g. E(v, h) = -\\sum_{i,j} W_{ij} v_i h_j - \\sum_i b_i v_i - \\sum_j c_j h_j)"


def unwritten_energy(m, sides, params):
    """A RowReading the checker cannot judge for a row (its sides' ASTs) that writes a parameter with unit indices
    as a value, in a document whose meaning `m` has no explicit energy; else None."""
    if getattr(m, "er", None) is not None:
        return None   # an explicit energy, a family or a classifier: the weights are tied to the model
    names = sorted({n[1] for s in sides if isinstance(s, tuple) for n in walk(s)
                    if n[0] == "sym" and n[1] in params and n[3] is not None and index_letters(n[3])})
    if not names:
        return None
    which = ", ".join(f"{w}_." for w in names)
    return RowReading(f"with {which} the weights of the energy the author has in mind (no row of the document writes "
                      f"the energy; read with any energy, as the main reading does, the weights written here are "
                      f"unrelated to it)", None, None, HINT, judgeable=False)
