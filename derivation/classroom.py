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

from .judge.display import VerdictDisplay
from .show.letters import in_letters, param_letter
from .show.words import settle_plurals


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
        from .show.plain_math import plain_math   # $...$ in the explanation, as a terminal shows it
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


def check_step(before: str, after: str, justification: str | None = None,
               timeout: float | None = None) -> StepVerdict:
    """Is `before = after` valid for every finite state space, data set and energy?

    `timeout`: seconds the step may take (default derivation.meaning.budget.DEFAULT.seconds). Raises
    StepInputError for an argument of the wrong kind; everything else is a verdict. The step runs in
    a worker process that is stopped past its budget (derivation/run/worker.py), whatever SymPy does."""
    from .judge.check import make_budget
    from .run import bounded
    from .run.worker import WorkerDied, WorkerTimeout

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
    from .judge.check import make_budget

    for which, value in (("before", before), ("after", after)):
        if not isinstance(value, str):
            raise StepInputError(f"check_step: {which} must be a LaTeX string, got {type(value).__name__}")
    if justification is not None and not isinstance(justification, str):
        raise StepInputError(f"check_step: justification must be a string or None, "
                             f"got {type(justification).__name__}")
    try:
        make_budget(timeout)
    except (TypeError, ValueError) as e:
        raise StepInputError(f"check_step: {e}") from None
    for which, text in (("before", before), ("after", after)):
        rel = other_relation(_last_side(text))
        if rel:  # judging only the equality would drop the relation: a ≤ read as = is a false `proved`
            return StepVerdict("unreadable", f"{which}: the relation {rel} is not an equality; check_step "
                                             "judges `before = after` only")
    return _through_document(before, after, justification, timeout)


def _unreadable(which: str, text: str, where: str, message: str) -> StepVerdict:
    """The reader could not read a side: the mistake named when it can be found in the side as written
    (read_messages.py), else the reader's message without its list of parser tokens."""
    from .show.read_messages import side_mistake, without_tokens
    mistake = side_mistake(text)
    if mistake:
        return StepVerdict("unreadable", f"{which}: {mistake}")
    return StepVerdict("unreadable", f"{where}: {without_tokens(message)} (check_step reads the notation of "
                                     "the post and of the chapter: see the README)")


def shown_fields(counterexample) -> dict:
    from .show.shown_counterexample import fields
    return fields(counterexample)


def _printed(report, letter: str = "Θ") -> tuple[str, ...]:
    """The counterexample's lines as the text report prints them (() when there is none or it cannot)."""
    if report.counterexample is None:
        return ()
    try:
        from .show.report import counterexample_text
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
    return _last_side_at(text)[0]


def _last_side_at(text: str) -> tuple[str, int]:
    """(the last side, where it starts in `text`): columns of an unreadable side are the student's own."""
    depth, cut = 0, -1
    for k, ch in enumerate(text):
        depth += ch in "{("
        depth -= ch in "})"
        if ch == "=" and depth == 0:
            cut = k
    tail = text[cut + 1:].replace("&", " ")
    return tail.strip(), cut + 1 + len(tail) - len(tail.lstrip())


def _through_document(before: str, after: str, justification: str | None = None,
                      timeout: float | None = None) -> StepVerdict:
    """`before = after` read and judged as a two-row derivation (`before \\ = after`) by the one reader
    every document goes through: the same meaning, the same messages, the same counterexamples."""
    from .run.checkdoc import DocumentError, step_reports

    (a, at_a), (b, at_b) = _last_side_at(before), _last_side_at(after)
    for which, side, text in (("before", a, before), ("after", b, after)):
        if not side:
            return _unreadable(which, text, f"{which}, column {len(text) + 1}", "empty (expected an expression)")
    by = f"  % by: {justification}" if justification and "\n" not in justification else ""
    head = "$$\n"
    second = f"{a} \\\\\n"
    doc_text = f"{head}{second}= {b}{by}\n$$\n"
    spans = (("before", before, at_a, len(head), a), ("after", after, at_b, len(head) + len(second) + 2, b))
    try:   # its one step is its claim: judged once (step_reports), with its readings, as eq7 check judges it
        doc, chains, steps = step_reports(doc_text, "<check_step>", timeout=timeout)
    except DocumentError as e:
        return _unreadable("before", before, "before", str(e))
    errors = list(doc.errors) + [row.error for chain in chains for row in chain.rows if row.error]
    if len(steps) != 1 or steps[0].verdict == "unreadable" or doc.errors:
        return _located(doc_text, errors, spans)
    rep = steps[0]
    ce = shown_fields(rep.counterexample) if rep.counterexample is not None else None
    letter = param_letter([before, after])
    return StepVerdict(rep.verdict, in_letters(settle_plurals(rep.explanation), letter), tuple(rep.rules), ce,
                       rep.step.lhs, rep.step.rhs, _printed(rep, letter), rep.counterexample, letter)


def _located(doc_text: str, errors, spans) -> StepVerdict:
    """An unreadable step: the first error, named by the side it is in (before, after) and its column there."""
    from .read.reader_types import Problem

    first = next((e for e in errors if isinstance(e, Problem)), None)
    if first is None:
        message = next((str(e) for e in errors), "could not be read")
        return _unreadable("before", spans[0][1], "before", message.split(": ", 1)[-1])
    lines = doc_text.split("\n")
    offset = sum(len(x) + 1 for x in lines[:first.line - 1]) + first.column - 1
    which, text, at, start, side = spans[1] if offset >= spans[1][3] - 2 else spans[0]
    column = at + max(0, min(offset - start, len(side))) + 1
    tail = f" (expected {first.expected})" if first.expected else ""
    return _unreadable(which, text, f"{which}, column {column}", first.message + tail)
