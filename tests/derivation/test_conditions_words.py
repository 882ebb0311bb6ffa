"""A condition introduced by where / provided / assuming / given / iff (`\\quad \\text{where } q = p_\\theta`) is a
restriction on the row like `\\text{for } ...` (derivation/judge/conditions.py): never refuted outside it, and its own
`=` is no step of the chain (hostile_set4 G09, G13: the condition was read as a second equation, or ignored)."""
import pytest

from derivation.run.checkdoc import check_text
from derivation.read.reader import read_text


def _verdicts(doc):
    return [s.verdict for r in check_text(doc).reports for s in r.steps]


@pytest.mark.parametrize("word", ["where", "provided", "assuming", "given", "iff", "provided that"])
def test_a_row_true_at_its_condition_is_not_refuted(word):
    row = r"\log Z(\beta) = \log \sum_x 1"       # true at beta = 0 only: Z(0) = K
    assert _verdicts(f"$$\n{row}\n$$\n") == ["invalid"]
    assert _verdicts(f"$$\n{row} \\quad \\text{{{word} }} \\beta = 0\n$$\n") in (["proved"], ["holds"])


@pytest.mark.parametrize("word", ["provided", "assuming", "given", "iff"])
def test_the_condition_is_cut_from_the_row(word):
    doc = read_text(f"$$\n\\log Z(\\beta) = \\log K \\quad \\text{{{word} }} \\beta = 0\n$$\n")
    assert [len(r.sides) for r in doc.rows] == [2] and doc.rows[0].condition == r"\beta = 0"


def test_a_where_clause_is_the_condition_and_a_claim_of_its_own():
    # `where Z = ...` is asserted by the author too: judged as its own equation, and the row's condition
    doc = read_text("$$\n\\log Z(\\beta) = \\log K \\quad \\text{where } \\beta = 0\n$$\n")
    assert [len(r.sides) for r in doc.rows] == [2, 2] and [r.condition for r in doc.rows] == [r"\beta = 0", ""]
    false_clause = r"P(x) = \frac{e^{-E(x)}}{Z} \quad \text{where } Z = \sum_x e^{E(x)}"
    assert _verdicts(f"$$\n{false_clause}\n$$\n") == ["proved", "invalid"]


def test_a_condition_naming_a_distribution_never_refutes():
    doc = ("$$\np_\\theta(x) = \\frac{e^{-E_\\theta(x)}}{Z_\\theta}\n$$\n\n$$\n\\log Z_\\theta = "
           "-\\mathbb{E}_{x\\sim q}[E_\\theta(x)] + H(q) \\quad \\text{where } q = p_\\theta\n$$\n")
    assert "invalid" not in _verdicts(doc)


def test_a_condition_in_words_and_mathematics_never_refutes():
    doc = ("$$\np_\\beta(x) = \\frac{e^{-\\beta E(x)}}{Z(\\beta)}\n$$\n\n$$\n\\mathrm{Var}_{x\\sim p_\\beta}[E(x)] = 0 "
           "\\quad \\text{provided } E(x) = c \\text{ for every } x\n$$\n")
    assert "invalid" not in _verdicts(doc)


def test_prose_words_inside_a_row_are_no_condition():
    # `\text{where}` at the start of a row introduces a definition (reader.py's _LET_TEXT), not a condition
    doc = read_text("$$\n\\text{where } Z = \\sum_x e^{-E(x)}\n$$\n")
    assert all(r.condition == "" for r in doc.rows)


def test_a_where_clause_defining_a_fixed_object_restricts_nothing():
    # Z has its fixed meaning whatever the clause says: the row is still refuted (and the clause judged)
    slip = r"P(x) = \frac{e^{E(x)}}{Z} \quad \text{where } Z = \sum_x e^{-E(x)}"
    assert _verdicts(f"$$\n{slip}\n$$\n") == ["invalid", "proved"]
