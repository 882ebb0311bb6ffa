"""`eq7 check` on the built-in seed derivation: exit codes, --json, the main job's rule."""
import argparse
import json

from derivation import cli


def run(argv, main_job=False, capsys=None):
    p = argparse.ArgumentParser()
    cli.add_arguments(p)
    args = p.parse_args(argv)
    args.main_job = main_job
    code = cli.run(args)
    return code, capsys.readouterr().out


def test_seed_has_invalid_steps_so_exit_1(capsys):
    code, out = run([], capsys=capsys)
    assert code == 1 and "INVALID" in out and "Summary:" in out


def test_main_job_succeeds_when_the_claim_is_proved(capsys):
    code, out = run([], main_job=True, capsys=capsys)
    assert code == 0 and "Claim:" in out


def test_corrected_exits_0(capsys):
    code, out = run(["--corrected"], capsys=capsys)
    assert code == 0 and "INVALID  --" not in out


def test_json(capsys):
    code, out = run(["--json"], capsys=capsys)
    d = json.loads(out)
    assert code == 1 and d["claim"]["verdict"] == "proved" and len(d["steps"]) == 12
