"""A step of the post's vocabulary that takes no derivative (a dropped log Z): every printed form of its
counterexample shows the values the sides used (e^{-E}, the data) and no ∂E/∂θ column, and both sides
recompute from it by hand (the forms and parsers of test_shown_counterexample.py)."""
import math

import pytest

from derivation.run.checkdoc import check_text

from .test_shown_counterexample import FORMS, assert_recomputed, post_columns

DROPPED_LOG_Z = ("$$\n\\begin{align*}\n\\mathcal{L}(\\theta) &= -\\frac{1}{N}\\sum_{i=1}^{N} \\log p_\\theta(x_i) \\\\\n"
                 "&= \\frac{1}{N}\\sum_{i=1}^{N} E_\\theta(x_i)\n\\end{align*}\n$$\n")


def nll_sides(inst: dict) -> tuple[float, float]:
    """-(1/N) sum_i log P(x_i) and (1/N) sum_i E(x_i), from e^{-E} and the data alone."""
    entries = {k: {**v, "d/d": 0} for k, v in inst["entries"].items()}   # no slope: the sides take none
    w, _, data = post_columns({**inst, "entries": entries})
    w = [float(v) for v in w]
    z, n = sum(w), len(data)
    return -sum(math.log(w[x - 1] / z) for x in data) / n, sum(-math.log(w[x - 1]) for x in data) / n


@pytest.fixture(scope="module")
def step():
    doc = check_text(DROPPED_LOG_Z, "wrong.md")
    (bad,) = [s for r in doc.reports for s in r.steps if s.verdict == "invalid"]
    return bad


@pytest.mark.parametrize("form", sorted(FORMS))
def test_a_step_without_a_derivative_prints_no_derivative_and_recomputes(step, form):
    inst = FORMS[form](step)
    assert not [c for e in inst["entries"].values() for c in e if c.startswith(("d/d", "∂"))], \
        f"{form} prints ∂E/∂θ, which the sides never use"
    assert_recomputed(inst, nll_sides)
