"""Reports as Markdown for Jupyter: every row as math, one badge per verdict, counterexamples as tables."""
import math
import re
from fractions import Fraction

import pytest

from derivation.show import markdown_display as display
from derivation.judge.check import check_chain, check_step
from derivation.classroom import check_step as check_latex
from derivation.meaning.eq7 import corrected_chain, seed_chain
from derivation.run.checkdoc import check_path, check_text
from sympy import exp, log

from derivation.meaning.notation import E, Z, d, data_sum, state_sum, x, xi


def table_rows(md):
    """The body rows of the first Markdown table, as lists of cells."""
    lines = [ln for ln in md.splitlines() if ln.startswith("|")]
    return [[c.strip() for c in ln.strip("|").split("|")] for ln in lines[2:]]


@pytest.fixture(scope="module")
def post():
    return check_path(None)


def test_the_post_shows_one_badge_per_step_and_the_right_counts(post):
    md = post._repr_markdown_()
    rep = post.main
    for verdict in ("proved", "invalid"):
        n = sum(s.verdict == verdict for s in rep.steps)
        # the claim gets a badge too (proved)
        assert md.count(display.badge(verdict)) == n + (rep.claim.verdict == verdict)
    assert md.count("| entry |") == 3            # one counterexample table per invalid step
    assert md.count("Corrected row") == 3
    assert "**Status 1**" in md


def test_a_changed_verdict_changes_the_display(post):
    from dataclasses import replace
    rep = post.main
    bad = next(s for s in rep.steps if s.verdict == "invalid")
    flipped = replace(rep, steps=tuple(replace(s, verdict="proved", counterexample=None) if s is bad else s
                                      for s in rep.steps))
    assert flipped._repr_markdown_().count("| entry |") == 2


def test_the_counterexample_table_recomputes_both_sides_by_hand():
    lhs, rhs = d(log(Z())), d(log(data_sum(exp(-E(xi)))))
    rep = check_step(lhs, rhs)
    assert rep.verdict == "invalid"
    c = rep.counterexample.as_dict()
    rows = table_rows(display.counterexample_table(c))   # | $E(k)$ | e^{-E} | d/dTheta | d2/dTheta2 |
    assert [r[0] for r in rows] == [f"$E({k})$" for k in range(1, c["states"] + 1)]
    w = [Fraction(r[1]) for r in rows]
    de = [int(r[2]) for r in rows]
    counts = [list(c["data"]).count(k) for k in range(1, c["states"] + 1)]
    z = sum(w)
    # d log Z = -sum_k P_k dE_k ; d log sum_i e^{-E(x_i)} = -sum_i w dE / sum_i w
    by_hand_lhs = -sum(Fraction(wk, z) * dk for wk, dk in zip(w, de))
    zd = sum(n * wk for n, wk in zip(counts, w))
    by_hand_rhs = -Fraction(sum(n * wk * dk for n, wk, dk in zip(counts, w, de)), zd)
    assert math.isclose(by_hand_lhs, c["lhs"]) and math.isclose(by_hand_rhs, c["rhs"])
    assert by_hand_lhs != by_hand_rhs


def test_a_step_report_renders_its_equation_and_a_proved_one_has_no_table():
    rep = check_step(d(log(Z())), d(log(state_sum(exp(-E(x))))))
    md = rep._repr_markdown_()
    assert md.startswith("$$") and display.badge("proved") in md and "| state" not in md


def test_the_corrected_derivation_is_all_proved():
    md = check_chain(corrected_chain())._repr_markdown_()
    assert display.badge("invalid") not in md and md.count(display.badge("proved")) == 13


def test_prose_is_inert_markdown_and_math_is_kept():
    assert display.text("E_{x~P_Θ}[f] ~ a*b") == r"E\_{x\~P\_Θ}\[f\] \~ a\*b"
    assert display.prose_with_math("the sum $\\sum_i a_i$ over_data") == "the sum $\\sum_i a_i$ over\\_data"


