"""Derivation documents as pytest items: an instructor drops `derivation_*.md` / `derivation_*.tex`
files into a folder and runs `pytest`.

Each step of each derivation is one item, named by its rows and lines; it fails when the checker
finds the step invalid, with the counterexample in the message. The verdicts are eq7 check's: the
document is checked once, as `eq7 check` checks it (the readings of a row, a row's condition, a step
across \\propto), in the worker that keeps its budgets, and each item reads its step's verdict there.
An equation inside a prose sentence is context (prose_context.py): its items are named `prose (line 3)`. A row carrying `% expect: invalid`
makes the step that ends on it a strict expected failure: it fails if the step turns out valid.
Each derivation's end-to-end claim is one more item. An unreadable row or document is a failing
item saying where and what was expected. Class-sized runs: a file that cannot be read or checked
(garbage, too large, not UTF-8, a crash of the reader) is one failing item of its own with its
message, never a collection error, so the other files are still checked; a step over the checker's
budget fails as `undecided`; item names are deterministic, so `pytest -n auto` (pytest-xdist) and
`--junitxml` work. Links that are shown, not judged (an approximation, a new symbol's
definition) are not items; an inequality is judged as one.

Opt-in, as nbmake is: installing eq7 must not turn another project's `derivation_notes.md` into a
failing test. Files are collected only when asked:

    pytest --derivations folder/                      on the command line
    [pytest] derivations = true                       or in the ini file (pytest.ini, setup.cfg, ...)
    --derivation-glob 'hw*_*.md'  / derivation_glob   which files (default derivation_*.md derivation_*.tex)
    --derivation-step-timeout 5   / derivation_step_timeout    seconds per step (default: the checker's)

Item ids read as `derivation_alice.md::step 3 (line 12)` and `derivation_alice.md::claim (lines 4-12)`.

This module is loaded in every pytest run (entry point `pytest11`): it imports only pytest at the
top; the reader and the checker (SymPy) are imported when a derivation file is collected.
"""
from __future__ import annotations

import fnmatch

import pytest


_NOTES = pytest.StashKey[list]()  # reading notes (the documents' slips), shown after the run
DEFAULT_GLOB = "derivation_*.md derivation_*.tex"


def pytest_addoption(parser):
    group = parser.getgroup("derivations", "derivation documents checked step by step (eq7)")
    group.addoption("--derivations", action="store_true", default=None,
                    help="collect derivation documents (derivation_*.md, derivation_*.tex): each step is a test")
    group.addoption("--derivation-glob", metavar="PATTERNS", default=None,
                    help=f"space-separated file-name patterns of derivation documents (default: {DEFAULT_GLOB})")
    group.addoption("--derivation-step-timeout", metavar="SECONDS", type=float, default=None,
                    help="seconds each step may take before it fails as undecided (default: the checker's)")
    parser.addini("derivations", type="bool", default=False,
                  help="collect derivation documents, as --derivations does")
    parser.addini("derivation_glob", default=DEFAULT_GLOB,
                  help="space-separated file-name patterns of derivation documents")
    parser.addini("derivation_step_timeout", default="",
                  help="seconds each step may take before it fails as undecided")


def _asked(config) -> bool:
    flag = config.getoption("derivations", default=None)
    return bool(flag) if flag is not None else bool(config.getini("derivations"))


def _patterns(config) -> list[str]:
    return (config.getoption("derivation_glob", default=None) or config.getini("derivation_glob")).split()


def step_timeout(config) -> float | None:
    """The step budget asked for (option, then ini), or None for the checker's default."""
    value = config.getoption("derivation_step_timeout", default=None)
    if value is None:
        raw = str(config.getini("derivation_step_timeout") or "").strip()
        try:
            value = float(raw) if raw else None
        except ValueError:
            raise pytest.UsageError(f"derivation_step_timeout = {raw!r}: expected a number of seconds") from None
    if value is not None and not 0 < value < float("inf"):
        raise pytest.UsageError(f"--derivation-step-timeout {value}: expected a positive number of seconds")
    return value


def pytest_configure(config):
    if _asked(config):
        step_timeout(config)   # a bad budget is a usage error before any file is read, not a failure per step


