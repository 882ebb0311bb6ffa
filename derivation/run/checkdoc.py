"""Check every derivation of a document: read it, run the checker on each display, report.

Exit status of a check (what `eq7 check DOC` returns):
    0  every judged step is valid (proved or holds)
    1  some step is invalid
    2  nothing invalid, but something could not be read or decided (a row, a step over the budget,
       or the document: no math, an unclosed display, too large, not UTF-8)
Verdict strings are treated generically: anything but proved/holds/invalid (undecided, unreadable,
what the checker may add) makes the status 2. Links that are shown, not judged (an approximation,
an inequality, a new symbol's definition) do not count.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from importlib import resources

from derivation.judge.display import DocumentDisplay
from derivation.read.document import MAX_DOCUMENT_CHARS, DocumentError
from derivation.read.reader import Document, read_text

POST = "kim_bengio_eq7_post.md"
VALID = ("proved", "holds")
# A document larger than this (bytes) is refused before it is read whole: `eq7 check /dev/zero` stops here.
MAX_DOCUMENT_BYTES = MAX_DOCUMENT_CHARS


def shipped_post() -> tuple[str, str]:
    """(text, name) of the blog post shipped with the package."""
    text = resources.files("derivation").joinpath("data", POST).read_text(encoding="utf-8")
    return text, f"derivation/data/{POST}"


@dataclass
class DocumentReport(DocumentDisplay):
    """A checked document: one ChainReport per derivation, the reading notes, and the exit status."""
    doc: Document
    reports: list            # ChainReport per display, in document order
    owners: list             # per display: the ReadRow of each chain row

    @property
    def unreadable(self) -> bool:
        """Something neither valid nor invalid: an unreadable row, a step undecided or unreadable."""
        return (bool(self.doc.errors) or not self.reports
                or any(s.verdict not in VALID + ("invalid",) for r in self.reports for s in r.steps))

    @property
    def invalid(self) -> bool:
        return any(s.verdict == "invalid" for r in self.reports for s in r.steps)

    @property
    def status(self) -> int:
        return 1 if self.invalid else 2 if self.unreadable else 0

    def counts(self) -> dict:
        """Steps per verdict over the whole document (shown links under 'unjudged')."""
        out: dict[str, int] = {}
        for r in self.reports:
            for s in r.steps:
                out[s.verdict] = out.get(s.verdict, 0) + 1
            out["unjudged"] = out.get("unjudged", 0) + sum(not st.judged for st in r.chain.links())
        return out

    @property
    def main(self):
        """The report of the main derivation: the display with the most rows (the post's align)."""
        return max(self.reports, key=lambda r: len(r.chain.rows)) if self.reports else None

    def notes_text(self) -> list[str]:
        out = [f"NOTE  line {n.line}, column {n.column}: {n.message} (a slip of the document, read as "
               "it means; not a failure)" for n in self.doc.notes]
        out += [f"UNREADABLE  {e}" for e in self.doc.errors]
        return out

    def to_text(self) -> str:
        from derivation.show.report import to_text

        parts = []
        for k, rep in enumerate(self.reports):
            if len(self.reports) > 1:
                parts.append(f"=== derivation {k + 1} of {len(self.reports)} "
                             f"(lines {rep.chain.rows[0].line}-{rep.chain.rows[-1].line}) ===")
            parts.append(to_text(rep))
            parts.append("")
        notes = self.notes_text()
        if notes:
            parts += ["Reading notes:"] + ["  " + n for n in notes]
        if not self.reports:
            parts.append("No derivation rows to check (only prose between the displays).")
        word = {0: "every judged step is valid", 1: "some step is invalid",
                2: "nothing invalid, but something could not be read or decided"}
        parts.append(f"Status: {self.status} ({word[self.status]}).")
        return "\n".join(parts)

    def to_dict(self) -> dict:
        from derivation.show.report import to_dict

        ds = [to_dict(r) for r in self.reports]
        extra = {"notes": [{"line": n.line, "column": n.column, "message": n.message} for n in self.doc.notes],
                 "errors": [{"line": e.line, "column": e.column, "message": e.message, "expected": e.expected}
                            for e in self.doc.errors],
                 "prose": [{"line": r.line, "kind": "prose", "text": r.row.justification or r.latex}
                           for r in self.doc.prose],
                 "counts": self.counts(), "status": self.status}
        if len(ds) == 1:
            return {**ds[0], **extra}
        steps = [{**s, "derivation": k + 1} for k, d in enumerate(ds) for s in d["steps"]]
        if not ds:
            return {"source": self.doc.source.name, "derivations": [], "steps": [], "claim": None, **extra}
        main = self.reports.index(self.main)
        return {"source": self.doc.source.name, "derivations": ds, "steps": steps,
                "claim": {**ds[main]["claim"], "derivation": main + 1}, **extra}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False)


