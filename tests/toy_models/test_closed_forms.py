"""Kaufman's finite torus and Onsager's infinite lattice, against enumeration and the transfer route."""
import numpy as np
import pytest

from toy_models import Ising, InputError, log_partition
from toy_models.closed_forms import K_CRITICAL, kaufman_log_z, onsager_log_z_per_site


@pytest.mark.parametrize("K", [0.2, K_CRITICAL, 0.7])
@pytest.mark.parametrize("m,n", [(3, 3), (3, 4), (4, 4)])
def test_kaufman_equals_enumeration(m, n, K):
    assert kaufman_log_z(m, n, K) == pytest.approx(log_partition(Ising.grid(m, n, K, periodic=True), route="plain"),
                                                   rel=1e-12)


@pytest.mark.parametrize("K", [0.3, K_CRITICAL, 0.6])
def test_kaufman_equals_transfer_far_beyond_enumeration(K):
    assert kaufman_log_z(8, 8, K) == pytest.approx(log_partition(Ising.grid(8, 8, K, periodic=True)), rel=1e-12)


def test_kaufman_stays_finite_on_a_large_torus():
    # log space: 300 x 300 has log Z ~ 1e5, where the products in linear space overflow
    assert np.isfinite(kaufman_log_z(300, 300, 0.6))


@pytest.mark.parametrize("L", [50, 100, 300])
def test_onsager_is_the_large_torus_limit(L):
    # disordered phase: the finite torus converges (exponentially) to the infinite lattice
    assert kaufman_log_z(L, L, 0.25) / L ** 2 == pytest.approx(onsager_log_z_per_site(0.25), abs=1e-12)
    # ordered phase: two ground-state families (all up, all down) add log 2 to log Z of the torus
    excess = kaufman_log_z(L, L, 0.6) - L ** 2 * onsager_log_z_per_site(0.6)
    assert excess == pytest.approx(np.log(2), abs=0.02)


def test_a_wrong_coupling_is_caught():
    # the formula is not symmetric in a way that hides a wrong K
    assert abs(kaufman_log_z(4, 4, 0.5) - log_partition(Ising.grid(4, 4, 0.51, periodic=True))) > 1e-3


@pytest.mark.parametrize("args", [(1, 4, 0.5), (4, 4, -0.5), (4, 4, float("nan")), (4.0, 4, 0.5)])
def test_bad_arguments_are_refused(args):
    with pytest.raises(InputError):
        kaufman_log_z(*args)
