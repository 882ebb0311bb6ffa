"""Several readings of a step, one verdict (../shared/DESIGN.md, "Reading what people write").

A row can mean more than one thing: a row that never writes beta in a document that does (read with
the document's beta, or with beta = 1), a <.>_data in a row about one observed state (the average over
the N data points, or that one point), ... Each such meaning is a `Reading`: the step's two sides read
that way, with what it assumes named in words. The meaning layer (derivation/meaning/chains.py) puts the
readings of each row on the chain's Rows; `readings_of` gathers a step's readings from its two rows
(and derives the ones that are about the step as a whole); the judge (derivation/judge/verdict.py)
judges each and combines them:

    invalid     every plausible reading is refuted (the main reading's counterexample is printed,
                the others are named)
    proved      the main reading is proved (holds: holds) and no other reading is refuted; the verdict
    holds       names the readings (another reading valid while the main one is undecided is not enough)
    undecided   anything else (one reading refuted and another not, or none decided), naming each
                reading and its verdict

The main reading is the document's own (its definitions, its beta, <.>_data as the N-point
average). Every reading is judged, even when the main one is proved: a row that is right one way and
refuted another is ambiguous, and a checker that picks the reading which makes it right could call a
real slip valid (the worst outcome). Nothing after the judge changes a verdict.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import sympy

MAIN = "as the document defines its symbols"


@dataclass(frozen=True)
class Reading:
    """The two sides of a step as read under one assumption, said in words (`assumes`), with how the
    author can say which is meant (`hint`)."""
    assumes: str
    lhs: object
    rhs: object
    hint: str = ""
    judgeable: bool = True   # False: a reading the checker cannot judge (it is undecided)


@dataclass(frozen=True)
class RowReading:
    """Another reading of one row: its expression (and left side, when the row has one) read so."""
    assumes: str
    expr: object
    lhs: object = None
    hint: str = ""
    judgeable: bool = True


LOG_SCOPE = ("with \\log taking the whole product after it (log(a b), not log(a) b)",
             "put the argument of \\log in parentheses")
BETA_ONE = ("with beta = 1 (the row writes e^{-E}, not e^{-beta E})",
            "write beta in the rows (or e^{-\\beta E})")


def readings_of(step, rows) -> list[Reading]:
    """Every plausible reading of `step` (a chain.Step): the main one first, then those its rows carry
    (RowReading, by assumption: a row without it keeps its main reading), then those of the whole step."""
    main = Reading(MAIN, step.lhs, step.rhs)
    if step.lhs is None or step.rhs is None or not rows:
        return [main]
    a, b = rows[step.from_row - 1], rows[step.to_row - 1]
    by, out = {}, [main]
    for r in (a, b):
        for alt in getattr(r, "readings", ()):
            if not alt.judgeable:
                if all(o.assumes != alt.assumes for o in out):
                    out.append(Reading(alt.assumes, None, None, alt.hint, judgeable=False))
                continue
            by.setdefault(alt.assumes, alt.hint)
    for assumes, hint in by.items():
        if any(o.assumes == assumes and not o.judgeable for o in out):
            continue   # a reading one of the step's rows cannot give: the step cannot be judged so
        lhs = _side(a, b, assumes, step)
        rhs = _alt(b, assumes, "expr", b.expr) if step.rhs is b.expr else None
        if lhs is None or rhs is None or (lhs == step.lhs and rhs == step.rhs):
            continue   # a side this reading could not give (None), or the same as the main reading
        out.append(Reading(assumes, lhs, rhs, hint))
    for more in (one_observed_point(step.lhs, step.rhs), arbitrary_beside_model(step.lhs, step.rhs),
                 _outcomes(step.lhs, step.rhs, a.latex + b.latex)):
        if more is not None:
            out.append(more)
    return out


def _alt(row, assumes, what, default):
    """The row's side `what` under `assumes`; the main one when the row has no such reading (None when
    it has it but could not read the side so)."""
    for alt in getattr(row, "readings", ()):
        if alt.assumes == assumes:
            return getattr(alt, what)
    return default


def _side(a, b, assumes, step):
    """The step's left side under `assumes`: the later row's own left side, or the earlier row."""
    if b.lhs is not None and step.lhs is b.lhs:
        return _alt(b, assumes, "lhs", b.lhs)
    if step.lhs is a.expr:
        return _alt(a, assumes, "expr", a.expr)
    if step.lhs is a.lhs:   # the claim starting at a row's own left side
        return _alt(a, assumes, "lhs", a.lhs)
    return None


def one_observed_point(lhs, rhs) -> Reading | None:
    """A step about one state s (-d log p(x)/d theta = <dE>_data - <dE>_model) whose <.>_data the main
    reading takes as the average over the N data points: read as the data set {s}, as a row about one
    observation means it (the reading the explicit energies give such a row)."""
    try:
        from . import notation as nt
        from .vocabulary import Expect, State
        from .vocabulary.expectation import DataDist
    except ImportError:  # pragma: no cover - the general vocabulary is part of the package
        return None

    def is_data(e):
        return isinstance(e, Expect) and isinstance(e.args[2], DataDist)

    if not any(is_data(e) for side in (lhs, rhs) for e in sympy.preorder_traversal(side)):
        return None
    states = {v for v in lhs.free_symbols | rhs.free_symbols if isinstance(v, State) or v == nt.x}
    if len(states) != 1:
        return None
    s = next(iter(states))
    at = lambda e: e.replace(is_data, lambda d: d.args[0].xreplace({d.args[1]: s}))  # noqa: E731
    return Reading(f"<.>_data as the one observed state {s} (the data set {{{s}}}), not the N-point average",
                   at(lhs), at(rhs), f"average the left side over the data ((1/N) sum_i) or write the "
                   f"expectation at the observed state {s}")


def arbitrary_beside_model(lhs, rhs) -> Reading | None:
    """Letters the vocabulary does not know are arbitrary; beside the model's objects (or relating two
    different unknowns) the author may tie them to the model in words: a reading the checker cannot judge,
    so a step refuted only with them drawn apart from the model is undecided (derivation/meaning/meaning_arbitrary.py)."""
    from .meaning_arbitrary import tied_letters
    names = tied_letters(lhs, rhs)
    if not names:
        return None
    which = ", ".join(names)
    return Reading(f"with {which} tied to the model as the document may say in words (read with {which} "
                   "arbitrary, independent of the model, it is the main reading)", None, None,
                   f"define {which} in a row (e.g. `T = 1/\\beta`, or the model's energy in terms of them)",
                   judgeable=False)


def row_readings(alts, rr, k, lhs_main=None, expr_main=None, strict=frozenset()):
    """The other readings (RowReading) of side k of the read row `rr`, from the meaning layer's `alts`
    ((id(rr), k) -> {assumes: (expr, hint)}): its expression, and side k-1 as its left side (`lhs_main`,
    side k-1's main reading, where that side has no such reading); `strict` ones unread: undecided."""
    out, left = [], alts.get((id(rr), k - 1), {})
    for assumes, (expr, hint) in alts.get((id(rr), k), {}).items():
        lhs = left[assumes][0] if assumes in left else lhs_main
        out.append(RowReading(assumes, expr, lhs, hint, judgeable=not (assumes in strict and None in (expr, lhs if k else expr))))
    for assumes, (expr, hint) in left.items():   # only the left side reads two ways: its right side is kept
        if assumes not in alts.get((id(rr), k), {}) and lhs_main is not None and expr_main is not None:
            out.append(RowReading(assumes, expr_main, expr, hint))
    return tuple(out)


# x^{(i)}, x^{(n)}: a letter with its data index in parentheses as a superscript (e^{(x - mu)^2} is no data point)
_DATA_POINT = re.compile(r"[A-Za-z}]\s*\^\s*\{\s*\(\s*[A-Za-z]\s*\)\s*\}")


def _outcomes(lhs, rhs, latex: str = "") -> Reading | None:
    """sum_j^n p(x_j) f(x_j): the n outcomes of the space enumerated, or n data points (outcomes_enumerated.py).
    x^{(i)}, a superscript in parentheses, is how texts write the i-th data point and never an outcome: the post's
    slip, -sum_x P(x) dE(x) = -sum_i^N P(x^(i)) dE(x^(i)), is refuted, never undecided."""
    if _DATA_POINT.search(latex):
        return None
    from .outcomes_enumerated import outcomes_enumerated
    found = outcomes_enumerated(lhs, rhs)
    return Reading(*found) if found is not None else None