def check_text(text: str, name: str = "<document>", title: str = "", timeout: float | None = None) -> DocumentReport:
    """Read and check a document's text (one reader for every document: derivation/meaning/chains.py). DocumentError when it
    has no math or an unclosed display. `timeout`: seconds per step (derivation/meaning/budget.py)."""
    doc, pairs, refines = _read_with_refines(text, name, title, timeout)
    return DocumentReport(doc, [_checked(c, timeout, r) for (c, _), r in zip(pairs, refines)], [o for _, o in pairs])


def step_reports(text: str, name: str = "<document>", timeout: float | None = None):
    """(the Document read, its chains, each step's StepReport): every step judged with its readings and what the
    document adds (as check_text judges it), but no claim and no track. check_step's two-row document has one
    step, its own claim: judged once here, not twice."""
    doc, pairs, refines = _read_with_refines(text, name, "", timeout)
    out = [_step_alone(chain, st, refine, timeout) for (chain, _), refine in zip(pairs, refines) for st in chain.steps()]
    return doc, [c for c, _ in pairs], out


def _read_with_refines(text: str, name: str, title: str, timeout):
    """(the Document, its (Chain, ReadRows) pairs, each chain's refine): what the whole document adds to the
    judging of every step, gathered once."""
    from derivation.judge.declared_sets import declarations
    from derivation.read.declared_values import premises, ties
    from derivation.judge.definitions_respected import definitions_of
    from derivation.meaning.chains import chains_of

    doc = read_text(text, name)
    pairs = chains_of(doc, title=title)
    definitions = definitions_of([c for c, _ in pairs])
    decls = declarations(text)   # a state's space declared in inline maths binds the rows after it
    tie = ties(text)             # `$\beta = 1/T$` in prose: a refutation drawing the letters apart is none
    assumed = premises(text)     # `$a > 0$` in prose: a counterexample outside it is none
    unread = _unread(pairs)
    return doc, pairs, [_refine(c, o, definitions, timeout, decls, tie, unread, assumed) for c, o in pairs]


def _unread(pairs):
    """The letters the document defines in rows the checker could not read ($n(x) = ...$ unread): no
    arbitrary letters (unread_definitions.py)."""
    from derivation.meaning.unread_definitions import defined_letters
    return defined_letters([(o.line, o.latex) for c, own in pairs for r, o in zip(c.rows, own) if not r.readable])


def _refine(chain, owners, definitions, timeout, decls=(), tie=(), unread=(), assumed=()):
    """What the document adds to the verdict on one reading of a step, inside the judge (check_chain's
    `refine`): a row written under a condition (\text{for } \beta = 0) is judged where it holds, and a
    counterexample must keep every definition the document gives."""
    from derivation.judge.conditions import condition_of, judge as under
    from derivation.judge.definitions_respected import respected
    from derivation.judge.approximate import judge as approximate
    from derivation.judge.rounded import judge as to_printed_digits

    from derivation.judge.declared_sets import judge as declared, outside_premises, tied
    from derivation.meaning.unread_definitions import judge as unread_def

    def refine(rep, lhs, rhs, step, claim):
        written = " ".join(chain.rows[k - 1].latex or "" for k in {step.from_row, step.to_row} if 0 < k <= len(chain.rows))
        main = lhs is step.lhs and rhs is step.rhs   # the main reading (readings.py: Reading(MAIN, step.lhs, ..))
        rep = to_printed_digits(rep, lhs, rhs, written)   # 1.406 claims -ln 0.245 to 3 decimals (rounded.py)
        rep = approximate(rep, lhs, rhs, chain.rows, step, written)   # \approx 0.731: only its digits (approximate.py)
        rep = tied(declared(rep, decls, step.to_line, timeout, lhs, rhs, written, main), tie, step.to_line, lhs, rhs)
        rep = outside_premises(rep, assumed, step.to_line)   # `$a > 0$` in prose: a counterexample at a = -1 is none
        rep = unread_def(under(rep, condition_of(step, owners, claim), timeout, lhs, rhs), unread, lhs, rhs)
        return respected(rep, definitions, chain.rows, lhs, rhs) if definitions else rep
    return refine