def test_unreadable_rows_show_where_and_the_status():
    rep = check_text("$$\n\\begin{align*}\na &= \\frac{1}{\n\\end{align*}\n$$\n", "<cell>")
    md = rep._repr_markdown_()
    assert "**Status 2**" in md and "unreadable" in md


def test_classroom_verdict_has_a_table_and_plain_text():
    v = check_latex(r"\frac{\partial \log Z}{\partial\Theta}", r"\sum_x P(x)\frac{\partial E(x)}{\partial\Theta}")
    md = v._repr_markdown_()
    assert v.verdict == "invalid" and display.badge("invalid") in md and len(table_rows(md)) == v.counterexample["states"]


def test_ipython_formatter_offers_markdown_and_plain_text(post):
    IPython = pytest.importorskip("IPython")
    from IPython.core.interactiveshell import InteractiveShell
    data, _ = InteractiveShell.instance().display_formatter.format(post)
    assert set(data) >= {"text/plain", "text/markdown"}
    assert data["text/plain"].startswith("eq7 check:")     # the text report, not a dataclass dump
    step = post.main.steps[0]
    data, _ = InteractiveShell.instance().display_formatter.format(step)
    assert data["text/plain"].startswith("PROVED")
    data, _ = InteractiveShell.instance().display_formatter.format(post.main)
    assert data["text/plain"].startswith("eq7 check:") and "text/html" in data
    data, _ = InteractiveShell.instance().display_formatter.format(check_latex(r"\log Z", r"\log Z"))
    assert data["text/plain"].startswith("proved") and {"text/html", "text/markdown"} <= set(data)


def test_a_latent_variable_counterexample_shows_the_tables_it_used_and_they_recompute():
    # The general vocabulary draws its own tables: the display must show those, not the post-style
    # instance. d/dθ(-log Σ_h e^{-E(v,h)}) = Σ_h p(h|v) dE(v,h)/dθ, here wrongly written as Σ_h dE/dθ.
    rep = check_text("$$\n\\frac{\\partial}{\\partial\\theta}\\left(-\\log \\sum_{h} e^{-E_\\theta(v, h)}\\right)"
                     " = \\sum_h \\frac{\\partial E_\\theta(v, h)}{\\partial\\theta}\n$$\n", "<cell>").main.steps[0]
    if rep.verdict == "unreadable":
        pytest.skip("this eq7 cannot read the general notation (latent variables) yet, "
                    "so there is no such counterexample to show")
    assert rep.verdict == "invalid"
    c = rep.counterexample.as_dict()
    md = display.counterexample_table(c)
    rows = [r for r in table_rows(md) if r[0].startswith("$E(")]
    assert len(rows) == c["hidden_states"]
    w = [Fraction(r[1]) for r in rows]                  # e^{-E(v,h)} at the point
    de = [Fraction(r[2]) for r in rows]                 # dE(v,h)/dθ
    assert sum(wk * dk for wk, dk in zip(w, de)) / sum(w) == Fraction(c["lhs_exact"])
    assert sum(de) == Fraction(c["rhs_exact"])


def test_check_steps_html_shows_the_q_table_the_step_was_refuted_on():
    # KL(q||p) = E_q[E] - H(q) drops log Z: refuted on an instance with q's own table g_q. The
    # notebook HTML of check_step's verdict must show that table (not a post-style rebuild from the
    # dict, which has no q) and no latent states the step does not have.
    from derivation.classroom import check_step
    v = check_step(r"\mathrm{KL}(q_\phi \| p_\theta)", r"\mathbb{E}_{x\sim q_\phi}[E_\theta(x)] - H(q_\phi)")
    assert v.verdict == "invalid"
    html = v._repr_html_()
    assert 'data-instance="general"' in html and "g_q(1)" in html
    assert "hidden state" not in html


def test_every_display_hook_names_a_renderer_that_exists():
    # display.py names its renderers as data (it sits below the judge and imports none of them): a renamed
    # or moved renderer must fail here, not in a student's notebook
    import importlib

    from derivation.judge.display import RENDERERS
    for (kind, form), (module, function) in RENDERERS.items():
        assert callable(getattr(importlib.import_module(module), function, None)), (kind, form, module, function)
