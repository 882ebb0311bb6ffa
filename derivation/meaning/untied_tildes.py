"""A \\tilde p that no row ties to the model: the model's unnormalized density p~ = e^{-E} (the vocabulary's reading),
or the distribution the document means by it in words (the empirical distribution \\tilde P(x) of maximum-entropy
texts). The checker cannot judge the second reading, so a row refuted only as p~ is undecided (model_ties.py),
never invalid: sum_x \\tilde P(x) = 1 was refuted in an improved-iterative-scaling derivation whose \\tilde P is the
empirical distribution (blind set 9b, doc 15).

A row ties \\tilde p to the model when it writes p = \\tilde p / Z (roles_marks.marks_of), \\tilde p alone beside an
exponential (\\tilde p(x) = e^{-E(x)}), \\tilde p in a row with an energy letter, or Z alone beside \\tilde p
(Z = sum_x \\tilde p(x))."""
from __future__ import annotations

from .roles_letters import DIST_LETTERS, ENERGY_LETTERS, PARTITION, walk


def _letter(side):
    head = side[1] if side[0] == "app" else side
    return head[1] if head[0] == "sym" and head[2] == "tilde" and head[1] in DIST_LETTERS else None


def _ties(sides, letter) -> bool:
    nodes = [n for s in sides for n in walk(s)]
    if not any(n[0] == "sym" and n[1] == letter and n[2] == "tilde" for n in nodes):
        return False
    if any(n[0] == "sym" and (n[1], n[2]) in ENERGY_LETTERS for n in nodes):
        return True
    for a, b in ((sides[0], sides[1]), (sides[1], sides[0])) if len(sides) >= 2 else ():
        if _letter(a) == letter and b[0] == "exp":
            return True   # \tilde p(x) = e^{-E(x)}, \exp(...)
        if a[0] == "sym" and (a[1], a[2]) in PARTITION:
            return True   # Z = sum_x \tilde p(x)
    return False


def untied_tildes(rows, tied) -> set:
    """The \\tilde letters of the document's `rows` ([side ASTs] each) that no row ties to the model (`tied`: those
    a row p = \\tilde p / Z ties, roles_marks.marks_of), in a document with a distribution of its own beside them
    (P_w(y | x)) and no energy letter anywhere. A \\tilde p written with the model's parameter (\\tilde p_\\theta), or
    in a document about an energy, or alone (check_step), is the vocabulary's p~."""
    rows = [[s for s in sides if isinstance(s, tuple)] for sides in rows]
    nodes = [n for sides in rows for s in sides for n in walk(s) if n[0] == "sym"]
    if any((n[1], n[2]) in ENERGY_LETTERS for n in nodes) or not any(n[1] in DIST_LETTERS and n[2] == "" for n in nodes):
        return set()
    tildes = [n for n in nodes if n[2] == "tilde" and n[1] in DIST_LETTERS]
    written = {n[1] for n in tildes} - {n[1] for n in tildes if n[3] is not None or n[5] is not None}
    return {t for t in written - set(tied) if not any(_ties(sides, t) for sides in rows)}
