"""One step at a time, for notebooks and exercises: `check_step(before, after)`.

    >>> from derivation.classroom import check_step
    >>> check_step(r"\\frac{\\partial \\log Z}{\\partial\\Theta}",
    ...            r"-\\sum_x P_\\Theta(x)\\frac{\\partial E(x)}{\\partial\\Theta}").verdict
    'proved'

Both strings are LaTeX in any notation the reader knows (the post's, `\\nabla_\\theta`, `\\mathbb{E}`,
...). A leading `=` or `&=` is allowed; when a string is an equation `a = b`, its last side is used,
so a row copied from an align block works as is. The symbols keep their fixed meaning
(DESIGN.md): Z sums over the whole state space, a sum over i = 1..N over the data.

What you get back is always a StepVerdict: text that cannot be read gives the verdict
`unreadable` (with the column), a step over the checker's budget gives `undecided` (with the limit).
Input of the wrong kind (not a string, a bad timeout) raises one exception type, `StepInputError`
(a TypeError and a ValueError both, so either `except` catches it), naming the argument.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .display import VerdictDisplay
from .letters import in_letters, param_letter
from .words import settle_plurals


class StepInputError(TypeError, ValueError):
    """check_step was called with an argument of the wrong kind; the message names the argument."""


@dataclass(frozen=True)
class StepVerdict(VerdictDisplay):
    """check_step's answer: the verdict, the explanation, the rules, and for an invalid step the
    counterexample (as JSON fields, and as the lines eq7 check prints); shows as HTML in Jupyter."""
    verdict: str                 # proved | holds | invalid | undecided | unreadable
    explanation: str
    rules: tuple[str, ...] = ()
    counterexample: dict | None = None
    before: object = None        # the SymPy expressions read (None when unreadable)
    after: object = None
    # The counterexample as `eq7 check` prints it (report.counterexample_text): the tables the step
    # was refuted on, the general reader's included; str() prints these lines when they are there.
    counterexample_lines: tuple[str, ...] = ()
    # The Counterexample object itself, for the HTML display (its tables, not a rebuild from the dict).
    refuted_on: object = field(default=None, repr=False, compare=False)
    letter: str = "Θ"   # the parameter as before/after write it (θ or Θ), for the counterexample's display

    @property
    def valid(self) -> bool:
        return self.verdict in ("proved", "holds")

    def __str__(self) -> str:
        from .plain_math import plain_math   # $...$ in the explanation, as a terminal shows it
        text = f"{self.verdict}: {plain_math(self.explanation)}"
        if self.counterexample_lines:
            return text + "\n" + "\n".join(self.counterexample_lines)
        if self.counterexample:   # the values the step was refuted on (shown_counterexample.fields)
            c = self.counterexample
            def val(side):
                return f"{c[side]:.6g}" if c[side] is not None else c[side + "_exact"]
            shown = ", ".join(f"{k} {v}" for k, v in c.items()
                              if k not in ("instance", "lhs", "rhs", "lhs_exact", "rhs_exact"))
            text += f"\ncounterexample: {shown}: before = {val('lhs')}, after = {val('rhs')}"
        return text


def _read(text: str, which: str):
    from .latex.parse import ReadError, parse_tree, transform
    from .latex.to_sympy import side_to_sympy

    body = text.replace("&", " ")
    if not body.strip():
        raise ReadError("empty", 0, "an expression")
    tree = parse_tree(body)
    sides = [c for c in tree.children if hasattr(c, "data")]
    ast, _ = transform(sides[-1])
    try:
        return side_to_sympy(ast)
    except RecursionError:
        raise ReadError("the expression nests too deeply for the checker", 0, "less nesting") from None


def check_step(before: str, after: str, justification: str | None = None,
               timeout: float | None = None) -> StepVerdict:
    """Is `before = after` valid for every finite state space, data set and energy?

    `timeout`: seconds the step may take (default derivation.budget.DEFAULT.seconds). Raises
    StepInputError for an argument of the wrong kind; everything else is a verdict. The step runs in
    a worker process that is stopped past its budget (derivation/worker.py), whatever SymPy does."""
    from .check import make_budget
    from .latex import bounded
    from .worker import WorkerDied, WorkerTimeout

    try:
        seconds = make_budget(timeout).seconds
    except (TypeError, ValueError) as e:
        raise StepInputError(f"check_step: {e}") from None
    try:   # the step, its reading, and perhaps a one-row document: a few step budgets in all
        return bounded.call(_check_step_here, before, after, justification, timeout,
                            seconds=4 * seconds + 2 * bounded.READ_SECONDS)
    except bounded.ReadOverBudget as e:
        return StepVerdict("unreadable", str(e))
    except (WorkerTimeout, WorkerDied) as e:
        return StepVerdict("undecided", f"Undecided: {e}.")


def _check_step_here(before, after, justification, timeout) -> StepVerdict:
    from .check import check_step as check, make_budget
    from .latex.parse import ReadError

    for which, value in (("before", before), ("after", after)):
        if not isinstance(value, str):
            raise StepInputError(f"check_step: {which} must be a LaTeX string, got {type(value).__name__}")
    if justification is not None and not isinstance(justification, str):
        raise StepInputError(f"check_step: justification must be a string or None, "
                             f"got {type(justification).__name__}")
    try:
        budget = make_budget(timeout)
    except (TypeError, ValueError) as e:
        raise StepInputError(f"check_step: {e}") from None
    for which, text in (("before", before), ("after", after)):
        rel = other_relation(_last_side(text))
        if rel:  # judging only the equality would drop the relation: a ≤ read as = is a false `proved`
            return StepVerdict("unreadable", f"{which}: the relation {rel} is not an equality; check_step "
                                             "judges `before = after` only")
    exprs = []
    for which, text in (("before", before), ("after", after)):
        try:
            exprs.append(_read(text, which))
        except ReadError as e:
            where = f"{which}, column {e.offset + 1}"
            return _through_document(before, after, timeout) or _unreadable(which, text, where, e)
    report = check(exprs[0], exprs[1], justification, budget=budget)
    if report.verdict == "invalid":   # invalid only when no other plausible reading of the general reader holds
        a, b = _last_side(before), _last_side(after)
        other = _document_report(a, b, timeout, general=True) if a and b and _has_readings(a, b) else None
        if other is not None and (other.verdict in ("proved", "holds") or other.limit == "reading"):
            why = other.explanation if other.verdict == "undecided" else (
                f"Undecided: read in the post's notation the step is invalid; read by the general reader it is "
                f"{other.verdict}: {other.explanation}")
            return StepVerdict("undecided", in_letters(settle_plurals(why), param_letter([before, after])),
                               before=exprs[0], after=exprs[1])
    ce = shown_fields(report.counterexample) if report.counterexample is not None else None
    letter = param_letter([before, after])   # the student's own letter for the parameter
    return StepVerdict(report.verdict, in_letters(settle_plurals(report.explanation), letter), tuple(report.rules), ce,
                       exprs[0], exprs[1], _printed(report, letter), report.counterexample, letter)


def _unreadable(which: str, text: str, where: str, error) -> StepVerdict:
    """Neither reader read a side: the mistake named when it can be found in the side as written
    (read_messages.py), else the reader's message without its list of parser tokens."""
    from .read_messages import side_mistake, without_tokens
    mistake = side_mistake(text)
    if mistake:
        return StepVerdict("unreadable", f"{which}: {mistake}")
    return StepVerdict("unreadable", f"{where}: {without_tokens(str(error))} (check_step reads the notation of "
                                     "the post and of the chapter: see the README)")


