"""Inline mathematics that states what a letter is (derivation/read/prose_statements.py): a definition or a premise
of the prose, shown and never judged, even where an earlier section gave the letter another value; it still gives
the letter its meaning for the rows after it. Identities in a sentence and statements about the vocabulary's
objects are judged as before."""
import pytest

from derivation.meaning.roles_letters import DIST_LETTERS, ENERGY_LETTERS, FREE_ENERGY, LOSS, PARTITION
from derivation.run.checkdoc import check_text
from derivation.show.report import all_steps

SECTIONS = ("For the Gaussian the dispersion is {a}\\phi = \\sigma^2{b} here.\n\n$$\n\\sigma^2 + \\sigma^2 = 2 \\sigma^2\n$$\n\n"
            "For the Bernoulli the dispersion is {a}\\phi = 1{b} and {a}\\lambda > 0{b}.\n")


def links(doc):
    rep = check_text(doc, timeout=30)
    return [(d["to_line"], d["kind"], d["verdict"]) for r in rep.reports for d in all_steps(r)]


@pytest.mark.parametrize("a,b", [("$", "$"), ("\\(", "\\)")])
def test_a_value_a_section_states_is_no_claim_against_the_last_section(a, b):
    # the first statement reads as before; the section that restates phi, and the premise, are never refuted
    assert links(SECTIONS.format(a=a, b=b))[1:] == [(4, "equality", "proved"), (7, "definition", "unjudged"),
                                                    (7, "premise", "unjudged")]


def test_a_restatement_still_defines_the_letter_for_the_rows_after_it():
    doc = ("Here $\\eta = \\mu$.\n\nThe natural parameter is now $\\eta = \\mu + 1$, so\n\n$$\n\\eta - \\mu = 1\n$$\n\n"
           "and\n\n$$\n\\eta - \\mu = 2\n$$\n")
    assert links(doc)[1:] == [(3, "definition", "unjudged"), (6, "equality", "proved"), (12, "equality", "invalid")]


def test_statements_about_the_vocabulary_are_still_judged():
    doc = ("We write $Z = \\sum_x e^{-E(x)}$ for the partition function and $Z = \\sum_x e^{E(x)}$ by mistake.\n\n"
           "$$\nP(x) = \\frac{e^{-E(x)}}{Z}\n$$\n")
    assert links(doc) == [(1, "equality", "proved"), (1, "equality", "invalid"), (4, "equality", "proved")]


def test_the_fixed_letters_are_the_vocabulary_s():
    from derivation.read.prose_statements import FIXED
    names = set(DIST_LETTERS) | {n for n, _ in ENERGY_LETTERS | FREE_ENERGY | PARTITION | LOSS}
    assert names <= FIXED
