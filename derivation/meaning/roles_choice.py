"""Which letter is the model, read several ways (../shared/DESIGN.md, "Several readings, one verdict").

A document that writes p and q (P and Q) with no parameter on either, and no energy naming the model's,
says in words which is which (q the variational distribution, p the model; or Q the data, P the
generator). roles.py reads it by the chapter's convention: p the model, each other letter an arbitrary
distribution of its own. Each other letter as the model (p then a distribution of its own) is another
plausible reading: the two agree on every identity about two arbitrary distributions (KL(q||p) written
out, the ELBO's decomposition) and disagree where the model's own objects enter (an expectation written
without its distribution, Z, E). A reading that cannot read a row is not dropped: it stays, undecided
(`strict`), so a row refuted only by the convention is never `invalid`.

Such a letter q is also one the document relates to the model only in words ("the bound is tight when
q = p(z | x)", "at q = p the KL vanishes"): a row refuted only with q drawn apart from the model refutes
nothing the author meant (DESIGN.md), so a row writing q gets a reading the checker cannot judge
(`tied_reading`): refuted, it is undecided; proved (for every q) it stays proved.
"""
from __future__ import annotations

import copy


def role_bound(sides) -> bool:
    """Whether a row's sides (ASTs) write something whose meaning depends on which letter is the model: an
    expectation or a bracket without its distribution, Z, an energy, a free energy, a derivative (by the
    model's parameter), data points (a sum from i = 1, N). Without any, the row is a claim about the
    distributions its letters name, and each reading says the same of two arbitrary distributions."""
    from .roles import ENERGY_LETTERS, FREE_ENERGY, PARTITION, walk
    for n in (n for s in sides if isinstance(s, tuple) for n in walk(s)):
        if n[0] == "expect" and (n[1] is None or not any(
                m[0] == "sym" and m[1] in ("p", "P", "q", "Q", "r", "pi") for m in walk(n[1]))):
            return True
        if n[0] == "bracket" and n[2] is None or n[0] == "d":
            return True
        if n[0] == "sym" and ((n[1], n[2]) in PARTITION | ENERGY_LETTERS | FREE_ENERGY or n[1] == "N"):
            return True
        if n[0] in ("sum", "prod") and n[1] is not None and n[1][0] == "eqsub":
            return True
    return False


def tied_reading(roles, sides):
    """A RowReading the checker cannot judge for a row writing a letter of `roles.free_seconds`, else None."""
    from .readings import RowReading
    from .roles import walk
    letters = sorted({n[1] for s in sides if isinstance(s, tuple) for n in walk(s)
                      if n[0] == "sym" and n[1] in getattr(roles, "free_seconds", ())})
    if not letters:
        return None
    names = ", ".join(letters)
    return RowReading(f"with {names} tied to the model as the document may say in words (e.g. {letters[0]} = "
                      f"p(z | x), where a bound is tight; read with {names} any distribution, it is the main "
                      "reading)", None, None, f"write the condition in the row (e.g. `q(z) = p(z \\mid x)` on a "
                      f"row of its own) or say `% eq7: model {letters[0]}`", judgeable=False)


def tie_seconds(tied: dict, rr, roles, sides):
    """Give row `rr` the reading `tied_reading` unless it already has one the checker cannot judge."""
    if id(rr) not in tied:
        reading = tied_reading(roles, sides)
        if reading is not None:
            tied[id(rr)] = reading


def role_readings(roles, make_meaning, sides_of=None) -> list[tuple]:
    """[(assumes, hint, meaning, applies)] for each letter of `roles.free_seconds` read as the model;
    `make_meaning(roles)` builds a meaning from roles, `sides_of(rr)` a row's ASTs (the reading applies to
    the rows whose meaning depends on the roles: role_bound)."""
    out = []
    applies = (lambda rr: role_bound(sides_of(rr))) if sides_of is not None else (lambda rr: True)
    model = sorted(roles.model)
    for letter in sorted(set(getattr(roles, "free_seconds", ())) - getattr(roles, "latent_seconds", set())):
        other = copy.copy(roles)
        other.model = {letter}
        other.free_seconds = (set(roles.free_seconds) - {letter}) | set(roles.model)
        other.data = set(roles.data)
        assumes = (f"with {letter} the model and {', '.join(model)} a distribution of its own (the main reading "
                   f"takes {', '.join(model)} as the model, {letter} as a distribution of its own)")
        hint = f"add a comment `% eq7: model {letter}` (or `% eq7: model {model[0]}`)"
        out.append((assumes, hint, make_meaning(other), applies))
    return out
