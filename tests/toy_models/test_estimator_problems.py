"""The toy problems of `eq7 estimators` (toy_models/estimator_problems.py)."""
import numpy as np
import pytest

from toy_models.errors import InputError
from toy_models.estimator_problems import KINDS, study_problem
from toy_models.exact import probabilities


@pytest.mark.parametrize("kind", KINDS)
def test_problems_are_valid_and_seeded(kind):
    model, data, text = study_problem(kind, 3, np.random.default_rng(5))
    model.validate()
    assert model.check_data(data).shape[0] == 200 and text
    again = study_problem(kind, 3, np.random.default_rng(5))
    np.testing.assert_array_equal(data, again[1])


def test_the_ising_model_has_two_equal_modes_and_the_data_sit_in_one():
    model, data, _ = study_problem("ising", 6, np.random.default_rng(0))
    p = probabilities(model)
    assert p[0] == pytest.approx(p[-1]) and p[0] == p.max()  # all down and all up
    assert data.mean() > 0.5


@pytest.mark.parametrize("kind, size, match", [("glass", None, "model"), ("ising", 1, "size"),
                                               ("ising", 2.5, "size"), ("ising", 17, "too large"),
                                               ("potts", 11, "too large"), ("rbm", 10 ** 6, "too large")])
def test_bad_arguments(kind, size, match):
    with pytest.raises(ValueError, match=match):
        study_problem(kind, size, np.random.default_rng(0))


def test_bad_rng():
    with pytest.raises(InputError, match="rng"):
        study_problem("ising", 3, 1)
