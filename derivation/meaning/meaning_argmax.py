"""Meaning of `\\argmax_\\theta f` and `\\argmin_\\theta g` rows (issue 21, item 5): derivation/meaning/vocabulary/maximizers.py.

Two objectives have the same maximizers when one is a strictly increasing map of the other, or when they
differ by a term free of the variable. Each row's objective is first put in a canonical form that keeps its
maximizers, then the row means that form's derivative by the variable (with atoms no instance gives a value):

    \\argmin_\\theta g       is  \\argmax_\\theta (-g)
    f > 0 everywhere       f becomes log f (a model probability, e^{u}, a product or sum of such)
    c f, c > 0 free of θ   f (1/N, 2, N: positive factors of the normal form, never a sign)

A step between two argmax rows over one parameter is proved when the canonical slopes agree on every instance
(the canonical objectives then differ by a term free of the parameter); otherwise it is undecided, never
refuted: the instances fix the parameter at a point, where no maximizer can be computed. The variable must be
the parameter of the document; over anything else (states, several variables) the row is unreadable, naming it.
"""
from __future__ import annotations

import time

import sympy
from sympy import Derivative

from . import budget as _budget
from .budget import OverBudget

from .vocabulary.base import Obj
from .vocabulary.maximizers import maximizers

NORMAL_FORM_SECONDS = 0.5   # of a row's reading time: past it the objective is compared as read


def positive(e) -> bool:
    """e > 0 for every value of the parameter, as far as its form shows (False when unsure)."""
    if isinstance(e, Obj):
        return bool(getattr(e, "positive", False))
    if e.is_Number:
        return bool(e > 0)
    if e.is_Symbol:
        return e.is_positive is True
    if e.func == sympy.exp:
        return True    # the vocabulary's quantities are real: e^{u} > 0
    if e.is_Mul or e.is_Add:
        return all(positive(a) for a in e.args)
    if e.is_Pow:
        return positive(e.args[0]) and e.args[1].is_real is True
    if isinstance(e, sympy.Sum):    # over the data or the states (1..N, 1..K): never empty
        return len(e.limits) == 1 and e.limits[0][1] == 1 and (e.limits[0][2].is_positive is True) \
            and positive(e.args[0])
    return False


_NORMALS: dict = {}   # (slope, evaluate?) -> its normal form: each reading of a row asks for the same slope again


def _normal(e):
    """The normal form of a slope, within the share of time (terms free of the parameter are gone from it, and with
    them the logs of a data distribution that the proof would refuse to touch); as it is past that. A normal form
    found is remembered (21_tirmisula: half the calls repeat one, 0.6 of its 6.4 s); a slope past its time is not."""
    from sympy.core.parameters import global_parameters
    if not global_parameters.evaluate:
        # the side built unevaluated (built.py, for its risky divisions): the normal form needs SymPy's evaluation
        # to flatten and cancel, and without it the slope's terms nest deeper at every rule until expand recurses
        # without end. Every such call on the real documents ran out its share of time and returned the slope as
        # read (19 of 19, 0.5 s each: 21_tirmisula waited 6.5 s for them); it is returned as read at once.
        return e
    key = (e, bool(global_parameters.evaluate))
    if key in _NORMALS:
        return _NORMALS[key]
    try:
        from .normal_form import Normalizer
        with _budget.deadline(NORMAL_FORM_SECONDS):
            found = Normalizer().norm(e)
        if len(_NORMALS) > 256:
            _NORMALS.clear()
        _NORMALS[key] = found
        return found
    except OverBudget:
        outer = getattr(_budget._local, "deadline", None)
        if outer is not None and time.monotonic() >= outer:
            raise
    except (RecursionError, ValueError, TypeError, AttributeError, NotImplementedError):
        pass
    return e


def canonical(objective, param):
    """An objective with the same maximizers over `param`: log of a positive one, positive factors free of
    `param` dropped (after the normal form, where 1/N and 2 show as factors)."""
    if positive(objective):
        objective = sympy.log(objective)
    try:
        from .normal_form import Normalizer
        with _budget.deadline(NORMAL_FORM_SECONDS):
            objective = sympy.factor_terms(Normalizer().norm(objective))
    except OverBudget:
        outer = getattr(_budget._local, "deadline", None)
        if outer is not None and time.monotonic() >= outer:
            raise   # the row's own time is up, not only this share of it
    except (RecursionError, ValueError, TypeError, AttributeError, NotImplementedError):
        pass        # the objective as read: its factors are still looked at
    if (objective.is_Add or objective.is_Mul) and sympy.fraction(sympy.together(objective))[1] != 1:
        # (1/N) sum_i log p~(x_i) - log z = (sum_i log p~(x_i) - N log z) / N: over one denominator, so that a
        # positive factor free of the parameter (1/N, 1/2) shows as a factor and is dropped like any other
        together = _evaluated(sympy.together(objective))
        if together.is_Mul:
            objective = together
    if objective.is_Mul:
        kept = [sympy.Integer(-1) if a.is_Number and a < 0 else a for a in objective.args
                if param in a.free_symbols or not positive(a)]   # -2: its sign stays, its size goes
        objective = sympy.Mul(*kept)
    return objective


def _evaluated(e):
    """The expression with its sums, products and powers evaluated again (the normal form may leave 1/1**1)."""
    if isinstance(e, (sympy.Add, sympy.Mul, sympy.Pow)):
        return e.func(*[_evaluated(a) for a in e.args])
    return e


class ArgmaxMeaning:
    """Methods of meaning.Meaning for argmax/argmin rows."""

    def t_argmax(self, n, env):
        kind, var, body = n[1], n[2], n[3]
        v = self.param(var, env) if var[0] == "sym" else None
        if v is None:
            self.fail(f"\\{kind} over something that is not the parameter", f"\\{kind}_{{\\theta}}")
        objective = self.tr(body if kind == "argmax" else ("neg", body), env)
        return maximizers(_normal(Derivative(canonical(objective, v), (v, 1))), v)
