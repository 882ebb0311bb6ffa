"""A row closing with `\\Longrightarrow`, `\\implies` or `\\Rightarrow` (`A = B \\quad\\Longrightarrow \\\\`): the arrow
says the next row follows; it is no mathematics of its row (derivation/read/reader_rows.py, _blank_tail_arrow)."""
import math

import pytest

from ._verdicts import display_steps, document_verdicts

FIRST = r"\log p_\beta(x) = -\beta E(x) - \log Z(\beta) \quad\Longrightarrow \\"


def _aligned(*rows):
    return "$$\n\\begin{aligned}\n" + "\n".join(rows) + "\n\\end{aligned}\n$$\n"


def test_the_row_before_the_arrow_and_the_row_after_it_are_both_read():
    doc = _aligned(FIRST, r"\frac{\partial}{\partial \beta} \log p_\beta(x) = -E(x) - \frac{\partial}{\partial \beta} \log Z(\beta)")
    assert document_verdicts(doc) == ["proved", "proved"]


def test_the_log_z_term_forgotten_after_the_arrow_is_refuted():
    doc = _aligned(FIRST, r"\frac{\partial}{\partial \beta} \log p_\beta(x) = -E(x)")
    assert document_verdicts(doc) == ["proved", "invalid"]
    # the slip drops d log Z / d beta = -<E>, nonzero for two states of energies 0 and 1 at beta = 1
    mean = 1 * math.exp(-1) / (1 + math.exp(-1))
    assert -mean != pytest.approx(0.0)


@pytest.mark.parametrize("arrow", [r"\implies", r"\Rightarrow", r"\Longrightarrow", r"\quad \Rightarrow"])
def test_every_arrow_closing_a_row_is_dropped(arrow):
    assert [s.verdict for s in display_steps(r"Z = \sum_x e^{-E(x)} " + arrow)] == ["proved"]


def test_an_arrow_alone_is_no_row_and_an_arrow_between_equations_still_splits():
    assert [s.verdict for s in display_steps(r"Z = \sum_x e^{-E(x)} \implies \log Z = \log \sum_x e^{-E(x)}")] \
        == ["proved", "proved"]
