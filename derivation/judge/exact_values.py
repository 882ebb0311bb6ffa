"""Exact values on a finite instance and their comparison: when two sides differ, and the
counterexample that says so (split from instances.py, which builds the instances and searches them)."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import sympy
from sympy.core.evalf import PrecisionExhausted

from derivation.meaning.not_evaluable import NotEvaluable  # noqa: F401 - re-exported: its home was this module

if TYPE_CHECKING:
    from .instance import Instance


# A step is refuted when the two sides differ by more than this, relative to their size. Exact
# values of a wrong row differ by O(1) on these small integer instances, while float rounding of
# a right one stays near 1e-15: 1e-9 separates the two by six orders of magnitude either way.
RTOL = 1e-9


PREC = 60        # digits of the exact comparison
UNDEFINED = (sympy.zoo, sympy.nan, sympy.oo, -sympy.oo)
EXACT_TOL = 40   # an imaginary part below 10^-40 of the real part is rounding: the value is real
MAXN = 600       # bits of working precision evalf may use to tell a - b from zero
HUGE = 200       # |n| past which e^{-n} is below 2^-MAXN: a gap PrecisionExhausted leaves may be such a term


def exact_real(v):
    """(True, real part as a 60-digit Float) when v is a finite real number, else (False, None):
    SymPy's zoo (1/0, log 0), nan (0/0), infinities and complex values (log of a negative)."""
    if v.has(sympy.zoo, sympy.nan, sympy.oo, -sympy.oo):
        return False, None
    n = v.evalf(PREC)
    if not n.is_number:
        raise NotEvaluable(f"{v} has no numeric value")
    if n.has(sympy.zoo, sympy.nan, sympy.oo, -sympy.oo):
        return False, None
    re, im = n.as_real_imag()
    if im != 0 and abs(im) > sympy.Float(10, PREC) ** -EXACT_TOL * max(1, abs(re)):
        return False, None
    return True, re


def compare_exact(a, b) -> str:
    """'equal', 'differ' (a counterexample: also when only one side has a value), 'undefined', or 'untold' (a gap
    below every working precision beside a term that may be that small).

    Two values differ when SymPy evaluates a - b to PREC correct digits and gets a nonzero number
    (strict evaluation: a nonzero answer is certain). When it cannot (|a - b| is below about
    2^-MAXN of the terms, as for an exact zero such as log 6 - log 2 - log 3), they are equal unless SymPy's
    assumptions show a - b is not zero (1/(1 + e^{-10^6}) - 1: far below any precision, never 0). No
    tolerance relative to the size of the sides: e^{1000} + 1 and e^{1000} differ.
    """
    da, _ = exact_real(a)
    db, _ = exact_real(b)
    if not da and not db:
        return "undefined"
    if da != db:
        return "differ"
    try:
        gap = (a - b).evalf(PREC, strict=True, maxn=MAXN)
    except PrecisionExhausted:
        # |a - b| below 2^-MAXN of its terms. Without a number past HUGE in the sides every term is far above that,
        # so the gap is an exact zero: equal. SymPy's is_zero is not asked there: after such a cancellation it
        # answers False for exact zeros (log(3 e^{241/5}/2 / D) - log(3/2) - 241/5 + log D: a true entropy row of
        # an exponential family was refuted so).
        if not _huge(a - b):
            return "equal"
        # A number past HUGE (e^{-10^6}, tanh(10^4)) makes terms far below 2^-MAXN: the gap may be one of them.
        # Differ where SymPy shows a - b is not zero (1/(1 + e^{-10^6}) - 1: sigma(10^6) = 1 held, hostile set 9,
        # P32), else the comparison cannot tell (log(1 + e^{-10^5}) = 0 held, hostile set 10, P26, P28).
        return "differ" if (a - b).is_zero is False else "untold"
    if gap == 0 and _huge(a - b):   # evalf rounds log(1 + e^{-10^5}) to an exact 0, strict or not
        return "untold"
    return "equal" if gap == 0 else "differ"


def _huge(e) -> bool:
    """Whether e holds e^{t}, tanh(t), ... or b^{t} at a number |t| > HUGE: a term that may be below 2^-MAXN."""
    for f in sympy.preorder_traversal(e):
        t = f.exp if isinstance(f, sympy.Pow) else f.args[0] if isinstance(f, (sympy.exp, sympy.tanh, sympy.sinh,
                                                                                     sympy.cosh, sympy.coth)) else None
        if t is not None and t.is_number and t.is_real and abs(t.evalf(15)) > HUGE:
            return True
    return False


# an order relation as written (\\le, ≤, <, ...) -> (the comparison it asks: "<=" or "<", whether the sides swap)
ORDER = {"<": ("<", False), "\\lt": ("<", False), ">": ("<", True), "\\gt": ("<", True),
         "\\le": ("<=", False), "\\leq": ("<=", False), "\\leqslant": ("<=", False), "≤": ("<=", False),
         "⩽": ("<=", False), "\\ge": ("<=", True), "\\geq": ("<=", True), "\\geqslant": ("<=", True),
         "≥": ("<=", True), "⩾": ("<=", True)}