def pytest_collect_file(file_path, parent):
    config = parent.config
    if not _asked(config):
        return None
    if any(fnmatch.fnmatch(file_path.name, p) for p in _patterns(config)):
        return DerivationFile.from_parent(parent, path=file_path)
    return None


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    notes = config.stash.get(_NOTES, [])
    if notes:
        terminalreporter.section("derivation reading notes (slips read as meant, not failures)")
        for n in notes:
            terminalreporter.write_line(n)


class DerivationFailure(Exception):
    """A step the checker refuted, or a row it could not read: the message says which and why."""


class JustificationWarning(UserWarning):
    """A valid step whose cited rule (`\\text{...}`, `% by: ...`) is not among the rules its proof used."""


class DerivationFile(pytest.File):
    def collect(self):
        try:
            from .meaning.chains import chains_of
            from .show.read_messages import plain
            from .show.report import chain_letter
            from .run.checkdoc import read_limited
            from .read.document import DocumentError
            from .read.reader import read_text
        except Exception as e:  # noqa: BLE001 - a broken install still gives one clear item per file
            yield ProblemItem.from_parent(self, name="document", message=f"the checker cannot load: {e!r}")
            return
        try:
            doc = read_text(read_limited(str(self.path)), str(self.path))
            pairs = chains_of(doc)
        except DocumentError as e:
            yield ProblemItem.from_parent(self, name="document", message=str(e), line=e.line)
            return
        except (OSError, UnicodeDecodeError) as e:
            yield ProblemItem.from_parent(self, name="document", message=f"cannot read the file: {e}")
            return
        except RecursionError:
            yield ProblemItem.from_parent(self, name="document", message="the document nests too deeply to read")
            return
        except Exception as e:  # noqa: BLE001 - one bad file must not stop the class's run
            yield ProblemItem.from_parent(self, name="document",
                                          message=f"the document could not be read ({type(e).__name__}: {e})")
            return
        self.config.stash.setdefault(_NOTES, []).extend(f"{self.path.name}: {n}" for n in doc.notes)
        self.text, self.checked, self.judged = doc.source.text, None, 0
        from .read.prose_context import flags_of
        context = flags_of(doc, [owners for _, owners in pairs])
        main = [k for k in range(len(pairs)) if not context[k]]
        seen: dict[str, int] = {}
        for k, (chain, owners) in enumerate(pairs):
            reported = set()
            letter = chain_letter(chain)
            # step numbers restart per derivation; a statement in the prose is named as such
            which = ("prose, " if context[k] else f"derivation {main.index(k) + 1}, " if len(main) > 1 else "")
            for index, step in enumerate(chain.steps()):
                to_row = owners[step.to_row - 1]
                name = f"{which}step {step.number} (line {step.to_line})"
                seen[name] = seen.get(name, 0) + 1
                if seen[name] > 1:
                    name += f" #{seen[name]}"
                bad = [r for r in (chain.rows[step.from_row - 1], chain.rows[step.to_row - 1]) if r.error]
                if bad:  # a step touching an unreadable row: fail with the reader's message
                    reported.update(r.line for r in bad)
                    yield ProblemItem.from_parent(self, name=name, line=bad[0].line,
                                                  message="unreadable: " + "; ".join(plain(r.error, r.latex) for r in bad))
                    continue
                item = StepItem.from_parent(self, name=name, step=step, line=step.to_line, letter=letter, derivation=k,
                                            index=index)
                self.judged += 1
                if to_row.row.expect == "invalid":
                    item.add_marker(pytest.mark.xfail(strict=True, raises=DerivationFailure,
                                                      reason=f"line {to_row.line} is marked `% expect: invalid`"))
                yield item
            for r in chain.rows:  # an unreadable row in no step (a one-row display) still fails
                if r.error and r.line not in reported:
                    yield ProblemItem.from_parent(self, name=f"line {r.line}: unreadable row",
                                                  message=f"unreadable: {plain(r.error, r.latex)}", line=r.line)
            if len(chain.steps()) > 1 and chain.rows[chain.claim_start()].readable and chain.rows[-1].readable:
                claim = chain.claim()
                item = StepItem.from_parent(self, name=f"{which}claim (lines {claim.from_line}-{claim.to_line})",
                                            step=claim, line=claim.from_line, letter=letter, derivation=k, claim=True)
                self.judged += 1
                if any(o.row.expect_claim == "invalid" for o in owners):
                    item.add_marker(pytest.mark.xfail(strict=True, raises=DerivationFailure,
                                                      reason="marked `% expect: invalid claim`"))
                yield item


