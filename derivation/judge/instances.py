"""The search for a counterexample to a step, on finite instances (derivation/judge/instance.py: what an instance
fixes; evaluation.py: exact values on one; exact_values.py: their comparison; instance_sizes.py: the
sizes and their generation; rbm_instances.py: explicit models' own instances). The names of those
modules are re-exported here for callers.
"""
from __future__ import annotations

import sympy
from sympy import Integer

from derivation.meaning.budget import DEFAULT as DEFAULT_BUDGET, check_time
from .evaluation import (  # noqa: F401 - exact values on an instance, re-exported for callers
    _Exact, _evaluate_general, _parameters, _points, _symbolic, _unroll, derivative_order, evaluate, explicit_theta,
    free_indices, point_range)
from .exact_values import (  # noqa: F401 - exact values and comparison, re-exported for callers
    NotEvaluable, RTOL, PREC, UNDEFINED, EXACT_TOL, MAXN, exact_real, compare_exact, compare_order, float_candidate,
    order_of, value_text, Counterexample, _exact_str, Search, real_value, differ)
from .instance import Instance, _entry_name  # noqa: F401 - re-exported for callers
from .instance_sizes import (  # noqa: F401 - the sizes and their generation, re-exported for callers
    EXACT_CONFIRMATIONS, LARGE, MAX_EXTRA, MAX_POINTS, MAX_TERMS, SCALES, SIZES, SMALL, SPOT_EVERY, extra_sizes,
    random_instances)
from derivation.meaning.notation import expand_definitions
from .points import POINTS, POSITIVE, THETAS  # noqa: F401 - re-exported for callers
from .variation import observe
from . import rbm_instances as _rbm


def _expanded(e):
    from derivation.meaning.domains import domain_risks
    if domain_risks(e):  # keep it as written: expanding must not cancel a/a where a can be 0
        with sympy.evaluate(False):
            return expand_definitions(e)
    return expand_definitions(e)


def float_value(expanded, inst, at=None) -> float:
    """The float value of an expanded side: jets.py for the general vocabulary, taylor.py for the post's."""
    from .jets import jet_value, uses_vocabulary
    if uses_vocabulary(expanded):
        return jet_value(expanded, inst, at)
    from .taylor import float_value as taylor_value
    return taylor_value(expanded, inst, at)


FAMILIES: list = [_rbm.family]  # (lhs, rhs, count, seed) -> instances or None: explicit models' own


