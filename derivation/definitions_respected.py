"""A counterexample must respect every definition the document gives (DESIGN.md, "The document's
definitions bind").

Where a document defines a symbol (`E_\\theta(x) = -\\theta T(x)`) but a later row is refuted on an
instance whose tables break that definition (E drawn apart from -θ T), the counterexample refutes
nothing the author wrote: the step is `undecided` (limit "definition"), naming the definition. Only a
definite disagreement counts: a definition the instance cannot evaluate leaves the verdict as it is.
"""
from __future__ import annotations

import itertools
from dataclasses import replace

MAX_POINTS = 24   # values of a definition's free indices tried on one instance


def definitions_of(chains) -> list[tuple]:
    """(left side, right side, line) of every definition row of the document's chains: rows shown as the
    definition of a new symbol, and rows that define the model, p(x) = (an expression with Z): the author's
    model (p = e^{H(x)}/Z with H the negative energy, say) binds the rows after it even where the checker
    judges that row as a claim about its own vocabulary."""
    out = []
    for chain in chains:
        prev = None
        for row in chain.rows:
            left = row.lhs if row.lhs is not None else prev
            if row.expr is not None and left is not None and (
                    row.relation == "definition"
                    or (row.relation == "equality" and row.judged and _defines_model(left, row.expr))):
                out.append((left, row.expr, row.line))
            if row.expr is not None:
                prev = row.expr
    return out


def _defines_model(a, b) -> bool:
    """p(x) = ... Z ...: one side is the model's probability alone, the other holds its normalizer."""
    from .vocabulary.model import ModelPartition, ModelProb

    def holds_z(e):
        return hasattr(e, "atoms") and bool(e.atoms(ModelPartition))
    return (isinstance(a, ModelProb) and holds_z(b) and not holds_z(a)) or \
        (isinstance(b, ModelProb) and holds_z(a) and not holds_z(b))


def _broken(definition, ce) -> bool:
    """Whether the counterexample's instance definitely breaks this definition."""
    from .instances import compare_exact, evaluate, free_indices, point_range

    lhs, rhs, _ = definition
    inst, given = ce.instance, dict(ce.at)
    try:
        symbols = free_indices(lhs, rhs)
        fixed = {s: given[str(s)] for s in symbols if str(s) in given}   # the counterexample's own point
        free = [s for s in symbols if s not in fixed]
        ranges = [point_range(s, inst) for s in free]
        for values in itertools.islice(itertools.product(*ranges), MAX_POINTS):
            at = {**fixed, **dict(zip(free, values))}
            if compare_exact(evaluate(lhs, inst, at), evaluate(rhs, inst, at)) == "differ":
                return True
    except Exception:  # noqa: BLE001 - an instance that cannot evaluate the definition tells nothing
        return False
    return False


def _respected(step, definitions):
    ce = getattr(step, "counterexample", None)
    if step is None or step.verdict != "invalid" or ce is None:
        return step
    broken = next((d for d in definitions if _broken(d, ce)), None)
    if broken is None:
        return step
    where = f" (line {broken[2]})" if broken[2] else ""
    return replace(step, verdict="undecided", limit="definition", counterexample=None, explanation=(
        f"Undecided: the only counterexample found breaks the document's definition{where}, so it refutes "
        "nothing the document says; with the definition respected no counterexample was found. Write the "
        "definition where the checker binds it (the model's energy on a row of its own) to have it judged."))


def respect(report, definitions):
    """The chain report with every refutation that breaks a document definition made `undecided`."""
    if not definitions or report is None:
        return report
    steps = tuple(_respected(s, definitions) for s in report.steps)
    claim = _respected(report.claim, definitions)
    if steps == tuple(report.steps) and claim is report.claim:
        return report
    from .check import _summary
    return replace(report, steps=steps, claim=claim, summary=_summary(report.chain, steps, claim, report.on_track))
