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
    """(left side, right side, line, kind) of every definition row of the document's chains: rows shown as the
    definition of a new symbol, and rows that define the model, p(x) = (an expression with Z): the author's
    model (p = e^{H(x)}/Z with H the negative energy, say) binds the rows after it even where the checker
    judges that row as a claim about its own vocabulary."""
    out = []
    for chain in chains:
        prev = None
        for row in chain.rows:
            left = row.lhs if row.lhs is not None else prev
            if row.expr is not None and left is not None:
                if row.relation == "definition":
                    out.append((left, row.expr, row.line, "symbol", _proportional(row)))
                    # as each other reading reads it (q beside p_theta: the data, or a distribution of its own);
                    # a counterexample to any reading must keep each (more undecided, never a refutation of q's
                    # own definition: `Let $q(x) \propto e^{-E(x)}$`, then KL(q || p) = 0 was invalid)
                    out += [(r.lhs, r.expr, row.line, "symbol", _proportional(row)) for r in row.readings
                            if r.lhs is not None and r.expr is not None and (r.lhs, r.expr) != (left, row.expr)]
                elif row.relation == "equality" and row.judged and _defines_model(left, row.expr):
                    out.append((left, row.expr, row.line, "model"))
            if row.expr is not None:
                prev = row.expr
    return out


def _proportional(row) -> bool:
    """Whether a definition row is written with \\propto: p(x) \\propto e^{-E(x)} says p is e^{-E} times a factor
    free of x, never that they are equal (hostile set 6, B13: read as `=`, every instance broke it)."""
    return "propto" in (getattr(row, "sign", "") or "") or "∝" in (getattr(row, "sign", "") or "")


def _defines_model(a, b) -> bool:
    """p(x) = ... Z ...: one side is the model's probability alone, the other holds its normalizer and
    something of the document's own (a function or letter the vocabulary does not know, or a symbol the
    document defined): p = e^{\theta T(x)}/Z defines a model; p = \tilde p Z is a claim about the
    vocabulary's own objects, judged as such."""
    from derivation.meaning.vocabulary.functions import Arbitrary, ArbitraryFn, StateFn
    from derivation.meaning.vocabulary.model import ModelPartition, ModelProb

    def holds(e, kinds):
        return hasattr(e, "atoms") and bool(e.atoms(*kinds))

    def own(e):
        return holds(e, (StateFn, Arbitrary, ArbitraryFn)) or any(
            type(x).__name__ == "Defined" for x in getattr(e, "atoms", lambda *k: ())())
    for p, other in ((a, b), (b, a)):
        if isinstance(p, ModelProb) and holds(other, (ModelPartition,)) and own(other):
            return True
    return False


def _broken(definition, ce) -> bool:
    """Whether the counterexample's instance definitely breaks this definition."""
    from .instances import compare_exact, evaluate, free_indices, point_range

    lhs, rhs = definition[0], definition[1]
    proportional = len(definition) > 4 and definition[4]
    inst, given = ce.instance, dict(ce.at)
    first = None
    try:
        symbols = free_indices(lhs, rhs)
        # the counterexample's own point; a proportionality holds or not across all the points
        fixed = {s: given[str(s)] for s in symbols if str(s) in given and not proportional}
        free = [s for s in symbols if s not in fixed]
        ranges = [point_range(s, inst) for s in free]
        for values in itertools.islice(itertools.product(*ranges), MAX_POINTS):
            at = {**fixed, **dict(zip(free, values))}
            a, b = evaluate(lhs, inst, at), evaluate(rhs, inst, at)
            if proportional:   # one ratio a/b at every point: a b0 = a0 b (a factor free of the points, never 0)
                first = first or (a, b)
                if compare_exact(a * first[1], first[0] * b) == "differ" or compare_exact(b, b * 0) == "equal":
                    return True
            elif compare_exact(a, b) == "differ":
                return True
    except Exception:  # noqa: BLE001 - an instance that cannot evaluate the definition tells nothing
        return False
    return False


