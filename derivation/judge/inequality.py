"""An inequality between two rows (≤, ≥, <, >): refuted by an exact instance, never proved by instances.

    invalid     a finite instance where the inequality fails, confirmed exactly (exact_values.compare_order:
                a - b > 0 to 60 correct digits, or a - b exactly 0 for a strict one)
    proved      a non-strict one whose two sides are equal (prove.py): a = b gives a <= b on every instance
    undecided   otherwise: no instance violates it, and random instances prove no inequality (the gap may
                close at an instance none of them visits), so never `holds`

A relation of the inequality kind that no instance can refute (\\ll, \\gg) is undecided, named.
"""
from __future__ import annotations

from derivation.meaning import budget as _budget
from derivation.meaning.budget import OverBudget
from .instances import find_counterexample, order_of
from .prove import prove

NOT_PROVED = "inequalities are not proved"


def decide(lhs, rhs, sign, instances, seed, budget, proof_share):
    """(verdict, rules, counterexample, tried, explanation, limit) for `lhs sign rhs`."""
    order = order_of(sign)
    if order is None:
        return ("undecided", (), None, 0, f"Undecided: the relation {sign} is not one the checker judges "
                f"(it judges =, \\propto, \\le, \\ge, <, >).", "relation")
    strict, swap = order[0] == "<", order[1]
    if not strict:
        try:
            with _budget.deadline(budget.seconds * proof_share):
                proof = prove(lhs, rhs)
        except OverBudget as e:
            if e.limit != "time":
                raise
            proof = None
        if proof is not None and proof.proved:
            return ("proved", proof.rules, None, 0, "Valid: the two sides are equal, so the inequality holds "
                    "(with equality).", None)
    free = _undefined_letters(lhs, rhs)
    if free:
        # lambda > 0, \text{KL} \geq 0, S_bath + S_gas >= 0: about letters no row defines, an inequality is an
        # assumption or a fact the prose gives them; values drawn for them refute nothing the author wrote
        return ("undecided", (), None, 0, f"Undecided: the inequality is about {', '.join(free)}, which no row "
                "defines: read as an assumption on them (or a fact the text gives), drawing their values refutes "
                f"nothing; {NOT_PROVED}.", "definition")
    search = find_counterexample(lhs, rhs, count=instances, seed=seed, budget=budget, order=(strict, swap))
    if search.counterexample is not None:
        ce = search.counterexample
        return ("invalid", (), ce, search.tried, "Invalid. The inequality fails on this instance: the left side "
                f"is {'larger than' if not swap else 'smaller than'}{' or equal to' if strict else ''} the right "
                "side.", None)
    if search.skipped:
        return ("undecided", (), None, search.tried, f"Undecided: the instances cannot evaluate it: "
                f"{search.skipped}; {NOT_PROVED}.", "instances")
    return ("undecided", (), None, search.tried, f"Undecided: no instance violates it ({search.tried} random "
            f"finite instances compared); {NOT_PROVED}.", "inequality")


def _undefined_letters(lhs, rhs) -> list[str]:
    """The letters of the two sides that the vocabulary does not know (arbitrary constants, arbitrary functions of
    the parameters), by name. A function of the state (f(x) in E_p[f(x)^2] >= E_p[f(x)]^2) is not among them:
    such a bound claims every f, and a table for f that breaks it refutes it."""
    from derivation.meaning.vocabulary.functions import Arbitrary, ArbitraryFn
    kinds = (Arbitrary, ArbitraryFn)
    found = set()
    for side in (lhs, rhs):
        if hasattr(side, "atoms"):
            found |= {str(a.args[0]) if a.args else str(a) for a in side.atoms(*kinds)}
    return sorted(found)

