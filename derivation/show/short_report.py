"""What `eq7 check DOC` prints: a document headline, then only what needs attention.

A student wants to know first whether the derivation holds and, if not, where and why. So the
default is: one line for the document, one line per derivation, and for each step that is not
valid (invalid, unreadable, undecided) its rows, the reason and the counterexample; a row that no
step reaches because it could not be read; the claim when it is not proved; the reading notes;
the verdict legend once; the status. `--verbose` (to_text with verbose=True) prints every row of
every derivation, as report.to_text does, with the legend still once.
"""
from __future__ import annotations

import os
import re
import sys

from .letters import in_letters
from derivation.read.prose_context import split
from .read_messages import plain
from .plain_math import plain_math
from .report import LEGEND, _at, _wrap, chain_letter, claim_span, counterexample_text, headline, step_words, summary, to_text, unread_rows
from .words import count, settle_plurals

VALID = ("proved", "holds")
STATUS_WORDS = {0: "every judged step is valid", 1: "some step is invalid",
                2: "nothing invalid, but something could not be read or decided"}
FOLD_AFTER = 10   # more clean derivations than this are counted, not listed (a long document stays short)


def _counts(reports) -> tuple[dict, int]:
    counts: dict[str, int] = {}
    for r in reports:
        for s in r.steps:
            counts[s.verdict] = counts.get(s.verdict, 0) + 1
    return counts, sum(len(unread_rows(r)) for r in reports)


def _counted(counts: dict, unread: int) -> list[str]:
    return [f"{n} {v}" for v, n in counts.items()] + ([f"{count(unread, 'row')} not read"] if unread else [])


def document_headline(docrep) -> str:
    """One line for the whole document: derivations, steps by verdict, unread rows, the statements in
    the prose (checked as context, prose_context.py), the status."""
    main, context = split(docrep)
    counts, unread = _counts([r for _, r in main])
    parts = _counted(counts, unread)
    # an unread row stands for the step that would reach it (as each derivation's headline counts it)
    what = f"{count(len(main), 'derivation')}, {count(sum(counts.values()) + unread, 'step')}"
    text = f"{what}: " + ", ".join(parts) if parts else what
    if context:
        c_counts, c_unread = _counts([r for _, r in context])
        text += (f"; {count(len(context), 'statement')} in the prose, checked as context: "
                 + ", ".join(_counted(c_counts, c_unread) or ["nothing to judge"]))
    return text + f". Status {docrep.status}: {STATUS_WORDS[docrep.status]}."


def _state(rep) -> str:
    if any(s.verdict == "invalid" for s in rep.steps) or rep.claim.verdict == "invalid":
        return "invalid"
    if unread_rows(rep) or any(s.verdict not in VALID for s in rep.steps):
        return "unsettled"
    return "valid"


def document_summary(main) -> str:
    """For a document of several derivations: how many are valid, which have invalid steps, which
    could not be read or decided (by their number, as the derivations are headed)."""
    by: dict[str, list[int]] = {}
    for k, (_, rep) in enumerate(main, 1):
        by.setdefault(_state(rep), []).append(k)

    def which(ks):
        names = [str(k) for k in ks[:12]] + (["..."] if len(ks) > 12 else [])
        return ("derivation " if len(ks) == 1 else "derivations ") + ", ".join(names)
    parts = []
    if by.get("valid"):
        parts.append(f"{len(by['valid'])} valid in every step")
    if by.get("invalid"):
        parts.append(f"{len(by['invalid'])} with an invalid step ({which(by['invalid'])})")
    if by.get("unsettled"):
        parts.append(f"{len(by['unsettled'])} with a row not read or a step undecided ({which(by['unsettled'])})")
    return f"Document summary: {count(len(main), 'derivation')}: " + "; ".join(parts) + "."


def _row_text(chain, k: int) -> str:
    row = chain.rows[k - 1]
    return f"row {k}" + (f", line {row.line}" if row.line else "") + ":  " + " ".join(row.latex.split())


