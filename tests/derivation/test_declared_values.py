"""The one reader of declared values (derivation/read/declared_values.py): text in, declarations out, no SymPy."""
from fractions import Fraction

from derivation.read.declared_values import declarations, declared_letters, ties


def _one(text):
    found = [d for d in declarations(text) if d.letter]
    assert len(found) == 1, found
    return found[0]


def test_a_set_of_numbers_in_inline_maths_declares_its_letter():
    d = _one("Here $x \\in \\{-1, +1\\}$ and then a display.")
    assert (d.letter, d.values, d.vector, d.line) == ("x", (Fraction(-1), Fraction(1)), False, 1)


def test_markdown_escaped_braces_and_the_tex_inline_delimiters_declare_too():
    assert _one("Let $v \\in \\\\{0, 1\\\\}$.").values == (Fraction(0), Fraction(1))
    assert _one("Let \\(v \\in \\{0, 1\\}\\).").letter == "v"


def test_a_power_or_indexed_units_are_a_vector_of_units():
    assert _one("with $x \\in \\{0, 1\\}^d$").vector
    d = _one("where $s_i = \\pm 1$ for each site")
    assert (d.letter, d.values, d.vector) == ("s", (Fraction(-1), Fraction(1)), True)


def test_a_set_that_is_not_numbers_declares_nothing_and_display_maths_is_not_read():
    assert not [d for d in declarations("with $x \\in \\{a, b\\}$") if d.letter]
    assert not [d for d in declarations("$$x \\in \\{0, 1\\}$$") if d.letter]


def test_spins_in_words_only_give_one_declaration_without_letter_or_values():
    found = declarations("The spins of the Ising model interact.")
    assert [(d.letter, d.values) for d in found] == [("", ())]


def test_the_letters_declared_anywhere_whatever_their_values():
    assert declared_letters("labels $y_i \\in \\{a, b\\}$ and $$z = \\pm 1$$") == {"y", "z"}
    assert declared_letters("no declaration, $y_i$ is a label") == set()


def test_a_tie_between_letters_but_not_an_object_or_a_formula():
    found = ties("with $\\beta = 1/T$, $Z = \\sum_x e^{-E(x)}$ and $a = b_i$")
    assert [(line, sorted(letters)) for line, letters, _ in found] == [(1, ["T", "beta"])]


def test_premises_on_letters_in_inline_maths():
    from derivation.read.declared_values import premises
    found = premises("Let $a > 0$ and $b, c \\ge 1$, with $\\beta > 0$; $x = 2$ and $$a > 5$$.")
    assert [(line, sorted(ls), op, str(bound)) for line, ls, op, bound, _ in found] == \
        [(1, ["a"], ">", "0"), (1, ["b", "c"], ">=", "1"), (1, ["beta"], ">", "0")]
