"""State spaces: sizes, enumeration order, chunking, data checks, the size guard."""
import itertools

import numpy as np
import pytest

from toy_models.errors import InputError, StateSpaceTooLarge
from toy_models.spaces import Binary, Qary, RBMJoint, Spin

SMALL = [(Binary(3), (0, 1), 3), (Spin(4), (-1, 1), 4), (Qary(3, 3), (0, 1, 2), 3),
         (RBMJoint(2, 2), (0, 1), 4)]


@pytest.mark.parametrize("space, values, d", SMALL, ids=repr)
def test_enumeration_order_is_itertools_product(space, values, d):
    expected = np.array(list(itertools.product(values, repeat=d)))
    np.testing.assert_array_equal(space.all_states(), expected)
    assert space.n_states == len(expected)


@pytest.mark.parametrize("chunk_rows", [1, 2, 5, 7, 10_000])
def test_chunks_concatenate_to_all_states_and_respect_size(chunk_rows):
    space = Qary(4, 3)
    chunks = list(space.chunks(chunk_rows))
    assert all(1 <= len(c) <= chunk_rows for c in chunks)
    np.testing.assert_array_equal(np.concatenate(chunks), space.all_states())


def test_n_states_is_exact_beyond_int64():
    assert Spin(100).n_states == 2 ** 100
    assert Qary(50, 7).n_states == 7 ** 50


def test_dtypes():
    assert Spin(2).all_states().dtype == np.float64
    assert Qary(2, 3).all_states().dtype == np.int64


def test_too_large_is_refused_when_chunks_is_called_with_size_memory_and_time():
    with pytest.raises(StateSpaceTooLarge) as err:
        Spin(40).chunks()  # the generator is not even started
    msg = str(err.value)
    assert "1,099,511,627,776 states" in msg and "TB" in msg and "days" in msg


def test_guard_limit_is_adjustable():
    Binary(10).require_enumerable(limit=1024)
    with pytest.raises(StateSpaceTooLarge, match="1,024 states"):
        Binary(10).require_enumerable(limit=1023)


def test_rbm_joint_split():
    space = RBMJoint(3, 2)
    x = space.all_states()
    v, h = space.split(x)
    assert v.shape == (32, 3) and h.shape == (32, 2)
    np.testing.assert_array_equal(np.hstack([v, h]), x)


def test_check_data_accepts_and_converts():
    out = Spin(3).check_data([[1, -1, 1], [-1, -1, -1]])
    assert out.dtype == np.float64 and out.shape == (2, 3)
    assert Qary(2, 3).check_data(np.array([[0.0, 2.0]])).dtype == np.int64


@pytest.mark.parametrize("data, match", [
    (np.zeros((2, 4)), r"shape \(N, 3\)"),
    (np.zeros(3), r"shape \(N, 3\)"),
    (np.zeros((0, 3)), "empty"),
    (np.array([[1.0, np.nan, 1.0]]), "NaN"),
    (np.array([[1, 0, 1]]), r"data\[0, 1\] = 0 is outside"),
    (np.array([["a", "b", "c"]]), "numeric"),
    ([[1, 1], [1, 1, 1]], "data"),
])
def test_check_data_refuses(data, match):
    with pytest.raises(InputError, match=match):
        Spin(3).check_data(data)


def test_contains():
    assert Binary(2).contains([[0, 1]])
    assert not Binary(2).contains([[0, 2]])


@pytest.mark.parametrize("make", [lambda: Binary(0), lambda: Spin(-1), lambda: Binary(2.5),
                                  lambda: Qary(3, 1), lambda: Binary(True), lambda: RBMJoint(0, 2)])
def test_bad_sizes(make):
    with pytest.raises(InputError):
        make()


def test_bad_chunk_rows():
    with pytest.raises(InputError, match="chunk_rows"):
        Binary(3).chunks(0)


@pytest.mark.parametrize("space", [Binary(5), Spin(3), Qary(3, 4), RBMJoint(2, 3)], ids=repr)
def test_codes_of_inverts_the_enumeration(space):
    states = space.all_states()
    np.testing.assert_array_equal(space.codes_of(states), np.arange(space.n_states))


def test_codes_of_checks_its_input():
    with pytest.raises(InputError, match="states"):
        Spin(2).codes_of([[0, 1]])
