"""derivation/run/bounded.py: a document comes back within its budgets whatever SymPy does in it;
a stopped row or step is reported as such and the rest of the document keeps its verdicts."""
import io
import time

import pytest

from derivation.run import worker
from derivation.run import bounded

pytestmark = pytest.mark.skipif(not worker.available(), reason="no fork here (the worker is Unix-only)")

VALID = "$$\n\\log Z_\\theta + 1 = 1 + \\log Z_\\theta\n$$\n"


def test_a_tower_is_refused_never_built():
    text = "Let\n$$\nx = 9^{9^{9}}\n$$\nthen\n$$\n9^{9^{9}} + 0 = x\n$$\n" + VALID
    start = time.monotonic()
    rep = bounded.check_text(text, "tower.md")
    assert time.monotonic() - start < 40   # returns at all (building 9^(9^9) takes minutes)
    verdicts = [s.verdict for r in rep.reports for s in r.steps]
    assert "proved" not in verdicts[:-1] and verdicts[-1] == "proved"


def _hang_reading_marked():
    """A reading stuck in C on sides holding 7777 (the watch wraps it as it would the real one)."""
    from derivation.meaning import built

    real = built.built_safely

    def stuck(convert, node):
        if "7777" in repr(node):
            pow(9, 9 ** 9)
        return real(convert, node)
    built.built_safely = stuck


def test_a_row_stuck_in_its_reading_is_unreadable_and_the_rest_checked():
    from derivation.run.checkdoc import check_text

    text = "$$\nx_1 = 7777 + \\log Z_\\theta\n$$\n" + VALID
    rep = worker.call(check_text, text, "t.md", seconds=40, watch=(_hang_reading_marked,) + bounded.WATCH)
    assert any("took longer" in e for r in rep.reports for e in [row.error or "" for row in r.chain.rows]) \
        or any("took longer" in e.message for e in rep.doc.errors)
    assert [s.verdict for r in rep.reports for s in r.steps][-1] == "proved"


def _hang_on_marked_steps():
    """A check_step that is stuck in C on rows holding 7777 (the watch wraps it as it would the real one)."""
    from derivation.judge import check

    real = check.check_step

    def stuck(lhs, rhs, *a, **k):
        if "7777" in str(lhs) + str(rhs):
            pow(9, 9 ** 9)
        return real(lhs, rhs, *a, **k)
    check.check_step = stuck


def test_a_stuck_step_is_undecided_time_and_the_others_keep_their_verdicts():
    from derivation.run.checkdoc import check_text

    text = ("\\begin{align*}\n\\log Z_\\theta + 1 &= 1 + \\log Z_\\theta \\\\\n&= \\log Z_\\theta + 7777\n"
            "\\end{align*}\n$$\n\\log Z_\\theta + 2 = 3 + \\log Z_\\theta\n$$\n")
    rep = worker.call(check_text, text, "t.md", timeout=0.5, seconds=40,
                      watch=(_hang_on_marked_steps,) + bounded.WATCH)
    verdicts = [(s.verdict, s.limit) for r in rep.reports for s in r.steps]
    assert verdicts[0] == ("proved", None)
    assert verdicts[1] == ("undecided", "time")
    assert "inside SymPy" in rep.reports[0].steps[1].explanation
    assert verdicts[2][0] == "invalid"


def test_the_document_budget_answers_the_remaining_steps_at_once():
    rows = "\\\\\n".join(f"&= \\log Z_\\theta + 7777{k}" for k in range(8))
    text = "\\begin{align*}\n\\log Z_\\theta " + rows + "\n\\end{align*}\n"
    from derivation.run.checkdoc import check_text

    start = time.monotonic()
    rep = worker.call(check_text, text, "t.md", timeout=0.3, seconds=2,
                      watch=(_hang_on_marked_steps,) + bounded.WATCH)
    assert time.monotonic() - start < 30
    steps = rep.reports[0].steps
    assert all(s.verdict == "undecided" and s.limit == "time" for s in steps)
    assert any("document used up its budget" in s.explanation for s in steps)


def test_progress_only_on_a_terminal():
    out = io.StringIO()
    p = bounded.Progress("doc.md", True, out)
    p.update("step", 3, 5.0)
    assert out.getvalue() == ""


def test_the_document_budget_is_an_option_stated_in_help(capsys):
    from eq7.cli import main

    with pytest.raises(SystemExit):
        main(["check", "--help"])
    assert "--document-timeout" in capsys.readouterr().out
    assert main(["check", "--document-timeout", "0"]) == 2
    assert "--document-timeout must be a positive number" in capsys.readouterr().err