def _names(*exprs) -> set:
    """The names of the document's own symbols in the expressions (arbitrary constants and functions, functions
    of the state, symbols it defined, with what they were defined by)."""
    import sympy
    from derivation.meaning.vocabulary.functions import Arbitrary, ArbitraryFn, StateFn
    out = set()
    for e in exprs:
        for a in sympy.preorder_traversal(sympy.sympify(e)) if e is not None else ():
            if isinstance(a, Arbitrary):
                out.add(a.name)
            elif isinstance(a, (ArbitraryFn, StateFn)) or type(a).__name__ == "Defined":
                out.add(getattr(a.args[0], "name", str(a.args[0])))
    return out


def relevant(definition, lhs, rhs) -> bool:
    """Whether a step read as lhs = rhs uses what the definition defines: the symbol on its left, or (a definition
    of a vocabulary object, or of the model) any object of the model. A definition of a letter the step never
    uses cannot be broken by its counterexample in any way that matters."""
    from derivation.meaning.meaning_arbitrary import model_in
    if lhs is None or rhs is None:
        return True
    own = _names(definition[0])
    if own & _names(lhs, rhs) or _same_distribution(definition[0], lhs, rhs):
        return True
    head = definition[0]
    if not own and getattr(head, "is_Symbol", False) and not any(
            e.has(head) for e in (lhs, rhs) if hasattr(e, "has")):
        return False   # `\text{Let } u = 3` beside a step that never writes u: its letter, not the model's
    return (not own or definition[3] == "model") and model_in(lhs, rhs)


def _same_distribution(head, lhs, rhs) -> bool:
    """Whether the step uses the distribution a definition defines: the second distribution q (with or without
    its form), or the data when the definition's left side is the data's density (q beside p_theta read as the
    data). `Let $q(x) = e^{g(x)} / ...$` binds E_q[log q] = E_q[g] - log sum e^g though the row has no model."""
    import sympy
    from derivation.meaning.vocabulary import DataPoint
    from derivation.meaning.vocabulary.divergences import Second
    from derivation.meaning.vocabulary.expectation import DataDist
    seconds = {(tuple(a.params), a.name) for a in sympy.preorder_traversal(head) if isinstance(a, Second)}
    sides = [e for e in (lhs, rhs) if isinstance(e, sympy.Basic)]
    used = {(tuple(a.params), a.name) for e in sides for a in sympy.preorder_traversal(e) if isinstance(a, Second)}
    if seconds & used:
        return True
    return isinstance(head, sympy.Basic) and head.has(DataPoint) and any(e.has(DataPoint) or e.has(DataDist)
                                                                          for e in sides)


def respected(step, definitions, rows, lhs=None, rhs=None):
    """The step report with a refutation that breaks a document definition made `undecided` (only a definition
    of something the step, read as lhs = rhs, uses)."""
    ce = getattr(step, "counterexample", None)
    if step is None or step.verdict != "invalid" or ce is None:
        return step
    definitions = [d for d in definitions if relevant(d, lhs, rhs)]
    # a symbol's definition does not shield itself (Z := \sum_x e^{E(x)} is judged: Z is the vocabulary's);
    # a row defining the model with the document's own objects does: refuted only by breaking itself
    own = {rows[k - 1].line for k in (step.step.from_row, step.step.to_row) if 0 < k <= len(rows)}
    broken = next((d for d in definitions if (d[3] == "model" or d[2] not in own) and _broken(d, ce)), None)
    if broken is None:
        return step
    where = f" (line {broken[2]})" if broken[2] else ""
    return replace(step, verdict="undecided", limit="definition", counterexample=None, explanation=(
        f"Undecided: the only counterexample found breaks the document's definition{where}, so it refutes "
        "nothing the document says; with the definition respected no counterexample was found. Write the "
        "definition where the checker binds it (the model's energy on a row of its own) to have it judged."))
