"""Keep what nbmake executes, for the docs site (docs/build_site.py renders the notebooks with outputs).

nbmake runs every notebook of this folder as a test and throws the outputs away. Executing them a second
time for the docs would double the slowest part of the suite on a 2-core machine, so each executed
notebook is kept in pytest's cache (.pytest_cache/d/eq7-notebooks/NAME.SHA.ipynb, SHA = the hash of the
notebook as committed): the docs build, which runs after the notebooks (tests/conftest.py orders it
last), renders from there, and executes only a notebook whose current text has no kept run.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

CACHE = "eq7-notebooks"


def kept_name(source: Path) -> str:
    """The cache file name of a notebook's run: its name and the hash of its committed text."""
    digest = hashlib.sha256(Path(source).read_bytes()).hexdigest()[:16]
    return f"{Path(source).stem}.{digest}.ipynb"


def pytest_configure(config):
    """Wrap nbmake's run so that each clean run is also written to the cache (called when this
    conftest is imported, i.e. only when notebooks are collected)."""
    try:
        from nbmake import nb_run
    except ImportError:   # pragma: no cover - nbmake is a test dependency
        return
    import nbformat

    if getattr(nb_run.NotebookRun.execute, "keeps_runs", False) or not hasattr(config, "cache"):
        return   # already wrapped, or run with -p no:cacheprovider
    folder = config.cache.mkdir(CACHE)
    original = nb_run.NotebookRun.execute

    def execute(self, *args, **kwargs):
        result = original(self, *args, **kwargs)
        if getattr(result, "error", None) is None:   # only a clean run is worth rendering
            nbformat.write(result.nb, str(folder / kept_name(self.filename)))
        return result

    execute.keeps_runs = True
    nb_run.NotebookRun.execute = execute
