"""A row that states a number with a decimal point claims it to the digits printed.

`-\\ln 0.245 = 1.406` and `softmax(2, 3, 4)_1 = 0.0900` are true as people mean them: the right side is the
left side's value rounded to the decimals written (-ln 0.245 = 1.406497...). Compared exactly, as every
other row, they would be refuted by an "instance" that is no instance at all, since no letter varies. So
where one side is a bare decimal numeral (or both are) and the other side a closed number (no letter, no
object of the vocabulary), the step is judged at the printed precision:

    |other - numeral| <= half a unit of the numeral's last printed digit   ->  proved (to d decimals)
    otherwise                                                            ->  invalid, saying what it rounds to

`proved` is honest here: the claim "this number, rounded to d decimals, is the one printed" is decided by
exact arithmetic (60 correct digits, never a float), so it is shown for the row as a whole; the message says
which precision it rests on. Numerals inside an expression (the 0.245 of -ln 0.245) are taken as written:
the author rounded before computing on, and the row claims the computation on the rounded value.
Only a refuted reading is looked at again: an equality that holds exactly keeps its proof.
"""
from __future__ import annotations

import re
from dataclasses import replace

import sympy

from .exact_values import MAXN, PREC

# a numeral with a decimal point as people type it: 1.406, .5, -0.775 (the sign is the side's, not the numeral's)
_DECIMAL = re.compile(r"(?<![\w.])(\d*)\.(\d+)(?![\d.])")


def printed_decimals(latex: str) -> dict:
    """{exact value: decimals printed} of the decimal numerals of a row (0.0900 -> 9/100: 4). The same value
    printed twice keeps its fewest decimals (the coarser claim)."""
    out: dict = {}
    for whole, frac in _DECIMAL.findall(latex or ""):
        value = sympy.Rational(f"{whole or '0'}.{frac}")
        out[value] = min(out.get(value, len(frac)), len(frac))
    return out


def _bare(side, numerals: dict):
    """The decimals printed for `side` when it is a decimal numeral the row writes (1.406, -0.775), else None."""
    if not isinstance(side, sympy.Rational):
        return None
    return numerals.get(abs(side))   # 2.0 is the Integer 2, printed with one decimal


def _closed(side):
    """The side's value to PREC digits when it is a closed real number, else None."""
    if side.free_symbols:
        return None
    try:
        value = side.evalf(PREC)
    except (TypeError, ValueError, AttributeError):
        return None
    return value if value.is_Number and value.is_real and value.is_finite else None


def judge(rep, lhs, rhs, written: str):
    """`rep`, one reading's verdict on lhs = rhs, judged again at the printed precision when it is `invalid`
    and the row is a bare decimal numeral against a closed number (the module's docstring)."""
    if rep.verdict != "invalid" or lhs is None or rhs is None:
        return rep
    numerals = printed_decimals(written)
    if not numerals:
        return rep
    dl, dr = _bare(lhs, numerals), _bare(rhs, numerals)
    if dl is None and dr is None:
        return rep
    if dl is not None and dr is not None:   # 0.2447 = 0.245: the coarser numeral rounds the finer
        digits, numeral, other = (dl, lhs, rhs) if dl <= dr else (dr, rhs, lhs)
    else:
        digits, numeral, other = (dr, rhs, lhs) if dr is not None else (dl, lhs, rhs)
    if _closed(other) is None:
        return rep
    half = sympy.Rational(1, 2) / 10 ** digits
    gap = abs(other - numeral)
    try:   # exact: strict evaluation of half - |gap| to PREC correct digits (an exact tie counts as rounding)
        margin = (half - gap).evalf(PREC, strict=True, maxn=MAXN)
        within = margin >= 0
    except sympy.core.evalf.PrecisionExhausted:
        within = True   # |gap| equals half a unit to 600 bits: a tie, which rounds either way
    shown = sympy.Float(_closed(other), digits + 6)
    rounded = f"{float(_closed(other)):.{digits}f}"
    places = f"{digits} decimal{'s' if digits != 1 else ''}"
    if within:
        text = (f"Valid to the {places} written: {sympy.sstr(other)} = {shown} rounds to {rounded} (the sides "
                f"differ by {sympy.Float(gap.evalf(PREC), 3)}, within half a unit of the last printed digit). "
                f"Decided by exact arithmetic; equal as printed, not as exact numbers.")
        return replace(rep, verdict="proved", counterexample=None, tried=0, limit=None,
                       rules=(f"equal to the {places} written",), explanation=text)
    text = (f"Invalid. {sympy.sstr(other)} = {shown}, which rounds to {rounded} at the {places} written, not "
            f"{float(numeral):.{digits}f}: the printed value is off by more than rounding.")
    return replace(rep, explanation=text)
