"""The layer contracts of setup.cfg ([importlinter], issue 17) hold, and they can fail.

The second test copies the packages into a scratch folder, adds one upward import (the symbolic
half importing the numeric one) and requires import-linter to report the contract broken, so a
green first test means the contracts are checked, not skipped.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import importlinter  # noqa: F401  (a test dependency: a missing linter fails here, never skips)

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("derivation", "toy_models", "eq7")


def lint(folder: Path) -> subprocess.CompletedProcess:
    # PYTHONPATH first, so the packages under `folder` are the ones analysed, not the installed ones.
    env = dict(os.environ, PYTHONPATH=str(folder))
    code = "import sys; from importlinter.cli import lint_imports; sys.exit(lint_imports(config_filename='setup.cfg'))"
    return subprocess.run([sys.executable, "-c", code], cwd=folder, env=env,
                          capture_output=True, text=True, timeout=300)


def test_contracts_kept():
    result = lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" in result.stdout and "0 broken" in result.stdout


UPWARD = [   # (file, the import added to it, the contract it breaks)
    ("derivation/meaning/chain.py", "import toy_models.exact", "never import each other"),
    # the judge's old circle: the vocabulary importing the search over instances
    ("derivation/meaning/vocabulary/base.py", "from derivation.judge.instances import NotEvaluable", "the judge imports downward only"),
    # the judge importing what shows its verdicts (report.py imports check.py)
    ("derivation/judge/check.py", "from derivation.show import report", "the show layer"),
    # the folders' layers (derivation/README.md): reading knows no meaning, meaning no judge, show no runner
    ("derivation/read/reader.py", "from derivation.meaning import roles", "derivation's layers"),
    ("derivation/meaning/roles.py", "from derivation.judge import check", "derivation's layers"),
    ("derivation/show/report.py", "from derivation.run import checkdoc", "derivation's layers"),
]


@pytest.mark.parametrize("path,line,contract", UPWARD, ids=[u[0] for u in UPWARD])
def test_an_upward_import_breaks_a_contract(tmp_path, path, line, contract):
    for name in PACKAGES:
        shutil.copytree(ROOT / name, tmp_path / name,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "data", "*.json"))
    shutil.copy(ROOT / "setup.cfg", tmp_path / "setup.cfg")
    target = tmp_path / path
    target.write_text(target.read_text() + f"\n{line}  # deliberate upward import\n")
    result = lint(tmp_path)
    assert result.returncode != 0
    section = " ".join(result.stdout.split("dependencies.", 1)[-1].split("Contracts:", 1)[0].split())
    statuses = re.findall(r"-* ?(.+?) (KEPT|BROKEN)(?: \(\d+ ignored imports?\))?", section)
    broken = [name for name, status in statuses if status == "BROKEN"]
    assert any(contract in name for name in broken), (broken, result.stdout)
