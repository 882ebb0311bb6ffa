"""A step `A \\propto B`: A = c B with c free of the row's variable (issue 21, item 5).

The row's variable is the states free in it (x, v, h: `State`, `Hidden`, the post's x), not the
parameters, not the data, and not the states a conditional on the left conditions on: in
p(h | v) ∝ f(h, v) the variable is h, and c may depend on v. A/B is free of the variable exactly
when, for a second value s' of it (a fresh copy of each variable),

    A(s) B(s') = A(s') B(s)        for every s, s' (and every value of the rest),

an equation the checker judges like any other (prove.py for `proved`, exact instances for
`invalid`): cross-multiplied, so that a zero of B is a point like any other, never a division.
A counterexample is shown as the ratio A/B at the two states where it differs, recomputed
exactly (exact_values.compare_exact). When the variable cannot be told (no free state, or a
state free on the right that the left side does not have) the step is `undecided`, saying why.
"""
from __future__ import annotations

from dataclasses import replace

import sympy

from .exact_values import Counterexample, compare_exact, value_text
from derivation.meaning.notation import x as POST_X
from derivation.meaning.vocabulary.base import Hidden, State

LIMIT = "proportionality"   # the limit of a ∝ step whose variable cannot be told


def _is_state(s) -> bool:
    return isinstance(s, (State, Hidden)) or s == POST_X


def _conditioned(e) -> set:
    """The states the conditionals of e condition on (p(h | v): v), which are not the row's variable."""
    from derivation.meaning.vocabulary.divergences import SecondCond
    from derivation.meaning.vocabulary.model import Conditional, Posterior
    from derivation.meaning.vocabulary.units import UnitConditional
    given = {Posterior: 1, Conditional: 1, SecondCond: 1, UnitConditional: 4}
    out = set()
    for cls, k in given.items():
        for c in e.atoms(cls):
            out |= {s for s in c.args[k].free_symbols if _is_state(s)}
    return out & e.free_symbols   # sum_h p(v | h) p(h): a bound h conditions nothing the row leaves free


def _states(e) -> set:
    return {s for s in e.free_symbols if _is_state(s)}


def subject(rows, from_row: int):
    """The row a step's equation starts from (its left side, or the first row of its run): in
    p(h | v) = p(v, h) / p(v) ∝ p(v, h) the step is about h, given v, as its first row says."""
    k = from_row - 1
    while k > 0 and rows[k].relation is not None and rows[k].lhs is None:
        k -= 1
    r = rows[k]
    return r.lhs if r.lhs is not None else r.expr


def variables(lhs, rhs, subject=None) -> tuple[list, str | None]:
    """(the row's variables, None) or ([], why they cannot be told). The conditioning states are those of
    the left side's conditionals and of the `subject` the equation starts from."""
    given = _conditioned(lhs) | (_conditioned(subject) if subject is not None else set())
    left, right = _states(lhs) - given, _states(rhs) - given
    extra = right - left
    if extra:   # Z ∝ e^{-E(x)}, p(v) ∝ e^{-E(v, h)}: is the factor to be free of these too?
        names = ", ".join(sorted(map(str, extra)))
        return [], (f"the right side has the free state(s) {names}, which the left side does not, so which "
                    "letters are the row's variable cannot be told")
    found = sorted(left, key=str)
    if not found:
        return [], ("no free state in the row (only parameters, data or conditioning letters), so it cannot "
                    "be told what the factor must be free of")
    return found, None


def _prime(s):
    return (Hidden if isinstance(s, Hidden) else State)(f"{s.name}'")


def cross(lhs, rhs, found) -> tuple:
    """A(s) B(s') and A(s') B(s): equal for all s, s' exactly when A/B does not depend on s."""
    other = {s: _prime(s) for s in found}
    return lhs * rhs.xreplace(other), lhs.xreplace(other) * rhs, other


def _names(found) -> str:
    return ", ".join(map(str, found))


