"""The reference gradients on their own: against closed forms, and their guards."""
import numpy as np
import pytest

from toy_models import Categorical, Ising
from toy_models.errors import StateSpaceTooLarge
from toy_models.reference import FD_STEP, autograd_gradient, exact_nll, finite_difference_gradient


def _closed_form(theta, data):
    p = np.exp(-theta) / np.exp(-theta).sum()
    return np.bincount(data, minlength=len(theta)) / len(data) - p


def test_autograd_of_categorical_nll_is_closed_form(rng):
    theta = rng.standard_normal(7)
    data = rng.integers(7, size=40)
    m = Categorical(theta)
    np.testing.assert_allclose(autograd_gradient(m, m.check_data(data))["theta"], _closed_form(theta, data),
                               rtol=1e-12, atol=1e-15)


def test_central_differences_of_categorical_nll_is_closed_form(rng):
    theta = rng.standard_normal(7)
    data = rng.integers(7, size=40)
    m = Categorical(theta)
    fd = finite_difference_gradient(m, m.check_data(data))["theta"]
    # truncation |f'''| h^2 / 6 <= h^2 plus rounding ~ 1e-16 / h: ~1e-10 absolute
    np.testing.assert_allclose(fd, _closed_form(theta, data), rtol=0, atol=1e-8)


def test_finite_differences_leave_params_untouched(rng):
    m = Categorical(rng.standard_normal(4))
    before = m.params["theta"].copy()
    finite_difference_gradient(m, m.check_data(np.array([1, 2])))
    np.testing.assert_array_equal(m.params["theta"], before)


def test_exact_nll_value(rng):
    theta = rng.standard_normal(3)
    m = Categorical(theta)
    data = m.check_data(np.array([0, 0, 2]))
    expected = theta[[0, 0, 2]].mean() + np.log(np.exp(-theta).sum())
    assert exact_nll(m, data, m.params) == pytest.approx(expected, rel=1e-14)


def test_streamed_path_matches_table_path(rng, monkeypatch):
    # the FD log Z may come from one state table or from the chunked stream: same numbers
    from toy_models import reference
    from toy_models.examples import random_data, random_model
    model = random_model("ising", 6, rng)
    data = model.check_data(random_data(model, 5, rng))
    table = finite_difference_gradient(model, data)
    monkeypatch.setattr(reference, "FD_TABLE_BYTES", 0)
    streamed = finite_difference_gradient(model, data)
    for k in table:
        np.testing.assert_allclose(streamed[k], table[k], rtol=1e-7, atol=1e-9)


def test_fd_step_is_small_and_positive():
    assert 0 < FD_STEP <= 1e-4


def test_autograd_refuses_large_spaces():
    m = Ising(np.zeros((23, 23)), np.zeros(23))
    with pytest.raises(StateSpaceTooLarge, match="8,388,608 states"):
        autograd_gradient(m, np.ones((1, 23)))


def test_central_differences_refuse_a_run_of_hours_before_starting():
    m = Ising(np.zeros((24, 24)), np.zeros(24))  # 1,200 exact NLLs over 16M states: ~15 minutes
    with pytest.raises(StateSpaceTooLarge, match=r"2 x 600 parameter entries x 16,777,216 states"):
        finite_difference_gradient(m, np.ones((1, 24)))