def order_of(sign: str):
    """(`<=` or `<`, swap) for a relation sign the checker judges as an inequality; None for another
    (\\ll, \\gg: no instance can refute 'much less than')."""
    return ORDER.get((sign or "").strip())


def compare_order(a, b, strict: bool) -> str:
    """'holds', 'violated' or 'undefined' for a <= b (a < b when `strict`) between exact values.

    Violated only when certain: a - b evaluated to PREC correct digits is positive, or (strict) a - b
    simplifies to exactly 0. A side without a real value compares nothing (an inequality says nothing
    where a side is undefined): 'undefined'."""
    if not exact_real(a)[0] or not exact_real(b)[0]:
        return "undefined"
    try:
        gap = (a - b).evalf(PREC, strict=True, maxn=MAXN)
    except PrecisionExhausted:   # |a - b| below 2^-MAXN: equal unless shown otherwise
        gap = None
    if gap is not None and gap != 0:
        return "violated" if gap > 0 else "holds"
    if strict and sympy.simplify(a - b) == 0:
        return "violated"
    return "holds"


def float_candidate(a: float, b: float) -> bool:
    """Whether floats a, b may violate a <= b (a < b): beyond rounding of the right side, or too close to
    tell; only then are the exact values computed."""
    return a - b > -RTOL * max(1.0, abs(a), abs(b))


def value_text(v) -> str:
    """An exact value for a reader: '3/4 = 0.75', or why it has none ('undefined (division by zero)')."""
    defined, re = exact_real(v)
    if not defined:
        why = ("0/0" if v.has(sympy.nan) else "a division by zero or log 0" if v.has(sympy.zoo, sympy.oo, -sympy.oo)
               else "not a real number")
        return f"undefined ({why})"
    exact, approx = str(v), f"{float(re):.10g}" if abs(re) < 1e300 else sympy.sstr(re.evalf(10))
    return exact if exact == approx else f"{exact} = {approx}"


@dataclass(frozen=True)
class Counterexample:
    """A finite instance on which the two sides of a step differ, with both exact values (and the
    values of free indices); derivation.counterexample_fields gives what every output prints of it."""
    instance: Instance
    lhs: sympy.Expr      # exact values (zoo, nan or complex when a side has no real value here)
    rhs: sympy.Expr
    at: tuple = ()       # values given to free indices, e.g. (("x", 2),): the row must hold for each

    def as_dict(self) -> dict:
        """Floats `lhs`/`rhs` are None (JSON null) where a side has no finite real value; `*_exact`
        say so in words."""
        inst = self.instance
        general = any(not k.startswith("_") for k in inst.tables)
        out = {"states": inst.states, "data": list(inst.data), "lhs": real_value(self.lhs),
               "rhs": real_value(self.rhs), "lhs_exact": _exact_str(self.lhs), "rhs_exact": _exact_str(self.rhs)}
        if not general:   # the post's instance: its energies are what the sides were evaluated on
            out.update({"energy": list(inst.energy), "denergy": list(inst.denergy), "weights": list(inst.weights)})
            if any(inst.d2energy):
                out["d2energy"] = list(inst.d2energy)
            if inst.scale != 1:
                out["scale"] = inst.scale   # e^{-E_k} = weights[k] / scale
        # (with the general vocabulary's tables, the base instance's weights and energies were never used:
        # printed beside the real tables, a student recomputing from them got another number; issue 19)
        if self.at:
            out["at"] = dict(self.at)
        if inst.theta != 0:
            out["theta"] = str(inst.theta)
        if any(not k.startswith("_") for k in inst.tables):  # the general vocabulary's tables, as used
            out["tables"] = {k: v for k, v in inst.tables.items() if not k.startswith("_")}
            out["hidden_states"], out["components"] = inst.hidden, inst.components
        if hasattr(inst, "visible_units"):  # an RBM instance: configurations are the bits of state - 1
            out["rbm"] = {"visible_units": inst.visible_units, "hidden_units": inst.hidden_units,
                          "units": "spin" if inst.spin else "binary"}
        return out


def _exact_str(v) -> str:
    return str(v) if exact_real(v)[0] else value_text(v)


@dataclass(frozen=True)
class Search:
    counterexample: Counterexample | None
    tried: int                     # instances where both sides had a value and were compared
    skipped: str | None = None     # why the instances could not evaluate the step, if they could not
    undefined: int = 0             # points where neither side had a value (nothing to compare)
    inconclusive: int = 0          # points where the float and exact evaluators disagreed on definedness
    unreached: str | None = None   # sizes the step's degree asks for that are over the budget
    varied: dict = field(default_factory=dict)   # parameter -> the distinct points it took (points.py)


def real_value(v) -> float | None:
    """v as a float, or None when it is not a finite real number (0/0, log of a negative, overflow)."""
    if v.has(sympy.zoo, sympy.nan, sympy.oo, -sympy.oo):
        return None
    try:
        c = complex(v.evalf(30))
    except (TypeError, ValueError, OverflowError):
        return None
    if not (math.isfinite(c.real) and math.isfinite(c.imag)) or abs(c.imag) > 1e-12 * max(1.0, abs(c.real)):
        return None
    return c.real


def differ(a: float, b: float) -> bool:
    return abs(a - b) > RTOL * max(1.0, abs(a), abs(b))
