"""The top level of a row: relation signs and separators (derivation/read/relations.py)."""
import pytest

from derivation.read.relations import has_relation, scan


def kinds(text):
    return [(t.kind, t.relation) for t in scan(text)]


@pytest.mark.parametrize("text, relation", [
    ("a = b", "equality"), ("a := b", "definition"), (r"a \coloneqq b", "definition"),
    (r"a \triangleq b", "definition"), (r"a \equiv b", "definition"), (r"a \stackrel{\text{def}}{=} b", "definition"),
    (r"a \approx b", "approx"), (r"a \simeq b", "approx"), ("a ≈ b", "approx"),
    (r"a \le b", "inequality"), (r"a \geq b", "inequality"), ("a < b", "inequality"), ("a > b", "inequality"),
    (r"a \neq b", "not-equal"), (r"p \propto e^{-E}", "proportional"), (r"a \stackrel{(i)}{=} b", "equality"),
])
def test_each_relation_has_its_kind(text, relation):
    assert kinds(text) == [("relation", relation)]


def test_only_the_top_level_counts():
    assert kinds(r"\sum_{i=1}^{N} x_i") == []
    assert kinds(r"\left( a = b \right) + \begin{cases} a = b \end{cases}") == []
    assert kinds(r"\left\langle x \right\rangle_{x \le 1} \leq 2") == [("relation", "inequality")]
    assert not has_relation(r"\mathbb{E}_{x\sim p}[f]") and not has_relation(r"\left. f \right|_{x=0}")


def test_left_is_not_le_and_words_after_a_subscript_are_not_prose():
    assert kinds(r"\left[ x \right]") == []
    assert kinds(r"p_\text{data}(x) = 1") == [("relation", "equality")]


def test_separators_between_two_equations():
    assert kinds(r"P = \frac{e^{-F}}{Z} \quad \text{where } Z = \sum e^{-F}") == [
        ("relation", "equality"), ("separator", ""), ("text", ""), ("relation", "equality")]
    assert kinds(r"a = b \implies c = d")[1] == ("separator", "")


def test_a_long_row_is_scanned_once():
    row = "a " + r"\quad b = c " * 20000
    assert len(scan(row)) == 40000


def test_parentheses_hold_their_relations_unless_they_do_not_balance():
    assert kinds(r"p(h_j = 1 \mid v) = \sigma(c_j)") == [("relation", "equality")]
    assert kinds(r"\mathbb{E}[x = 1] \le 1") == [("relation", "inequality")]
    assert kinds(r"f \in [0, 1) = g") == [("relation", "equality")]   # unbalanced: read flat
