"""Inline mathematics in a prose sentence is context, not a derivation (prose_context.py): the text
report, eq7 grade and the companion count the student's derivation only; a wrong statement in the
prose is still reported; a document of many derivations has one legend and a document summary."""
from __future__ import annotations

import pytest

from derivation.grade import grade_file
from derivation.run.checkdoc import check_text
from derivation.read.prose_context import context_flags
from derivation.show.short_report import to_text_document

DERIVATION = r"""
$$
\begin{aligned}
\frac{\partial}{\partial\theta} \log p_\theta(x) &= \frac{\partial}{\partial\theta}\left(-E_\theta(x) - \log Z(\theta)\right) \\
&= -\frac{\partial E_\theta(x)}{\partial\theta} - \frac{\partial \log Z(\theta)}{\partial\theta} \\
&= -\frac{\partial E_\theta(x)}{\partial\theta} + \sum_{x'} p_\theta(x')\frac{\partial E_\theta(x')}{\partial\theta}
\end{aligned}
$$
"""
PROSE = (r"Let the model be $p_\theta(x) = e^{-E_\theta(x)}/Z(\theta)$ where the partition function is "
         "\n" r"$Z(\theta) = \sum_x e^{-E_\theta(x)}$." "\n")
WRONG_PROSE = r"Here the partition function is $Z(\theta) = \sum_x e^{E_\theta(x)}$." "\n"


@pytest.fixture(scope="module")
def with_prose():
    return check_text(PROSE + DERIVATION, "notes.md")


def test_inline_statements_beside_a_display_are_context(with_prose):
    assert context_flags(with_prose) == [True, True, False]


def test_a_document_of_inline_math_only_keeps_its_derivations():
    doc = check_text(PROSE, "inline.md")
    assert context_flags(doc) == [False, False]
    assert to_text_document(doc).splitlines()[1].startswith("2 derivations, 2 steps")


def test_the_headline_counts_the_derivation_and_the_prose_apart(with_prose):
    out = to_text_document(with_prose)
    head = " ".join(out.splitlines()[1:3])
    assert head.startswith("1 derivation, 3 steps: 3 proved; 2 statements in the prose, checked as context: 2 proved")
    assert "Derivation 1 of" not in out and out.count("Verdicts:") == 1


def test_grade_counts_the_students_steps_only(tmp_path):
    f = tmp_path / "notes.md"
    f.write_text(PROSE + DERIVATION)
    row = grade_file(str(f))
    assert (row["proved"], row["invalid"], row["verdict"]) == (3, 0, "valid")


def test_a_wrong_statement_in_the_prose_is_still_reported(tmp_path):
    doc = check_text(WRONG_PROSE + DERIVATION, "wrong.md")
    out = to_text_document(doc)
    assert doc.status == 1 and "In the prose (line 1): 0 of 1 step proved, 1 invalid" in out
    assert "Counterexample" in out
    f = tmp_path / "wrong.md"
    f.write_text(WRONG_PROSE + DERIVATION)
    row = grade_file(str(f))
    assert (row["proved"], row["invalid"], row["verdict"]) == (3, 0, "invalid")
    assert "statement in the prose at line 1 is invalid" in row["message"]


def test_many_derivations_one_legend_and_a_document_summary():
    bad = "$$\n\\log Z_\\Theta = \\sum_x E_\\Theta(x)\n$$\n\n"
    good = "$$\nP_\\Theta(x) = \\frac{e^{-E_\\Theta(x)}}{Z_\\Theta}\n$$\n\n"
    doc = check_text(good * 3 + bad + good * 2, "many.md")
    out = to_text_document(doc)
    assert out.count("Verdicts:") == 1
    assert "Document summary: 6 derivations: 5 valid in every step; 1 with an invalid step (derivation 4)." \
        in " ".join(out.split())


def test_companion_headings(with_prose):
    from derivation.show.html.page import headings
    assert headings(with_prose) == ["In the prose, checked as context (line 1)",
                                    "In the prose, checked as context (line 2)", "The derivation (lines 6–8)"]


def test_the_json_marks_the_statements_in_the_prose(with_prose):
    from derivation.read.prose_context import mark_json
    d = mark_json(with_prose.to_dict(), with_prose)
    assert [e["context"] for e in d["derivations"]] == [True, True, False]
    assert d["context_derivations"] == [1, 2]
