"""The autograd-traceable log-sum-exp (toy_models/models/base.py)."""
import autograd
import numpy as np
import pytest

from toy_models.models.base import logsumexp


def test_matches_a_direct_sum(rng):
    a = rng.normal(size=7)
    assert logsumexp(a) == pytest.approx(np.log(np.sum(np.exp(a))), rel=1e-14)


def test_no_overflow_far_from_zero():
    assert logsumexp(np.array([1e4, 1e4])) == pytest.approx(1e4 + np.log(2.0), rel=1e-15)


def test_gradient_is_softmax(rng):
    a = rng.normal(size=5)
    np.testing.assert_allclose(autograd.grad(logsumexp)(a), np.exp(a) / np.exp(a).sum(), rtol=1e-13)
