"""Reports: the JSON has exactly the issue's shape; the text is written for a student."""
import json

import pytest

from derivation.check import check_chain
from derivation.eq7 import seed_chain
from derivation.report import to_dict, to_json, to_text


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
        assert {"states", "data", "energy", "denergy", "lhs", "rhs"} <= set(c)
        assert len(c["energy"]) == len(c["denergy"]) == c["states"]
        assert all(1 <= v <= c["states"] for v in c["data"])
    assert all(s["counterexample"] is None for s in d["steps"] if s["verdict"] == "proved")


def test_json_matches_the_report(report):
    d = to_dict(report)
    assert [s["verdict"] for s in d["steps"]] == [s.verdict for s in report.steps]
    assert d["claim"]["from_line"] == 20 and d["claim"]["to_line"] == 29


def test_text_has_every_row_verdict_and_counterexample(report):
    text = to_text(report)
    for row in report.chain.rows[2:]:
        assert row.latex in text
    assert text.count("    INVALID  -- step") == sum(s.verdict == "invalid" for s in report.steps)
    assert "Counterexample: K =" in text and "hence Z =" in text
    assert "Claim: row 3 (line 20) = row 12 (line 29)" in text
    assert "errors compensate" in text


def test_headline_counts_the_verdicts(report):
    first = to_text(report).split("\n")[1]
    n_bad = sum(s.verdict == "invalid" for s in report.steps)
    assert first.startswith(f"Result: {len(report.steps)} steps: ") and f"{n_bad} invalid" in first
    assert "lines 23->24" in first and first.endswith("end-to-end claim proved.")


def test_text_marks_where_the_chain_leaves_and_rejoins_the_claim(report):
    lines = to_text(report).split("\n")
    left = [k for k, s in enumerate(lines) if "no longer equals" in s]
    back = [k for k, s in enumerate(lines) if "equals the claim's left side again" in s]
    assert len(left) == 1 and len(back) == 1 and left[0] < back[0]
    assert any("row 7, line 24" in s for s in lines[:left[0]][-12:])
