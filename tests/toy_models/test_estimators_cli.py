"""`eq7 estimators` (toy_models/estimators_cli.py), run through the eq7 dispatcher."""
import io
import json

import numpy as np
import pytest

from eq7.cli import main
from toy_models.estimators_cli import Progress

SMALL = ["estimators", "--size", "4", "--samples", "5,50", "--repeats", "3", "--steps", "2"]


def test_json_has_every_cell_and_no_progress_bar(capsys):
    assert main(SMALL + ["--methods", "exact,cd-1,pcd-1,gen-meanfield", "--json"]) == 0
    out, err = capsys.readouterr()
    res = json.loads(out)
    assert err == ""
    assert [(r["method"], r["n_samples"]) for r in res["rows"]] == \
        [(m, s) for m in ("exact", "cd-1", "pcd-1", "gen-meanfield") for s in (5, 50)]
    assert res["seed"] == 20160610 and "Ising" in res["problem"]


def test_table_names_every_column_and_explains_them(capsys):
    assert main(SMALL + ["--methods", "exact,cd-1,pcd-2"]) == 0
    out = capsys.readouterr().out
    for word in ("bias", "noise", "variance", "MSE", "ms/est", "NLL after", "pcd-2", "cd-1", "seed 20160610"):
        assert word in out
    assert "warmed up" in out  # the PCD note


def test_same_seed_same_table(capsys):
    args = SMALL + ["--methods", "exact,cd-1", "--json", "--seed", "3"]
    main(args)
    a = json.loads(capsys.readouterr().out)
    main(args)
    b = json.loads(capsys.readouterr().out)
    strip = lambda rows: [{k: v for k, v in r.items() if "seconds" not in k} for r in rows]  # noqa: E731
    assert strip(a["rows"]) == strip(b["rows"])


def test_potts_default_methods_leave_out_generators(capsys):
    assert main(["estimators", "--model", "potts", "--size", "3", "--samples", "5", "--repeats", "2",
                 "--steps", "1", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["methods"] == ["exact", "cd-1", "pcd-1"]


def test_plot_writes_a_png(tmp_path, capsys):
    path = tmp_path / "study.png"
    assert main(SMALL + ["--methods", "exact,cd-1", "--plot", str(path)]) == 0
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert str(path) in capsys.readouterr().out


@pytest.mark.parametrize("extra, match", [
    (["--methods", "exact,metropolis"], "unknown method 'metropolis'"),
    (["--methods", ","], "--methods is empty"),
    (["--samples", "0,10"], "--samples"),
    (["--samples", "ten"], "--samples"),
    (["--repeats", "1"], "--repeats"),
    (["--steps", "-1"], "--steps"),
    (["--lr", "0"], "lr"),
    (["--size", "1"], "size"),
    (["--model", "potts", "--methods", "gen-nade"], "two-valued"),
])
def test_bad_options_exit_2_with_one_clear_line(capsys, extra, match):
    assert main(["estimators"] + extra) == 2
    err = capsys.readouterr().err
    assert err.startswith("eq7 estimators: error:") and match in err and "Traceback" not in err


def test_progress_bar_draws_and_clears():
    stream = io.StringIO()
    bar = Progress(stream)
    bar(1, 2, "exact, M = 10")
    assert "[" in stream.getvalue() and "1/2" in stream.getvalue()
    bar(2, 2, "done")
    assert stream.getvalue().endswith("\r")