class _Item(pytest.Item):
    def __init__(self, *, line=None, letter="Θ", **kw):
        super().__init__(**kw)
        self.line = line
        self.letter = letter   # the parameter as the document writes it (θ or Θ), for counterexamples

    def reportinfo(self):
        return self.path, (self.line or 1) - 1, self.name

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, DerivationFailure):
            return f"{self.path}:{self.line or ''}: {excinfo.value}"
        return super().repr_failure(excinfo, style)


class ProblemItem(_Item):
    """A document or row that could not be read: always a failure, with the reader's message."""

    def __init__(self, *, message: str, **kw):
        super().__init__(**kw)
        self.message = message

    def runtest(self):
        raise DerivationFailure(self.message)


class StepItem(_Item):
    def __init__(self, *, step, derivation=0, index=0, claim=False, **kw):
        super().__init__(**kw)
        self.step, self.derivation, self.index, self.claim = step, derivation, index, claim

    def runtest(self):
        report = self._verdict()
        if report.verdict in ("proved", "holds"):
            if report.justification_matches is False:
                import warnings
                warnings.warn(JustificationWarning(
                    f"{self.path.name}:{self.line}: the row cites '{self.step.justification}', but the proof "
                    f"used: {', '.join(report.rules) or 'no named rule'}"))
            return
        raise DerivationFailure(explain(report, self.letter))


    def _verdict(self):
        """This step's report in the document's check (made once per file, by the first of its items)."""
        checked = _document(self.parent)
        if isinstance(checked, str):
            raise DerivationFailure(checked)
        chain = checked.reports[self.derivation]
        if self.claim:
            return chain.claim
        if len(chain.steps) == len(chain.chain.steps()):   # check_chain: one report per step, in order
            return chain.steps[self.index]
        raise DerivationFailure("undecided: this step is not in the document's check (the checker read it differently)")


def _document(file):
    """The file's DocumentReport, checked once as `eq7 check` checks it (bounded.check_text: the worker,
    the step and document budgets), or the reason it could not be, in words."""
    if file.checked is None:
        from .meaning.budget import DEFAULT
        from .run.bounded import DOCUMENT_SECONDS, check_text
        from .run.worker import WorkerDied, WorkerTimeout

        timeout = step_timeout(file.config)
        # every step its own budget twice over, as when each item was checked alone; at least eq7 check's
        seconds = max(DOCUMENT_SECONDS, file.judged * (2 * (timeout or DEFAULT.seconds) + 1))
        try:
            file.checked = check_text(file.text, str(file.path), timeout=timeout, document_timeout=seconds)
        except (WorkerTimeout, WorkerDied) as e:
            file.checked = f"undecided: {e}"
        except Exception as e:  # noqa: BLE001 - the checker failing on the document: undecided, with the reason
            file.checked = f"undecided: the checker failed on this document ({type(e).__name__}: {e})"
    return file.checked


def explain(report, letter: str = "Θ") -> str:
    """A refuted step in words: the verdict, why, and the counterexample to recompute by hand -- the
    same tables `eq7 check` prints (report.counterexample_text: the instance the step was refuted on,
    the general reader's own tables included), not a summary of a base instance."""
    from .show.words import settle_plurals
    from .show.letters import in_letters
    from .show.plain_math import plain_math
    lines = [f"{report.verdict}: {plain_math(in_letters(settle_plurals(report.explanation), letter))}"]
    ce = report.counterexample
    if ce is not None:
        try:
            from .show.report import counterexample_text
            lines += counterexample_text(report, "  ", letter)   # its first line says "Counterexample: ..."
        except Exception:  # noqa: BLE001 - an instance the text report cannot describe: the values shown
            from .show.shown_counterexample import fields   # as in the JSON: only what the sides used
            d = fields(ce)
            shown = {k: v for k, v in d.items() if k not in ("lhs", "rhs", "lhs_exact", "rhs_exact")}
            lines.append(f"counterexample: {shown}: left side {_side(d, 'lhs')}, right side {_side(d, 'rhs')}")
    return "\n".join(lines)


def _side(d: dict, key: str) -> str:
    """A side's value at the counterexample; a side without one (1/0, log 0) says so in words."""
    v = d.get(key)
    return f"{v:.6g}" if v is not None else str(d.get(key + "_exact") or "undefined (no value)")
