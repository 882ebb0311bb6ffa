"""Shared fixtures. Every random test draws from a seeded numpy.random.Generator."""
import numpy as np
import pytest


@pytest.fixture
def rng():
    return np.random.default_rng(20160610)  # arXiv:1606.03439's month, a fixed seed


def pytest_configure(config):
    config.addinivalue_line("markers", "after_notebooks: run after the notebooks (the docs site renders their runs)")


def pytest_collection_modifyitems(config, items):
    """The docs site renders the notebooks nbmake executed in this session (notebooks/conftest.py keeps
    the runs): its build goes after them, so the notebooks are never executed twice."""
    last = [item for item in items if item.get_closest_marker("after_notebooks")]
    if last:
        items[:] = [item for item in items if not item.get_closest_marker("after_notebooks")] + last
