"""Seeded random models and data: valid, reproducible, and refused when asked badly."""
import numpy as np
import pytest

from toy_models.errors import InputError
from toy_models.examples import KINDS, random_data, random_model


@pytest.mark.parametrize("kind", KINDS)
def test_models_are_valid_and_reproducible(kind):
    a = random_model(kind, 4, np.random.default_rng(1))
    b = random_model(kind, 4, np.random.default_rng(1))
    a.validate()
    for k in a.params:
        np.testing.assert_array_equal(a.params[k], b.params[k])
    data = random_data(a, 7, np.random.default_rng(2))
    assert a.check_data(data).shape[0] == 7


@pytest.mark.parametrize("args, match", [(("ising", 0), "size"), (("categorical", 1), "size"),
                                         (("boltzmann", 3), "kind"), (("ising", 2.5), "size")])
def test_bad_requests(args, match):
    with pytest.raises(InputError, match=match):
        random_model(*args, np.random.default_rng(0))


def test_rng_must_be_a_generator():
    with pytest.raises(InputError, match="Generator"):
        random_model("ising", 3, 42)