def _checked(chain, timeout: float | None = None, refine=None):
    """check_chain, and if the checker itself fails on this chain, each step on its own: a step the
    checker cannot handle is `undecided` with the reason, the others keep their verdicts."""
    from derivation.judge.check import ChainReport, StepReport, check_chain

    try:
        # several readings of a row (letters the vocabulary does not know beside the model's objects among
        # them) are judged inside check_chain (readings.py): nothing after the judge changes a verdict
        return check_chain(chain, timeout=timeout, refine=refine)
    except Exception as e:  # noqa: BLE001 - one bad chain must not take the document down
        why = f"the checker failed on this step ({type(e).__name__}: {str(e)[:200]})"
    steps = [_step_alone(chain, st, refine, timeout) for st in chain.steps()]
    claim = StepReport(chain.claim(), "undecided", explanation=f"Undecided: {why}.", limit="internal error")
    return ChainReport(chain, tuple(steps), claim, tuple(None for _ in chain.rows),
                       "Some steps could not be checked: " + why + ".")


def _step_alone(chain, st, refine, timeout):
    """One step judged on its own, with its readings and the document's refinements: `unreadable` when a row is,
    `undecided` naming the error when the checker itself fails on it."""
    from derivation.judge.check import StepReport, check_proportional, check_step
    from derivation.judge.proportional import subject
    from derivation.judge.verdict import judge

    rows = [chain.rows[st.from_row - 1], chain.rows[st.to_row - 1]]
    if not all(r.readable for r in rows):
        return StepReport(st, "unreadable", explanation="Unreadable: " + "; ".join(
            r.error or "" for r in rows if not r.readable))
    one = refine or (lambda rep, a, b, s, claim: rep)

    def each(a, b, s):   # a step across \propto is a proportionality here too, never an equality (check.py)
        if s.kind == "proportional":
            return check_proportional(a, b, s.justification, subject(chain.rows, s.from_row), step=s, timeout=timeout)
        return check_step(a, b, s.justification, step=s, timeout=timeout)
    try:
        return judge(st, chain.rows, lambda a, b, s: one(each(a, b, s), a, b, s, False))
    except Exception as e:  # noqa: BLE001 - one step the checker fails on must not take the others down
        return StepReport(st, "undecided", explanation=f"Undecided: the checker failed on this step "
                                                       f"({type(e).__name__}: {str(e)[:200]}).", limit="internal error")


def read_limited(path: str, limit: int = MAX_DOCUMENT_BYTES) -> str:
    """A file's text, reading at most limit+1 bytes: a larger file (or /dev/zero) is refused, never
    read whole. DocumentError for too large or not UTF-8; OSError propagates."""
    import sys

    if path == "-" and getattr(sys.stdin, "buffer", None) is None:  # a text stream (tests, notebooks)
        data = sys.stdin.read(limit + 1).encode("utf-8", "surrogateescape")
    elif path == "-":
        data = sys.stdin.buffer.read(limit + 1)
    else:
        with open(path, "rb") as f:
            data = f.read(limit + 1)
    name = "<stdin>" if path == "-" else path
    if len(data) > limit:
        raise DocumentError(f"{name}: larger than {limit} bytes (the limit of a document eq7 reads); "
                            "split it or check a part")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise DocumentError(f"{name}: not UTF-8 text (byte {e.start}: {data[e.start:e.start + 1]!r}); "
                            "expected a Markdown or LaTeX document") from None
    if "\x00" in text:
        raise DocumentError(f"{name}: a binary file (it holds NUL bytes); expected a Markdown or LaTeX document")
    return text


def check_path(path: str | None, timeout: float | None = None) -> DocumentReport:
    """Check a file (None: the shipped post; "-": standard input). OSError / DocumentError propagate."""
    if path is None:
        text, name = shipped_post()
        return check_text(text, name, title="Kim & Bengio (2016) eq. (7), as the blog post derives it",
                          timeout=timeout)
    text = read_limited(path)
    return check_text(text, "<stdin>" if path == "-" else str(path), timeout=timeout)


__all__ = ["DocumentError", "DocumentReport", "check_path", "check_text", "read_limited", "shipped_post"]