def _attention(rep) -> list[str]:
    """The lines of one derivation that need attention; none when every judged step is valid."""
    chain, out = rep.chain, []
    for s in rep.steps:
        if s.verdict in VALID:
            continue
        st = s.step
        where = _at(st)
        limit = f" (limit reached: {s.limit})" if s.verdict == "undecided" and getattr(s, "limit", None) else ""
        out += ["", f"  {s.verdict.upper()}{limit}  {where}, step {st.number}"]
        rows = [st.from_row] if st.from_row == st.to_row else [st.from_row, st.to_row]
        out += [_wrap(_row_text(chain, k), "    ") for k in rows]
        out.append(_wrap(plain_math(in_letters(settle_plurals(step_words(s, chain)), chain_letter(chain))), "    "))
        if s.counterexample:
            out += counterexample_text(s, "    ", chain_letter(chain))
    for k, line in unread_rows(rep):
        out += ["", f"  UNREADABLE  " + (f"line {line}, " if line else "") + f"row {k} (no step reaches it)",
                _wrap(_row_text(chain, k), "    "), _wrap(f"could not be read: {plain(chain.rows[k - 1].error, chain.rows[k - 1].latex)}", "    ")]
    c = rep.claim
    if c.verdict not in VALID or out:
        # a claim that is one of the steps (a one-row derivation, two rows) was shown with that step
        same = any((s.step.from_row, s.step.to_row) == (c.step.from_row, c.step.to_row) for s in rep.steps)
        if not same:
            out += ["", f"  Claim: {claim_span(c.step)}, end to end:  {c.verdict.upper()}"]
            if c.counterexample and c.verdict not in VALID:
                out += counterexample_text(c, "    ", chain_letter(chain))
        out += ["", _wrap("Summary: " + plain_math(summary(rep)), "  ")]
    return out


def _span(rep) -> str:
    rows = rep.chain.rows
    return f"line {rows[0].line}" if rows[0].line == rows[-1].line else f"lines {rows[0].line}-{rows[-1].line}"


def _context_text(context, verbose: bool) -> list[str]:
    """The statements in the prose: one line when they are all valid (every row with --verbose), and
    what needs attention of each that is not."""
    if not context:
        return []
    at = sorted({rep.chain.rows[0].line for _, rep in context if rep.chain.rows[0].line})
    lines_at = (f"line {at[0]}" if len(at) == 1 else "lines " + ", ".join(map(str, at))) if at else "inline math"
    out = ["", _wrap(f"In the prose ({lines_at}): {count(len(context), 'statement')} checked as context "
                     "for the derivations, not counted as their steps.", "")]
    for _, rep in context:
        if verbose:
            out += ["", f"=== In the prose ({_span(rep)}) ===", to_text(rep, legend=False)]
            continue
        lines = _attention(rep)
        if lines:
            out += ["", _wrap(f"In the prose ({_span(rep)}): " + headline(rep).removeprefix("Result: "), "")] + lines
    return out


def to_text_document(docrep, verbose: bool = False, legend: bool = True) -> str:
    """The whole document: headline, derivations (short or every row), notes, legend once, status;
    `legend=False` for one of several documents (eq7 check a.md b.md prints it once, after them all)."""
    source = docrep.doc.source.name if getattr(docrep.doc, "source", None) else ""
    out = [f"eq7 check: {source}", _wrap(document_headline(docrep), "")]
    main, context = split(docrep)
    n = len(main)
    clean = 0
    for k, (_, rep) in enumerate(main, 1):
        name = (f"Derivation {k} of {n}" if n > 1 else "Derivation") + f" ({_span(rep)})"
        if verbose:
            out += ["", "=== " + name + " ===", to_text(rep, legend=False)]
            continue
        lines = _attention(rep)
        if not lines and n > FOLD_AFTER:
            clean += 1
            continue
        out += ["", _wrap(f"{name}: " + headline(rep).removeprefix("Result: "), "")] + lines
    if clean:
        out += ["", f"{count(clean, 'other derivation')}: every step valid, end-to-end claim proved or holding."]
    out += _context_text(context, verbose)
    if n > 1:
        out += ["", _wrap(document_summary(main), "")]
    if not docrep.reports:
        out += ["", "No derivation rows to check (only prose between the displays)."]
    notes = docrep.notes_text()
    if notes:
        out += ["", "Reading notes:"] + [_wrap(x, "  ") for x in notes]
    if legend:
        out += ["", _wrap(LEGEND, "")]
        if not verbose and docrep.reports:
            out.append(VERBOSE_HINT)
    else:
        out.append("")
    out.append(f"Status: {docrep.status} ({STATUS_WORDS[docrep.status]}).")
    return "\n".join(out)


VERBOSE_HINT = "Every row, with the rules of each proof: add --verbose."


def legend_text(verbose: bool = False) -> str:
    """The verdicts' legend (and the --verbose hint), said once however many documents were checked."""
    return _wrap(LEGEND, "") + ("" if verbose else "\n" + VERBOSE_HINT)


_COLOURS = {"INVALID": "31", "UNREADABLE": "33", "UNDECIDED": "33", "PROVED": "32", "HOLDS": "32"}


def wants_colour(stream=None) -> bool:
    """Colour on a terminal only, and never when NO_COLOR is set (https://no-color.org)."""
    stream = stream or sys.stdout
    return bool(getattr(stream, "isatty", lambda: False)()) and not os.environ.get("NO_COLOR")


def paint(text: str) -> str:
    """The verdict words in colour (ANSI): red for invalid, yellow for unread or undecided, green for valid."""
    return re.sub(r"\b(" + "|".join(_COLOURS) + r")\b", lambda m: f"\033[{_COLOURS[m.group(1)]}m{m.group(1)}\033[0m",
                  text)
