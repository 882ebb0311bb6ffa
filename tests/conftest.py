"""Shared fixtures. Every random test draws from a seeded numpy.random.Generator."""
import numpy as np
import pytest


@pytest.fixture
def rng():
    return np.random.default_rng(20160610)  # arXiv:1606.03439's month, a fixed seed
