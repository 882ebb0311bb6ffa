"""Letters the vocabulary does not know are arbitrary (meaning_values.py): a row is valid when it holds for
every value of them, and a counterexample gives them values. Beside the model's objects that is not enough
to call a row `invalid`: a letter the document relates to the model only in prose (a temperature T, a
coupling J, a log normalizer A(theta), multipliers lambda_k) was drawn independently of the model by the
instances, and a counterexample that rests on that refutes nothing the author meant (DESIGN.md, "Several
readings, one verdict"). Such a step is `undecided`, naming the letters and how to declare the model. So is a step relating two
different unknowns (l(theta; x) := P(x; theta), one on each side): the author may be defining one by the other.
`proved` and `holds` stand: what holds for every value of the letters holds for the author's.
"""
from __future__ import annotations

from dataclasses import replace

import sympy


def arbitrary_in(*exprs) -> list[str]:
    """The arbitrary constants and functions (vocabulary/functions.py) in the expressions, by name; those
    written only as a value of the model's parameters (epsilon in Z(theta + epsilon)) are tied to the model by
    the notation itself and are left out."""
    from ..vocabulary import Model
    from ..vocabulary.functions import Arbitrary, ArbitraryFn, ParamValue
    names = set()

    def visit(a):
        if isinstance(a, Model):
            return
        if isinstance(a, (Arbitrary, ParamValue)):   # theta_{t+1} = theta_t - eta g: a value defined, not a claim
            names.add(a.name)
        elif isinstance(a, ArbitraryFn):
            names.add(a.args[0].name)
        for b in a.args:
            visit(b)

    for e in exprs:
        if e is not None:
            visit(sympy.sympify(e))
    return sorted(names)


def model_in(*exprs) -> bool:
    """Whether the expressions hold an object of the model (an energy, Z, p, an expectation under it, ...)."""
    from ..vocabulary import Model
    from ..vocabulary.divergences import Second
    return any(isinstance(a, (Model, Second)) for e in exprs if e is not None for a in sympy.preorder_traversal(e))


def arbitrary_beside_model(report):
    """The chain report with each `invalid` step whose sides hold both arbitrary letters and the model's
    objects made `undecided` (see the module docstring)."""
    def recheck(rep):
        if rep.verdict != "invalid":
            return rep
        lhs, rhs = getattr(rep.step, "lhs", None), getattr(rep.step, "rhs", None)
        names = arbitrary_in(lhs, rhs)
        if not names:
            return rep
        left, right = set(arbitrary_in(lhs)), set(arbitrary_in(rhs))
        number = (not left and sympy.sympify(lhs).is_number) or (not right and sympy.sympify(rhs).is_number)
        if not model_in(lhs, rhs) and (left == right or number):
            return rep   # (a + b)^2 = a^2 + b^2, a(a - 1) = 0: a claim about the unknowns, for every value
        # x_j = b_j + sum_i v_i w_ij: one side names something else (a state, a value): a definition, maybe
        which = ", ".join(names)
        return replace(rep, verdict="undecided", limit="reading", counterexample=None, explanation=(
            f"Undecided: read with {which} arbitrary (the vocabulary does not know them), this step is refuted; "
            f"but the document may tie {which} to the model in words, and the instances drew them independently "
            "of it. Define them in a row (e.g. `T = 1/\\beta`, or the model's energy in terms of them) to have "
            "the step judged."))

    steps = tuple(recheck(s) for s in report.steps)
    claim = recheck(report.claim)
    if steps == report.steps and claim is report.claim:
        return report
    return replace(report, steps=steps, claim=claim)
