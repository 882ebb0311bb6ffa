"""One step at a time, for notebooks and exercises: `check_step(before, after)`.

    >>> from derivation.classroom import check_step
    >>> check_step(r"\\frac{\\partial \\log Z}{\\partial\\Theta}",
    ...            r"-\\sum_x P_\\Theta(x)\\frac{\\partial E(x)}{\\partial\\Theta}").verdict
    'proved'

Both strings are LaTeX in any notation the reader knows (the post's, `\\nabla_\\theta`, `\\mathbb{E}`,
...). A leading `=` or `&=` is allowed; when a string is an equation `a = b`, its last side is used,
so a row copied from an align block works as is. The symbols keep their fixed meaning
(DESIGN.md): Z sums over the whole state space, a sum over i = 1..N over the data.
"""
from __future__ import annotations

from dataclasses import dataclass

from .display import VerdictDisplay


@dataclass(frozen=True)
class StepVerdict(VerdictDisplay):
    verdict: str                 # proved | holds | invalid | unreadable
    explanation: str
    rules: tuple[str, ...] = ()
    counterexample: dict | None = None
    before: object = None        # the SymPy expressions read (None when unreadable)
    after: object = None

    @property
    def valid(self) -> bool:
        return self.verdict in ("proved", "holds")

    def __str__(self) -> str:
        text = f"{self.verdict}: {self.explanation}"
        if self.counterexample:
            c = self.counterexample
            text += (f"\ncounterexample: {c['states']} states, data {c['data']}, energies {c['energy']}, "
                     f"dE/dTheta {c['denergy']}: before = {c['lhs']:.6g}, after = {c['rhs']:.6g}")
        return text


def _read(text: str, which: str):
    from .latex.parse import ReadError, parse_tree, transform
    from .latex.to_sympy import to_sympy

    if not isinstance(text, str):
        raise TypeError(f"check_step: {which} must be a LaTeX string, got {type(text).__name__}")
    body = text.replace("&", " ")
    if not body.strip():
        raise ReadError("empty", 0, "an expression")
    tree = parse_tree(body)
    sides = [c for c in tree.children if hasattr(c, "data")]
    ast, _ = transform(sides[-1])
    return to_sympy(ast)


def check_step(before: str, after: str, justification: str | None = None) -> StepVerdict:
    """Is `before = after` valid for every finite state space, data set and energy?"""
    from .check import check_step as check
    from .latex.parse import ReadError

    exprs = []
    for which, text in (("before", before), ("after", after)):
        try:
            exprs.append(_read(text, which))
        except ReadError as e:
            where = f"{which}, column {e.offset + 1}"
            return _through_document(before, after) or StepVerdict("unreadable", f"{where}: {e}")
    report = check(exprs[0], exprs[1], justification)
    ce = report.counterexample.as_dict() if report.counterexample is not None else None
    return StepVerdict(report.verdict, report.explanation, tuple(report.rules), ce, exprs[0], exprs[1])


def _last_side(text: str) -> str:
    """`&= b` or `a = b` -> `b` (a row copied from an align block); top-level `=` only."""
    depth, cut = 0, -1
    for k, ch in enumerate(text):
        depth += ch in "{("
        depth -= ch in "})"
        if ch == "=" and depth == 0:
            cut = k
    return text[cut + 1:].replace("&", " ").strip()


def _through_document(before: str, after: str) -> StepVerdict | None:
    """The chapter's wider notation (integrals, KL, entropy, latent variables, ...) is read by the
    document reader: check `before = after` as a one-row document; None when that cannot read it either."""
    from .latex.checkdoc import DocumentError, check_text

    a, b = _last_side(before), _last_side(after)
    if not a or not b:
        return None
    try:
        doc = check_text(f"$$\n{a} = {b}\n$$\n", "<check_step>")
    except DocumentError:
        return None
    steps = [s for r in doc.reports for s in r.steps]
    if len(steps) != 1 or steps[0].verdict == "unreadable" or doc.doc.errors:
        return None
    rep = steps[0]
    ce = rep.counterexample.as_dict() if rep.counterexample is not None else None
    return StepVerdict(rep.verdict, rep.explanation, tuple(rep.rules), ce, rep.step.lhs, rep.step.rhs)
