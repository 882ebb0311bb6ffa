"""The layer contracts of setup.cfg ([importlinter], issue 17) hold, and they can fail.

The second test copies the packages into a scratch folder, adds one upward import (the symbolic
half importing the numeric one) and requires import-linter to report the contract broken, so a
green first test means the contracts are checked, not skipped.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

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


def test_an_upward_import_breaks_a_contract(tmp_path):
    for name in PACKAGES:
        shutil.copytree(ROOT / name, tmp_path / name,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "data", "*.json"))
    shutil.copy(ROOT / "setup.cfg", tmp_path / "setup.cfg")
    chain = tmp_path / "derivation" / "chain.py"
    chain.write_text(chain.read_text() + "\nimport toy_models.exact  # deliberate upward import\n")
    result = lint(tmp_path)
    assert result.returncode != 0
    assert "BROKEN" in result.stdout
