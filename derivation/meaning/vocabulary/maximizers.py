"""The set of maximizers of an objective over a parameter, as far as the checker can compare two of them.

`\\argmax_\\theta f` is never given a value: the finite instances fix the parameter at a point, where no
maximizer can be computed. What the checker can decide is the classic step between two objectives with the
same maximizers because they differ by a term free of the parameter. So `\\argmax_\\theta f` means

    ARGMAX_SCALE(theta) * d f / d theta + ARGMAX_TAG(theta)     (f: the canonical objective, meaning_argmax.py)

two opaque atoms with no value on an instance (so no step touching an argmax row is ever refuted: two
objectives with different slopes may still share their maximizers, log f and f do). A step between two argmax
rows over the same parameter is proved exactly when the slopes are equal on every instance (f - g free of
theta, so both have the same maximizers); a step between an argmax and anything else never is (the tag does
not cancel). `\\argmin_\\theta g` is `\\argmax_\\theta (-g)`.
"""
from __future__ import annotations

from sympy import Symbol


def maximizers(slope, param):
    """The meaning of argmax over `param` of an objective whose derivative by `param` is `slope`: two symbols
    that no instance gives a value (so nothing touching them is refuted), named after the parameter."""
    scale = Symbol(r"\operatorname{argmax-slope}_{%s}" % param)
    tag = Symbol(r"\operatorname{argmax}_{%s}" % param)
    return scale * slope + tag
