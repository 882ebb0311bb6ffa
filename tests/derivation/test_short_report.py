"""`eq7 check`'s default: a document headline, then only what needs attention, the legend once;
`--verbose`: every row (derivation/show/short_report.py)."""
from pathlib import Path

import pytest

from derivation.run.checkdoc import check_text
from derivation.show.report import LEGEND
from derivation.show.short_report import document_headline, to_text_document
from eq7.cli import main

DOCS = Path(__file__).resolve().parents[1] / "derivations"
LEGEND_START = LEGEND[:40]


@pytest.fixture(scope="module")
def wrong():
    path = DOCS / "derivation_student_sign.tex"
    return check_text(path.read_text(), str(path))


@pytest.fixture(scope="module")
def correct():
    path = DOCS / "derivation_eq7_corrected.md"
    return check_text(path.read_text(), str(path))


def test_default_shows_only_the_steps_that_need_attention(wrong):
    text = to_text_document(wrong)
    lines = text.splitlines()
    assert lines[1] == document_headline(wrong) and lines[1].startswith("2 derivations, 4 steps: 1 proved, 3 invalid")
    invalid = sum(s.verdict == "invalid" for r in wrong.reports for s in r.steps)
    assert sum(l.startswith("  INVALID  ") for l in lines) == invalid == 3
    assert "PROVED  --" not in text and "read as:" not in text     # the proved step is not listed
    assert text.count("Counterexample:") >= invalid
    assert text.count(LEGEND_START) == 1 and lines[-1].startswith("Status: 1")


def test_verbose_shows_every_row_and_the_legend_once(wrong):
    text = to_text_document(wrong, verbose=True)
    rows = sum(len(r.chain.rows) for r in wrong.reports)
    assert text.count("read as:") == rows and "PROVED  --" in text
    assert text.count(LEGEND_START) == 1


def test_a_valid_document_is_a_few_lines(correct):
    text = to_text_document(correct)
    assert "all 12 steps proved; end-to-end claim proved." in text and "row 1" not in text
    assert len(text.splitlines()) < 15


def test_a_half_written_derivation_shows_the_row_not_read():
    rep = check_text("$$\n\\log Z = \\log \\sum_x e^{-E(x)} \\\\\n&=\n$$\n", "half.md")
    text = to_text_document(rep)
    assert "1 row not read" in text.splitlines()[1]
    assert "UNREADABLE  line 3, row 2" in text and "Every step is valid" not in text


def test_many_clean_derivations_are_counted_not_listed():
    doc = "".join(f"Text {k}.\n\n$$\nZ = \\sum_x e^{{-E(x)}}\n$$\n\n" for k in range(12)) + "$$\nZ = Z + 1\n$$\n"
    rep = check_text(doc, "many.md")
    text = to_text_document(rep)
    assert "12 other derivations: every step valid" in text and text.count("INVALID  ") == 1
    assert text.count(LEGEND_START) == 1


def test_the_command_is_short_by_default_and_long_with_verbose(capsys):
    doc = str(DOCS / "derivation_student_sign.tex")
    assert main(["check", doc]) == 1
    short = capsys.readouterr().out
    assert main(["check", doc, "--verbose"]) == 1
    long = capsys.readouterr().out
    assert "read as:" not in short and "read as:" in long and len(short) < len(long)


def test_colour_only_on_a_terminal_and_never_with_no_color(monkeypatch):
    import io

    from derivation.show.short_report import paint, wants_colour

    class Tty(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert wants_colour(Tty()) and not wants_colour(io.StringIO())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not wants_colour(Tty())
    assert paint("  INVALID  lines 7->8") == "  \033[31mINVALID\033[0m  lines 7->8"


def test_several_documents_print_the_legend_once(tmp_path, capsys):
    from eq7.cli import main

    docs = []
    for name in ("a.md", "b.md", "c.md"):
        (tmp_path / name).write_text("$$\n\\log Z_\\theta = \\log \\sum_x e^{-E_\\theta(x)}\n$$\n")
        docs.append(str(tmp_path / name))
    assert main(["check", *docs]) == 0
    out = capsys.readouterr().out
    assert out.count(LEGEND_START) == 1 and out.count("add --verbose") == 1
    assert out.index("3 documents:") < out.index(LEGEND_START)   # after them all
