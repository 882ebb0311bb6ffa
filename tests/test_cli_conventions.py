"""The console command's conventions: --version, --help with exit codes and examples, the
subcommand's own usage line in its errors, JSON (with a schema version) even on errors, several
documents for `eq7 check`, a LICENSE, project URLs, docstrings on the public model classes."""
import json
from importlib import metadata
from pathlib import Path

import pytest

import eq7
from eq7.cli import SCHEMA_VERSION, SUBCOMMANDS, main

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "tests/derivations"
CORRECT = str(DOCS / "derivation_eq7_corrected.md")
WRONG = str(DOCS / "derivation_student_sign.tex")


def run(capsys, *argv):
    try:
        code = main(list(argv))
    except SystemExit as e:  # argparse's own exits (--help, --version, usage errors)
        code = e.code
    out = capsys.readouterr()
    return code, out.out, out.err


def test_version_is_the_package_metadata(capsys):
    assert eq7.__version__ == metadata.version("eq7")
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.strip() == f"eq7 {eq7.__version__}"


@pytest.mark.parametrize("command", list(SUBCOMMANDS))
def test_every_subcommand_help_has_description_exit_codes_and_example(capsys, command):
    code, out, _ = run(capsys, command, "--help")
    assert code == 0 and out.startswith(f"usage: eq7 {command}")
    assert "exit status:" in out and "  0  " in out and "  2  " in out
    assert f"eq7 {command}" in out.split("example")[-1]      # an example of this very command
    assert "{'" not in out                                     # no Python dict literal in the help


def test_main_help_has_exit_codes_and_version(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "--version" in out and "exit status" in out


@pytest.mark.parametrize("argv", [("check", CORRECT, "--bogus"), ("check", "--step-timeout", "x"),
                                  ("verify", "--size", "two"), ("grade",)])
def test_usage_errors_show_the_subcommands_usage_line(capsys, argv):
    code, out, err = run(capsys, *argv)
    assert code == 2 and err.startswith(f"usage: eq7 {argv[0]} ") and f"eq7 {argv[0]}: error:" in err


def test_a_usage_error_under_json_still_prints_json(capsys):
    code, out, err = run(capsys, "check", "--json", "--step-timeout", "x")
    d = json.loads(out)
    assert code == 2 and d["status"] == 2 and d["passed"] is False and "--step-timeout" in d["error"]["message"]
    assert d["schema_version"] == SCHEMA_VERSION


def test_verify_json_error_is_json(capsys):
    code, out, err = run(capsys, "verify", "--json", "--model", "ising", "--size", "0")
    d = json.loads(out)
    assert code == 2 and d["status"] == 2 and "size" in d["error"]["message"] and "size" in err


def test_check_json_error_is_json(capsys, tmp_path):
    code, out, _ = run(capsys, "check", str(tmp_path / "missing.md"), "--json")
    d = json.loads(out)
    assert code == 2 and d["schema_version"] == SCHEMA_VERSION and "no such file" in d["error"]["message"]


def test_check_and_verify_share_the_pass_fail_fields(capsys):
    code, out, _ = run(capsys, "check", CORRECT, "--json")
    c = json.loads(out)
    code_v, out_v, _ = run(capsys, "verify", "--json", "--model", "categorical", "--size", "3")
    v = json.loads(out_v)
    for d, status in ((c, code), (v, code_v)):
        assert d["schema_version"] == SCHEMA_VERSION
        assert d["status"] == status == 0 and d["passed"] is True


def test_one_schema_version_everywhere():
    from derivation import command
    from toy_models import cli as verify_cli
    assert command.SCHEMA_VERSION == verify_cli.SCHEMA_VERSION == SCHEMA_VERSION


def test_check_takes_several_documents(capsys, tmp_path):
    code, out, _ = run(capsys, "check", CORRECT, WRONG)
    assert code == 1  # an invalid step in one document
    assert "2 documents:" in out and out.count("derivation_eq7_corrected.md") >= 2
    code, out, err = run(capsys, "check", CORRECT, str(tmp_path / "missing.md"))
    assert code == 2 and "missing.md: no such file" in err
    code, out, _ = run(capsys, "check", CORRECT, WRONG, "--json")
    d = json.loads(out)
    assert code == 1 and d["status"] == 1 and [x["status"] for x in d["documents"]] == [0, 1]


def test_several_documents_refuse_one_companion(capsys, tmp_path):
    code, _, err = run(capsys, "check", CORRECT, WRONG, "--html", str(tmp_path / "c.html"))
    assert code == 2 and "one DOC" in err and not (tmp_path / "c.html").exists()


def test_license_and_project_urls():
    assert "MIT License" in (ROOT / "LICENSE").read_text()
    assert metadata.metadata("eq7")["License"] == "MIT"
    assert any("arxiv.org/abs/1606.03439" in u for u in metadata.metadata("eq7").get_all("Project-URL"))


def test_public_model_classes_have_docstrings():
    from toy_models.models import RBM, Categorical, Ising, NeuralEnergy, Potts
    for cls in (Ising, Potts, RBM, Categorical, NeuralEnergy):
        assert cls.__doc__ and "E(" in cls.__doc__, cls.__name__