def find_counterexample(lhs, rhs, count: int = 40, seed: int = 20160610, budget=None, reach=None,
                        skip: int = 0, order=None) -> Search:
    """Try `count` random instances (and the sizes `reach` asks for); return the first where the
    sides differ, confirmed exactly, or where one side has a value and the other has none.

    The search evaluates in floats (taylor.py); a difference, an undefined side or what the float
    evaluator cannot read is then recomputed exactly with SymPy, and only the exact verdict counts.
    A point where neither side has a value compares nothing; the caller decides what too few
    compared instances mean (check.py: `undecided`). `skip`: leave out the first instances (already
    tried by an earlier search with the same seed). `order`: (strict, swap) to search for a violation of
    lhs <= rhs (lhs < rhs when strict; the sides swapped for >=, >) instead of a difference.

    A difference where one side is 0/0 (nan) and the other has a value refutes when that side writes a
    division that can be zero (the row's own 0/0: (N - 1)/(N - 1) at N = 1) or is 0/0 wherever it was
    evaluated; otherwise the 0/0 is the instance's degeneracy (an object's value undefined at this instance
    alone), and the search goes on.
    """
    if not isinstance(count, int) or count < 1:
        raise ValueError(f"find_counterexample: count must be a positive int, got {count!r}")
    from .rng import default_rng  # NumPy's stream in pure Python: the symbolic half needs no NumPy
    from .taylor import Undefined, Unsupported
    budget = budget or DEFAULT_BUDGET
    la, ra = _expanded(lhs), _expanded(rhs)
    family = None
    for fam in FAMILIES:  # explicit models bring their own instances (rbm_instances.py)
        family = family or fam(la, ra, count, seed)
    second = explicit = False
    if family is None:
        second = max(derivative_order(lhs), derivative_order(rhs)) >= 2
        explicit = explicit_theta(lhs) or explicit_theta(rhs)
    free = free_indices(la, ra)
    extra, unreached = extra_sizes(reach)
    rng = default_rng(seed)
    pick = default_rng(seed + 1)
    tried = undefined = inconclusive = 0
    varied: dict = {}
    pending, nan_sides, valued = None, set(), set()   # a 0/0 on one side; which sides were 0/0, had values
    from derivation.meaning.domains import domain_risks
    own_risk = {side for side, e in (("lhs", lhs), ("rhs", rhs)) if domain_risks(e)}   # a division written
    from .definition_domain import defined_bodies, outside_definitions
    definitions = defined_bodies(lhs, rhs)   # a point where a letter's definition has no value is not the row's
    later = []   # points where the floats agree, to recompute exactly once no counterexample is found
    instances = family or random_instances(rng, count, second_order=second, explicit=explicit, extra=extra)
    for t, inst in enumerate(instances):
        if t < skip:
            continue
        compared = False
        try:
            points = list(_points(free, inst, pick))
        except NotEvaluable as exc:   # a free index this instance has no values for
            return Search(None, tried, skipped=str(exc), undefined=undefined, inconclusive=inconclusive)
        for values in points:
            check_time()
            at = dict(zip(free, map(Integer, values)))
            if outside_definitions(definitions, inst, at, float_value):
                undefined += 1   # eta = log lambda at lambda < 0: no value of eta; the row claims nothing here
                continue
            fl = []
            for side in (la, ra):
                try:
                    fl.append((getattr(inst, "float_value", None) or float_value)(side, inst, at))
                except Undefined:
                    fl.append("undefined")
                except Unsupported:
                    fl.append("unsupported")
            valued.update(side for side, v in zip(("lhs", "rhs"), fl) if isinstance(v, float))
            if fl == ["undefined", "undefined"]:
                undefined += 1   # neither side has a value here: nothing to compare
                continue
            if all(isinstance(v, float) for v in fl) and not (
                    float_candidate(*(fl[::-1] if order[1] else fl)) if order else differ(*fl)):
                # floats miss a gap below 1e-9 (1 + 10^{-20} = 1): a few such points go to SymPy at the end
                if order is None and (len(later) < EXACT_CONFIRMATIONS or (
                        not compared and t < len(SMALL) and t % SPOT_EVERY == SPOT_EVERY - 1)):
                    later.append((inst, at))
                compared = True
                continue
            try:
                verdict, found = _exact_at(lhs, rhs, inst, at, budget, order)
            except NotEvaluable as exc:
                return Search(None, tried, skipped=str(exc), undefined=undefined, inconclusive=inconclusive)
            if found is not None and _degenerate(found, own_risk):
                pending = pending or found   # 0/0 on one side only: refutes only if that side never has a value
                nan_sides.add(_degenerate(found))
                undefined += 1
                continue
            if found is not None:
                return Search(found, tried + 1, undefined=undefined, inconclusive=inconclusive)
            if verdict in ("undefined", "untold"):
                undefined += 1
            elif "undefined" in fl:
                inconclusive += 1   # floats saw no value where the exact values agree: count nothing
            else:
                compared = True
            if found is None and verdict not in ("undefined", "untold"):
                valued.update(("lhs", "rhs"))
        tried += compared
        if compared:
            observe(varied, inst, explicit)
    for inst, at in later:
        check_time()
        try:
            verdict, found = _exact_at(lhs, rhs, inst, at, budget, order)
        except NotEvaluable as exc:
            return Search(None, tried, skipped=str(exc), undefined=undefined, inconclusive=inconclusive)
        if verdict == "untold":
            # the floats agreed, the exact values cannot tell the sides apart (tanh(10^4) = 1): no instance stands
            return Search(None, tried, skipped="the two sides agree in floating point, and their exact values differ "
                          "by less than any working precision can tell, or not at all", undefined=undefined,
                          inconclusive=inconclusive)
        if found is not None and not _degenerate(found, own_risk):
            return Search(found, tried, undefined=undefined, inconclusive=inconclusive)
    if pending is not None and not (nan_sides & valued):   # the row's own 0/0, never the instance's
        return Search(pending, tried + 1, undefined=undefined - 1, inconclusive=inconclusive)
    return Search(None, tried, undefined=undefined, inconclusive=inconclusive, unreached=unreached,
                  varied=varied)


def _exact_at(lhs, rhs, inst, at, budget, order=None):
    """Both sides exactly at one point: (the comparison's verdict, the Counterexample when they differ, or
    when they violate the order relation `order` (strict, swap); exact_values.compare_order)."""
    a, b = evaluate(lhs, inst, at, budget), evaluate(rhs, inst, at, budget)
    if order is not None:
        verdict = compare_order(*((b, a) if order[1] else (a, b)), strict=order[0])
        verdict = {"violated": "differ", "holds": "equal"}.get(verdict, verdict)
    else:
        verdict = compare_exact(a, b)
    if verdict != "differ":
        return verdict, None
    return verdict, Counterexample(inst, a, b, tuple((str(s), int(v)) for s, v in at.items()))


def _degenerate(found, own_risk=()) -> str:
    """'lhs' or 'rhs' when that side alone is 0/0 (nan) in the counterexample and writes no division that can
    be zero (`own_risk`: then the 0/0 is the row's own, (N - 1)/(N - 1) at N = 1, a counterexample), else ''."""
    nan = [side for side, v in (("lhs", found.lhs), ("rhs", found.rhs)) if v.has(sympy.nan)]
    if len(nan) != 1 or nan[0] in own_risk:
        return ""
    return nan[0] if exact_real(found.rhs if nan[0] == "lhs" else found.lhs)[0] else ""


