"""Ties a row takes after the model's own (model_ties.py): an energy the document writes after the row or nowhere
(explicit_later.py), and a number per data point whose values the document declares (point_numbers.py). Either
gives the row a reading that cannot be judged, so it is never refuted with a meaning the author did not give."""
from __future__ import annotations


def tie_late(ties, rr, meaning, sides, energy_line, roles, exprs) -> None:
    if id(rr) in ties.tied:
        return
    from .explicit_later import energy_not_written
    tie = energy_not_written(meaning, sides, energy_line, roles.params, rr.line)
    if tie is None:
        from .point_numbers import declared_reading
        tie = declared_reading(exprs, roles)
    if tie is not None:
        ties.tied[id(rr)] = tie
