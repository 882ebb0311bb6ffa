"""Reports: the JSON has exactly the issue's shape; the text is written for a student."""
import json

import pytest

from derivation.judge.check import check_chain
from derivation.meaning.eq7 import seed_chain
from derivation.show.report import to_dict, to_json, to_text


@pytest.fixture(scope="module")
def report():
    return check_chain(seed_chain())


def test_json_shape(report):
    d = json.loads(to_json(report))
    assert set(d) >= {"steps", "claim"}
    for s in d["steps"] + [d["claim"]]:
        assert {"from", "to", "from_line", "to_line", "verdict", "rules", "counterexample"} <= set(s)
        assert isinstance(s["from"], int) and isinstance(s["from_line"], int)
    bad = [s for s in d["steps"] if s["verdict"] == "invalid"]
    assert bad
    for s in bad:
        c = s["counterexample"]
        assert {"states", "data", "tables", "lhs", "rhs"} <= set(c)
        energies = [c["tables"][f"E({k})"] for k in range(1, c["states"] + 1)]   # every state's energy
        assert all({"e^{-E}", "d/dTheta"} <= set(t) for t in energies)
        assert all(1 <= v <= c["states"] for v in c["data"])
    assert all(s["counterexample"] is None for s in d["steps"] if s["verdict"] == "proved")


def test_json_matches_the_report(report):
    d = to_dict(report)
    assert [s["verdict"] for s in d["steps"]] == [s.verdict for s in report.steps]
    assert d["claim"]["from_line"] == 20 and d["claim"]["to_line"] == 29


def test_text_has_every_row_verdict_and_counterexample(report):
    text = to_text(report)
    flat = " ".join(text.replace("\n    ", " ").split())   # rows are wrapped at their spaces
    for row in report.chain.rows[2:]:
        assert " ".join(row.latex.split()) in flat
    assert text.count("    INVALID  -- step") == sum(s.verdict == "invalid" for s in report.steps)
    assert "Counterexample: K =" in text and "E(1): e^{-E} =" in text
    assert "Claim: row 3 (line 20) = row 12 (line 29)" in text
    assert "errors compensate" in text


def test_rows_are_wrapped_to_the_width(report):
    assert max(len(line) for line in to_text(report).splitlines() if line.startswith("row ")) <= 100


def test_headline_counts_the_verdicts(report):
    first = to_text(report).split("\n")[1]
    n_bad = sum(s.verdict == "invalid" for s in report.steps)
    n_proved = sum(s.verdict == "proved" for s in report.steps)
    assert first.startswith(f"Result: {n_proved} of {len(report.steps)} steps proved, ") and f"{n_bad} invalid" in first
    assert "lines 23->24" in first and first.endswith("end-to-end claim proved.")


def test_text_marks_where_the_chain_leaves_and_rejoins_the_claim(report):
    lines = to_text(report).split("\n")
    left = [k for k, s in enumerate(lines) if "no longer equals" in s]
    back = [k for k, s in enumerate(lines) if "equals the claim's left side again" in s]
    assert len(left) == 1 and len(back) == 1 and left[0] < back[0]
    assert any("row 7, line 24" in s for s in lines[:left[0]][-20:])


HALF_WRITTEN = r"""
$$
\begin{aligned}
\log P_\theta(x) &= \log \frac{e^{-E_\theta(x)}}{Z_\theta} \\
&= -E_\theta(x) - \log Z_\theta \\
&=
\end{aligned}
$$
"""


@pytest.fixture(scope="module")
def half_written():
    from derivation.run.checkdoc import check_text
    return check_text(HALF_WRITTEN, "half.md").reports[0]


def test_a_row_that_was_not_read_is_in_the_headline_and_the_summary(half_written):
    text = to_text(half_written)
    first = text.split("\n")[1]
    assert first.startswith("Result: 2 of 3 steps proved; row 3 (line 6) could not be read;"), first
    assert "Every step is valid" not in text
    summary = to_dict(half_written)["summary"]
    assert summary.startswith("Row 3 (line 6) could not be read") and "Every step that was read is valid" in summary


def test_the_same_derivation_finished_gets_a_clean_bill():
    from derivation.run.checkdoc import check_text
    rep = check_text(HALF_WRITTEN.replace("&=\n", ""), "done.md").reports[0]
    assert to_text(rep).split("\n")[1] == "Result: all 2 steps proved; end-to-end claim proved."
    assert "Every step is valid" in to_dict(rep)["summary"]


def test_counts_are_singular_or_plural():
    from derivation.show.words import count, settle_plurals
    assert [count(1, "step"), count(2, "step"), count(0, "state")] == ["1 step", "2 steps", "0 states"]
    assert settle_plurals("1 step(s) are invalid; 11 step(s) are; K = 1 state(s)") == \
        "1 step is invalid; 11 steps are; K = 1 state"


def test_singular_in_a_one_step_report():
    from derivation.run.checkdoc import check_text
    rep = check_text("$$ \\log Z = \\sum_x \\log e^{-E(x)} $$\n", "one.md").reports[0]
    text = to_text(rep)
    assert "(s)" not in text and "1 steps" not in text and "1 step is invalid" in text


def test_rules_are_named_in_the_papers_words_not_by_class():
    import re

    from derivation.classroom import check_step
    rep = check_step(r"\mathrm{KL}(q_\phi \| p_\theta)",
                     r"\mathbb{E}_{x\sim q_\phi}[E_\theta(x)] - H(q_\phi) + \log Z_\theta")
    rules = list(getattr(rep, "rules", ()))
    assert "definition of P" in rules and "definition of the KL divergence" in rules
    assert not [r for r in rules if re.search(r"[a-z][A-Z]", r)], rules   # no ModelProb, no SecondProb


def test_every_vocabulary_definition_has_words():
    import inspect

    from derivation.meaning import vocabulary
    from derivation.meaning.rule_names import DEFINITION_WORDS, definition_rule
    from derivation.meaning.vocabulary import Obj
    classes = {c for m in vars(vocabulary).values() if inspect.ismodule(m)
               for c in vars(m).values() if inspect.isclass(c) and issubclass(c, Obj) and c is not Obj}
    defined = {c.__name__ for c in classes if "definition" in vars(c)} - {"Expect"}
    assert defined <= set(DEFINITION_WORDS), defined - set(DEFINITION_WORDS)
    assert definition_rule(type("SomeThing", (), {})()) == "definition of the some thing"


def test_an_undecided_step_is_in_the_result_line():
    from derivation.run.checkdoc import check_text
    rep = check_text("$$\n(Z+1)^{100000} = (Z+1)^{100000} + 1\n$$\n", "budget.md", timeout=1).reports[0]
    first = to_text(rep).split("\n")[1]
    assert first.startswith("Result: 0 of 1 step proved, 1 undecided"), first
    assert "Every step is valid" not in to_dict(rep)["summary"]


def test_a_one_row_derivation_s_claim_is_its_own_two_sides():
    from derivation.run.checkdoc import check_text

    rep = check_text("$$\n\\log Z_\\theta = \\log \\sum_x e^{-E_\\theta(x)}\n$$\n", "one.md").reports[0]
    text = to_text(rep)
    assert "Claim: row 1's own two sides (line 2), end to end:  PROVED" in text
    assert "row 1 (line 2) = row 1" not in text
