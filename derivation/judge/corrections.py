"""A corrected row for an invalid step, computed by the checker, never looked up.

The slip a derivation of eq. (7) is most prone to is a sum over the data standing where the
fixed meaning wants a sum over the whole state space (Z written as Σ_i e^{-E(x^(i))}, an
expectation written as Σ_i P(x^(i)) ...). So the first candidates are the row with each of its
data sums, then all of them, rewritten as sums over the states; then the other classic slips
undone one at a time: the sign of one term flipped, a factor N lost or gained on one term, the
derivative of an expectation put back as the expectation of the derivative. Every candidate is
only a guess until the checker finds it valid:
  1. against the previous row AND against the left side of the equation (the row it should be);
  2. else against the left side of the equation (the previous row is wrong itself);
  3. else against the previous row.
The row as written is tried against the left side too: when it already equals it, the step
failed only because the rows before it went wrong, and the report says so.
"""
from __future__ import annotations

from dataclasses import dataclass

from sympy import Add, Derivative, Sum, log, preorder_traversal

from derivation.meaning import notation as nt
from derivation.meaning.vocabulary.expectation import Expect
from derivation.meaning.vocabulary.space import Mass, dummy_state, visible_sum


@dataclass(frozen=True)
class Correction:
    expr: object           # SymPy expression of the corrected row
    latex: str             # printed by the notation's printer, as every row is
    how: str               # in words: what was rewritten and what it agrees with
    unchanged: bool = False


def _data_sums(expr):
    seen = []
    for e in preorder_traversal(expr):
        if isinstance(e, Sum) and e.limits[0][1:] == (1, nt.N) and e not in seen:   # a sum over the data
            seen.append(e)
    return seen


def _over_states(s: Sum, measure: int):
    """The same terms summed over every state of the space (under the document's measure, if it has one)."""
    idx = s.limits[0][0]
    y = dummy_state("x")
    return visible_sum(s.function.xreplace({nt.DataPoint(idx): y}), y, measure)


def _swapped(expr):
    """d/dTheta E_{x~P}[f] -> E_{x~P}[df/dTheta] everywhere."""
    return expr.replace(lambda e: isinstance(e, Derivative) and isinstance(e.expr, Expect),
                        lambda e: Expect(Derivative(e.expr.args[0], *e.variable_count), *e.expr.args[1:]))


def candidates(expr):
    """(expression, what changed), most likely first."""
    sums = [s for s in _data_sums(expr) if s.function.has(nt.DataPoint)]
    measure = int(expr.has(Mass))   # a document that integrates sums over states under its measure
    out = [(expr.xreplace({s: _over_states(s, measure)}), f"the sum ${nt.latex_of(s)}$ taken over the states")
           for s in sums]
    if len(sums) > 1:
        out.append((expr.xreplace({s: _over_states(s, measure) for s in sums}), "every data sum taken over the states"))
    terms = Add.make_args(expr)
    for k, t in enumerate(terms):
        rest = Add(*terms[:k], *terms[k + 1:])
        out.append((rest - t, f"the sign of ${nt.latex_of(t)}$ flipped"))
        out.append((rest + t / nt.N, f"${nt.latex_of(t)}$ divided by N"))
        out.append((rest + t * nt.N, f"${nt.latex_of(t)}$ multiplied by N"))
    swapped = _swapped(expr)
    if swapped != expr:
        out.append((swapped, "the derivative moved inside the expectation"))
    log_of_sum = expr.replace(lambda e: isinstance(e, Sum) and isinstance(e.function, log),
                              lambda e: log(Sum(e.function.args[0], *e.limits)))
    if log_of_sum != expr:
        out.append((log_of_sum, "the sum of logs put back as the log of the sum"))
    return out


def _valid(lhs, rhs) -> bool:
    from .check import check_step

    return check_step(lhs, rhs, instances=12).verdict in ("proved", "holds")


def correct(previous, row, origin) -> Correction | None:
    """A corrected version of `row` (the 'to' side of an invalid step from `previous`).

    `origin` is the left side of the equation the row belongs to (None when unknown)."""
    cands = candidates(row)
    for c, what in cands:
        if _valid(previous, c) and (origin is None or _valid(origin, c)):
            return Correction(c, nt.latex_of(c), f"{what}: follows from the previous row"
                              + ("" if origin is None else " and equals the left side of the equation"))
    if origin is not None:
        if _valid(origin, row):
            return Correction(row, nt.latex_of(row), "no change: the row as written equals the left side of "
                              "the equation; the step fails because the previous row is wrong", unchanged=True)
        for c, what in cands:
            if _valid(origin, c):
                return Correction(c, nt.latex_of(c), f"{what}: equals the left side of the equation "
                                  "(the previous row is itself wrong)")
    for c, what in cands:
        if _valid(previous, c):
            return Correction(c, nt.latex_of(c), f"{what}: follows from the previous row")
    return None


def corrections(report) -> dict[int, Correction | None]:
    """For a ChainReport: step number -> its correction, for every invalid step."""
    chain = report.chain
    start = chain.rows[chain.claim_start()]
    origin_row = chain.claim_start() + 1
    out = {}
    for s in report.steps:
        if s.verdict != "invalid":
            continue
        st = s.step
        in_claim = st.from_row >= origin_row and chain.rows[st.to_row - 1].lhs is None
        origin = (start.lhs if start.lhs is not None else start.expr) if in_claim else None
        out[st.number] = correct(st.lhs, st.rhs, origin)
    return out
