"""Notebooks are committed without outputs or execution counts (the suite runs them with nbmake)."""
import json
from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb"))


def test_there_are_notebooks():
    assert len(NOTEBOOKS) >= 4


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_has_no_outputs_and_no_execution_counts(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    dirty = [k for k, c in enumerate(nb["cells"]) if c["cell_type"] == "code"
             and (c.get("outputs") or c.get("execution_count") is not None)]
    assert not dirty, f"{path.name}: cells {dirty} hold outputs or execution counts; clear them before committing"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_opens_with_an_introduction_and_closes_with_check_yourself(path):
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    assert cells[0]["cell_type"] == "markdown" and "".join(cells[0]["source"]).startswith("# ")
    last_md = next(c for c in reversed(cells) if c["cell_type"] == "markdown")
    assert "Check yourself" in "".join(last_md["source"])
    assert cells[-1]["cell_type"] == "code" and "assert" in "".join(cells[-1]["source"])


def test_the_checker_catches_a_dirty_notebook(tmp_path):
    nb = {"cells": [{"cell_type": "code", "source": "1", "outputs": [{"output_type": "stream"}],
                     "execution_count": 1, "metadata": {}}]}
    bad = tmp_path / "bad.ipynb"
    bad.write_text(json.dumps(nb))
    with pytest.raises(AssertionError):
        test_notebook_has_no_outputs_and_no_execution_counts(bad)
