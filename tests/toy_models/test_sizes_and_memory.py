"""Sizes far beyond any machine: lattices cost memory independent of their length, grids
too long to finish are refused before work, and refusals print huge counts exactly or as
powers (never a float overflow). Memory is measured with tracemalloc, never time."""
import tracemalloc

import numpy as np
import pytest

from toy_models import Ising, log_partition, negative_phase
from toy_models.errors import StateSpaceTooLarge
from toy_models.lattice import chain, chain_bonds, grid, grid_bonds
from toy_models.routes import transfer
from toy_models.spaces import Binary, Qary, Spin, count_text


def _peak_bytes(call):
    tracemalloc.start()
    try:
        call()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("n", [10 ** 8, 10 ** 18])
def test_a_long_chain_takes_no_memory_of_its_length(n):
    # 10^8 sites once took 2.4 GB of bond index arrays; the transfer route needs a 2 x 2 matrix
    def work():
        model = Ising.chain(n, 0.3, 0.1, periodic=True)
        assert np.isfinite(log_partition(model))
        assert set(negative_phase(model)) == {"coupling", "field"}
    assert _peak_bytes(work) < 2 ** 20


def test_long_chain_log_partition_is_linear_in_n():
    # ring: log Z = log(l+^n + l-^n), l+- = e^K +- e^-K at H = 0; n = 10^8 is n log l+ to 1e-16
    K, n = 0.3, 10 ** 8
    want = n * np.log(2 * np.cosh(K))
    assert log_partition(Ising.chain(n, K, periodic=True)) == pytest.approx(want, rel=1e-12)


def test_sizes_are_exact_python_ints():
    model = grid(10 ** 10, 10 ** 10, 0.3)
    assert model.n_sites == 10 ** 20  # np.prod would wrap around in int64
    assert model.n_bonds == 2 * 10 ** 20 - 2 * 10 ** 10
    with pytest.raises(StateSpaceTooLarge, match="2\\^100000000000000000000 states"):
        log_partition(model)


@pytest.mark.parametrize("periodic", [False, True])
@pytest.mark.parametrize("shape", [(1,), (2,), (7,), (1, 1), (1, 4), (3, 1), (2, 2), (3, 4)])
def test_bond_sums_by_slices_match_the_bond_lists(rng, shape, periodic):
    model = chain(*shape, 0.3, periodic=periodic) if len(shape) == 1 else grid(*shape, 0.3, periodic=periodic)
    first, second = chain_bonds(*shape, periodic) if len(shape) == 1 else grid_bonds(*shape, periodic)
    x = rng.choice([-1.0, 1.0], size=(9, model.n_sites))
    np.testing.assert_array_equal(model.bond_sum(x), (x[:, first] * x[:, second]).sum(axis=1))
    assert model.n_bonds == len(first) == len(model.bonds[0])


@pytest.mark.parametrize("rows, cols, periodic", [(14, 10 ** 9, False), (10, 100, True), (3, 10 ** 12, False)])
def test_a_grid_too_long_to_finish_is_refused_with_the_length_that_fits(rows, cols, periodic):
    def refuse():
        with pytest.raises(StateSpaceTooLarge, match="choose at most") as err:
            transfer.grid_log_partition(rows, cols, 0.3, 0.0, periodic)
        return err
    peak = _peak_bytes(refuse)
    assert peak < 2 ** 20  # refused before any frontier was built
    longest = int(str(refuse().value).split("choose at most ")[1].split(" ")[0].replace(",", ""))
    w = min(rows, cols)
    assert transfer.grid_seconds(w, longest, periodic) <= transfer.MAX_GRID_SECONDS
    assert transfer.grid_seconds(w, longest + 1, periodic) > transfer.MAX_GRID_SECONDS


def test_grid_estimates_grow_with_size():
    for periodic in (False, True):
        assert transfer.grid_seconds(10, 50, periodic) < transfer.grid_seconds(10, 51, periodic)
        assert transfer.grid_seconds(9, 50, periodic) < transfer.grid_seconds(10, 50, periodic)
    assert transfer.grid_seconds(14, 200, False) < transfer.MAX_GRID_SECONDS  # the tested 14 x 200 fits


# -- counts in messages ---------------------------------------------------------------------
@pytest.mark.parametrize("space, text", [
    (Spin(1100), "2^1100 states (about 10^331)"),
    (Qary(700, 3), "3^700 states (about 10^333)"),
    (Spin(20000), "2^20000 states (about 10^6020)"),  # > 4300 digits: Python would refuse to print it
    (Binary(90), "1,237,940,039,285,380,274,899,124,224 states (2^90)"),
])
def test_huge_counts_are_refused_in_words_not_overflow(space, text):
    with pytest.raises(StateSpaceTooLarge) as err:
        space.require_enumerable()
    msg = str(err.value)
    assert text in msg and "years" in msg and len(msg) < 600


def test_count_text():
    assert count_text(1024, "states", "2^10") == "1,024 states (2^10)"
    assert count_text(10 ** 40, "states") == "about 10^40 states"
    assert count_text(7) == "7"


class _NoExactCount(Qary):
    @property
    def n_states(self):
        raise AssertionError("q**d computed")  # 3**(10**8) alone takes minutes


def test_size_checks_decide_by_logarithm_when_far_apart():
    space = _NoExactCount(10 ** 8, 3)
    assert space.more_states_than(2 ** 27)
    with pytest.raises(StateSpaceTooLarge, match="3\\^100000000 states"):
        space.require_enumerable()
    assert not Qary(5, 3).more_states_than(243) and Qary(5, 3).more_states_than(242)


@pytest.mark.parametrize("call, match", [
    (lambda: chain(10 ** 5000, 0.3), "more than 10\\^300 sites \\(here about 10\\^5000\\)"),
    (lambda: grid(10 ** 200, 10 ** 200, 0.3), "about 10\\^400"),
    (lambda: Spin(10 ** 301), "d must be at most 10\\^300"),
])
def test_beyond_any_float_sizes_are_refused_as_input(call, match):
    from toy_models.errors import InputError
    with pytest.raises(InputError, match=match):
        call()


def test_the_largest_chain_still_has_a_finite_log_partition():
    assert log_partition(chain(10 ** 300, 0.0)) == pytest.approx(10 ** 300 * np.log(2), rel=1e-12)
