"""The counterexample as `eq7 check --json` prints it (the document's JSON, not only fields()) recomputes:
the same independent formulas as test_shown_counterexample.py, on the JSON a program reads."""
import json

from eq7.cli import main

from .test_shown_counterexample import KL, assert_recomputed, from_json, kl_sides, with_masses


def test_eq7_check_json_counterexample_recomputes(tmp_path, capsys):
    doc = tmp_path / "kl.md"
    doc.write_text(f"$$\n{KL[0]} = {KL[1]}\n$$\n")
    assert main(["check", "--json", str(doc)]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["schema_version"] == 1
    bad = [s for s in out["steps"] if s["verdict"] == "invalid"]
    assert len(bad) == 1 and bad[0]["counterexample"]["instance"] == "general"
    c = bad[0]["counterexample"]
    assert_recomputed(with_masses(from_json(c), c), lambda i: kl_sides(i, -1))