def judge(lhs, rhs, step, check, subject=None, undecided=None):
    """The verdict on the step `lhs ∝ rhs`; check(L, R) judges the equation L = R (check.py's step judge,
    with the document's refinements); `subject`: the first row of the step's equation (see subject());
    `undecided(step, explanation, limit)`: the judge's undecided report (passed down, so that this module
    never imports the judge above it)."""
    found, why = variables(lhs, rhs, subject)
    if why:
        return undecided(step, f"Undecided: a proportionality, but {why}. Write the row as an equality with its "
                         "normalizer, or name the variable.", LIMIT)
    if lhs == 0 or rhs == 0:   # A ∝ 0 says A = 0: cross-multiplying would prove it for any A
        rep = check(lhs, rhs)
        return replace(rep, explanation=f"{rep.explanation} (a proportionality to 0 is judged as A = 0)")
    left, right, other = cross(lhs, rhs, found)
    rep = check(left, right)
    names = _names(found)
    if rep.verdict in ("proved", "holds") and any(check(side, sympy.S.Zero).verdict in ("proved", "holds")
                                                   for side in (lhs, rhs)):
        # a side that is zero everywhere (e^{-E} - e^{-E}) makes the cross-multiplied equation 0 = 0 for any
        # other side: judged as the equality A = B, as a proportionality to a written 0 is
        rep = check(lhs, rhs)
        return replace(rep, explanation=f"{rep.explanation} (a side is zero everywhere: judged as A = B)")
    if rep.verdict in ("proved", "holds"):
        how = "proved" if rep.verdict == "proved" else "not refuted on any instance"
        return replace(rep, explanation=f"Proportional in {names}: the ratio of the two sides does not depend on "
                                        f"{names} ({how} as A({names}) B({_names(other.values())}) = "
                                        f"A({_names(other.values())}) B({names})). {rep.explanation}")
    if rep.verdict == "invalid" and rep.counterexample is not None:
        return _as_ratio(rep, lhs, rhs, found, other)
    if rep.verdict == "undecided":
        judged_as = f"a proportionality in {names}, judged as A({names}) B(s') = A(s') B({names})"
        return replace(rep, explanation=rep.explanation.replace("Undecided: ", f"Undecided: ({judged_as}) ", 1))
    return rep


def _as_ratio(rep, lhs, rhs, found, other):
    """The counterexample of the cross-multiplied equation as the ratio A/B at the two states, recomputed
    exactly; kept as it was when the ratio cannot be formed there (B = 0 at one of the states)."""
    from .instances import evaluate
    ce = rep.counterexample
    at = dict(ce.at)
    names = _names(found)
    try:
        symbol = {str(s): s for s in (lhs.free_symbols | rhs.free_symbols)}
        here = {s: at[str(s)] for s in found}
        there = {s: at[str(other[s])] for s in found}
        rest = {symbol[k]: v for k, v in at.items() if k not in {str(s) for s in (*found, *other.values())}}
        r1, r2 = (evaluate(lhs, ce.instance, {**rest, **pt}) / evaluate(rhs, ce.instance, {**rest, **pt})
                  for pt in (here, there))
        if compare_exact(r1, r2) != "differ":
            raise ValueError("the ratio does not differ where the cross products do")
    except Exception:  # noqa: BLE001 - B = 0 at a state, or a value the evaluator cannot give: the products
        return replace(rep, explanation=f"Invalid: not proportional in {names}: A({names}) B(s') and "
                                        f"A(s') B({names}) differ at the instance shown (its left and right "
                                        f"values). {rep.explanation.removeprefix('Invalid. ')}")
    where = lambda pt: ", ".join(f"{s} = {v}" for s, v in pt.items())   # noqa: E731
    text = (f"Invalid: not proportional in {names}: the ratio of the left side to the right side depends on "
            f"{names}. At {where(here)} it is {value_text(r1)}, at {where(there)} it is {value_text(r2)} "
            f"(the same instance, every other value the same).")
    # the values: the ratio at the two states; `at` as found (the primed letters are the second state)
    return replace(rep, counterexample=Counterexample(ce.instance, r1, r2, ce.at), explanation=text)
