"""{\\color{red} - \\log Z} is a coloured term of the sum, never a factor (derivation/read/respell.py; hostile set 6,
L22: -E(x) {\\color{red} - \\log Z} was read as log Z times E and a true row refuted)."""
from derivation.read.mapped import Mapped
from derivation.read.respell import respell

from ._verdicts import document_verdicts


def spelled(tex):
    return " ".join(respell(Mapped.of(tex, 0)).text.split())


def test_a_signed_coloured_group_is_a_term():
    assert spelled(r"-E_\theta(x) {\color{red} - \log Z_\theta}") == r"-E_\theta(x) - { \log Z_\theta}"
    assert spelled(r"a {\color{red} + b} {\color{blue} - c}") == "a + { b} - { c}"


def test_a_coloured_argument_stays_an_argument():
    assert spelled(r"\frac{a}{\color{red}-b}") == r"\frac{a}{ -b}"
    assert spelled(r"x^{\color{red}-2}") == "x^{ -2}"
    assert spelled(r"\frac{\color{red} a}{b}") == r"\frac{ a}{b}"


def test_the_row_of_the_hostile_set():
    doc = ("$$\np_\\theta(x) = \\frac{e^{-E_\\theta(x)}}{Z_\\theta}\n$$\n\n"
           "$$\n\\log p_\\theta(x) = -E_\\theta(x) {\\color{red} - \\log Z_\\theta}\n$$\n")
    assert document_verdicts(doc)[-1] == "proved"
    assert document_verdicts(doc.replace("{\\color{red} - \\log", "{\\color{red} + \\log"))[-1] == "invalid"
