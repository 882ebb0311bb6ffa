"""A step across `\\approx` whose one side is a decimal numeral: judged like `=` with a rounded decimal, else not.

`\\sigma(1) \\approx 0.731` claims that σ(1) rounds to 0.731 at the three decimals written, the claim
rounded.py decides by exact arithmetic for `=`. The reader judges an approximation only when one of its sides
is a bare decimal numeral (read/reader.py); here the verdict on such a step (or on a claim that spans one) is
kept only where the digits decide it:

    the numeral against a closed number (no letter): proved to the digits written, or invalid beyond rounding
    (rounded.py has judged it; an exact equality keeps its proof)
    anything else (`\\log Z \\approx 0.5`, a letter left)  ->  undecided: an approximation of a quantity that
                                                             varies is not a claim about digits

So an approximation is never refuted by an instance that only shows the sides are not exactly equal.
"""
from __future__ import annotations

from dataclasses import replace

from .rounded import _bare, _closed, printed_decimals


def spans_approx(rows, step) -> bool:
    """The step goes across an `\\approx` link of `rows` (the chain's rows; a claim spans several links)."""
    lo, hi = step.from_row, step.to_row
    if not (0 < lo <= hi <= len(rows)):
        return False
    links = range(lo - 1, hi) if lo == hi else range(lo, hi)
    return any(getattr(rows[k], "relation", None) == "approx" for k in links)


def decided_by_digits(lhs, rhs, written: str) -> bool:
    """One side is a decimal numeral the row prints and the other a closed number: rounding decides it."""
    numerals = printed_decimals(written)
    if not numerals or lhs is None or rhs is None:
        return False
    for numeral, other in ((lhs, rhs), (rhs, lhs)):
        if _bare(numeral, numerals) is not None and _closed(other) is not None:
            return True
    return False


def judge(rep, lhs, rhs, rows, step, written: str):
    """`rep` on a step across `\\approx` kept where the printed digits decide it (proved or refuted at the
    decimals written, or the sides exactly equal), otherwise `undecided` (the module's docstring)."""
    if not spans_approx(rows, step):
        return rep
    if rep.verdict in ("proved", "holds", "undecided", "unreadable") or decided_by_digits(lhs, rhs, written):
        return rep
    return replace(rep, verdict="undecided", counterexample=None, limit="approximation",
                   explanation="Undecided: an approximation (\\approx) of a quantity that is not one closed number: "
                               "the sides are not exactly equal, which an approximation does not claim; only a "
                               "closed number against the decimal numeral written is judged (to its digits).")