def shown_fields(counterexample) -> dict:
    from .shown_counterexample import fields
    return fields(counterexample)


def _printed(report, letter: str = "Θ") -> tuple[str, ...]:
    """The counterexample's lines as the text report prints them (() when there is none or it cannot)."""
    if report.counterexample is None:
        return ()
    try:
        from .report import counterexample_text
        return tuple(counterexample_text(report, "", letter))
    except Exception:  # noqa: BLE001 - the dict's summary in __str__ still stands
        return ()


_RELATION = re.compile(r"\\(?:le|leq|ge|geq|leqslant|geqslant|ne|neq|approx|simeq|sim|propto|equiv|cong|ll|gg|"
                       r"lesssim|gtrsim|to|mapsto|coloneqq|eqqcolon|in|notin|subset|subseteq|supset|prec|succ)"
                       r"(?![A-Za-z])|:=|<|>|≤|≥|≈|≠|∝|∼")


def other_relation(text: str) -> str | None:
    """A relation other than `=` written at the top level of `text` (outside braces, brackets and
    parentheses), as written: `\\le`, `<`, `\\approx`, ...; None when there is none."""
    depth, k = 0, 0
    while k < len(text):
        ch = text[k]
        if ch == "\\" and text.startswith(("\\{", "\\}"), k):
            k += 2
            continue
        depth += ch in "{(["
        depth -= ch in "})]"
        if depth == 0:
            m = _RELATION.match(text, k)
            if m and not text[max(0, k - 6):k].endswith(("\\left", "\\right")):   # \left< is a bracket
                return m.group(0)
        k += 1
    return None


def _last_side(text: str) -> str:
    """`&= b` or `a = b` -> `b` (a row copied from an align block); top-level `=` only."""
    depth, cut = 0, -1
    for k, ch in enumerate(text):
        depth += ch in "{("
        depth -= ch in "})"
        if ch == "=" and depth == 0:
            cut = k
    return text[cut + 1:].replace("&", " ").strip()


def _has_readings(a: str, b: str) -> bool:
    """Whether the general reader reads `a = b` more than one way (readings.py): read, never judged."""
    from .latex.chains import chains_of
    from .latex.reader import read_text
    try:
        return any(r.readings for c, _ in chains_of(read_text(f"$$\n{a} = {b}\n$$\n"), general=True) for r in c.rows)
    except Exception:  # noqa: BLE001 - a row the general reader cannot take has no other reading
        return False


def _document_report(a: str, b: str, timeout: float | None, general: bool):
    """The StepReport of `a = b` read as a one-row document, or None when it cannot be read so."""
    from .latex.checkdoc import DocumentError, check_text
    try:
        doc = check_text(f"$$\n{a} = {b}\n$$\n", "<check_step>", timeout=timeout, general=general)
    except DocumentError:
        return None
    steps = [s for r in doc.reports for s in r.steps]
    if len(steps) != 1 or steps[0].verdict == "unreadable" or doc.doc.errors:
        return None
    return steps[0]


def _through_document(before: str, after: str, timeout: float | None = None) -> StepVerdict | None:
    """The chapter's wider notation (integrals, KL, entropy, latent variables, ...) is read by the
    document reader: check `before = after` as a one-row document; None when that cannot read it either."""
    a, b = _last_side(before), _last_side(after)
    if not a or not b:
        return None
    rep = _document_report(a, b, timeout, False)
    if rep is None:
        return None
    ce = shown_fields(rep.counterexample) if rep.counterexample is not None else None
    letter = param_letter([before, after])
    return StepVerdict(rep.verdict, in_letters(settle_plurals(rep.explanation), letter), tuple(rep.rules), ce,
                       rep.step.lhs, rep.step.rhs, _printed(rep, letter), rep.counterexample, letter)
