"""`eq7 verify`: the table, the JSON, the exit codes."""
import argparse
import json
import subprocess
import sys

import pytest

from toy_models import cli
from toy_models.routes import route_names


def _eq7(*args):
    return subprocess.run([sys.executable, "-m", "eq7", "verify", *args], capture_output=True, text=True,
                          timeout=300)


def test_default_run_passes_and_shows_every_model():
    out = _eq7()
    assert out.returncode == 0, out.stderr
    for name in ("Categorical", "Ising(d=10, spins=(-1, 1))", "Ising(d=10, spins=(0, 1))", "Potts", "RBM",
                 "NeuralEnergy", "IsingGraph(n=32"):
        assert name in out.stdout
    assert out.stdout.count("PASS") == 7 and "FAIL" not in out.stdout
    assert "positive phase" in out.stdout and "negative phase" in out.stdout


def test_json_parses():
    out = _eq7("--json", "--model", "ising", "--model", "rbm", "--size", "5", "--seed", "3")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["passed"] is True and doc["seed"] == 3
    assert [m["kind"] for m in doc["models"]] == ["ising", "rbm"]
    assert all(m["route"] in route_names() and m["max_rel_vs_autograd"] < 1e-10 for m in doc["models"])


def _run(*argv):
    parser = argparse.ArgumentParser()
    cli.add_arguments(parser)
    args = parser.parse_args(list(argv))
    args.main_job = False
    return cli.run(args)


def test_a_failing_row_exits_1(monkeypatch, capsys):
    monkeypatch.setattr(cli, "TOL_AUTOGRAD", -1.0)  # nothing can meet a negative tolerance
    assert _run("--model", "categorical") == 1
    assert "FAIL" in capsys.readouterr().out


@pytest.mark.parametrize("argv, match", [(("--model", "ising", "--size", "40"), "1,099,511,627,776 states"),
                                         (("--model", "ising", "--size", "0"), "size"),
                                         (("--model", "categorical", "--model", "ising", "--size", "21"),
                                          "autograd"),
                                         (("--n-data", "0",), "n-data")])
def test_bad_options_exit_2_with_the_reason(capsys, argv, match):
    assert _run(*argv) == 2
    assert match in capsys.readouterr().err


def test_same_seed_same_numbers():
    a, b = cli.verify(["potts"], 3, 7, 5), cli.verify(["potts"], 3, 7, 5)
    assert a[0]["log_partition"] == b[0]["log_partition"]
