"""Every fast route agrees with the plain chunked enumeration, and each model kind gets
the route expected for it.

Tolerance 1e-10 relative (normwise, max norm) on log Z and on every negative-phase
block: both sides are exact float64 sums over <= 2^13 states (rounding ~1e-14).
"""
import numpy as np
import pytest

from toy_models import RBM, Categorical, Ising, Potts, check_identity, nll_gradient
from toy_models.errors import InputError
from toy_models.routes import blocked, choose_route, layer_sum, plain, transfer

RTOL = 1e-10


def rel(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    scale = max(np.max(np.abs(a)), np.max(np.abs(b)))
    return 0.0 if scale == 0 else float(np.max(np.abs(a - b)) / scale)


def random_ising(rng, d, spins=(-1, 1)):
    a = rng.normal(size=(d, d))
    J = (a + a.T) / 2
    np.fill_diagonal(J, 0.0)
    return Ising(J, rng.normal(size=d), spins=spins)


def random_potts(rng, d, q):
    J = rng.normal(size=(d, d, q, q))
    J = (J + J.transpose(1, 0, 3, 2)) / 2
    J[np.arange(d), np.arange(d)] = 0.0
    return Potts(J, rng.normal(size=(d, q)))


def random_rbm(rng, nv, nh):
    return RBM(rng.normal(size=(nv, nh)), rng.normal(size=nv), rng.normal(size=nh))


MODELS = {
    "ising 9 spins": (lambda rng: random_ising(rng, 9), blocked),
    "ising 8 binary": (lambda rng: random_ising(rng, 8, (0, 1)), blocked),
    "ising 1 spin": (lambda rng: random_ising(rng, 1), blocked),
    "potts 5x3": (lambda rng: random_potts(rng, 5, 3), blocked),
    "rbm 7+4": (lambda rng: random_rbm(rng, 7, 4), layer_sum),
    "rbm 3+9": (lambda rng: random_rbm(rng, 3, 9), layer_sum),
    "chain 11 open": (lambda rng: Ising.chain(11, 0.6, -0.2), transfer),
    "chain 9 ring": (lambda rng: Ising.chain(9, -0.8, 0.3, periodic=True), transfer),
    "grid 3x4 open": (lambda rng: Ising.grid(3, 4, 0.45, 0.1), transfer),
    "grid 3x3 torus": (lambda rng: Ising.grid(3, 3, 0.44, -0.2, periodic=True), transfer),
    "categorical": (lambda rng: Categorical(rng.normal(size=5)), plain),
}


@pytest.mark.parametrize("kind", sorted(MODELS))
def test_route_is_chosen_and_agrees_with_plain(rng, kind):
    make, expected = MODELS[kind]
    model = make(rng)
    route = choose_route(model)
    assert route is expected
    log_z, neg = route.log_partition_and_negative_phase(model)
    plain_log_z, plain_neg = plain.log_partition_and_negative_phase(model)
    assert abs(log_z - plain_log_z) <= RTOL * max(1.0, abs(plain_log_z))
    assert abs(route.log_partition(model) - plain_log_z) <= RTOL * max(1.0, abs(plain_log_z))
    assert set(neg) == set(model.params)
    for name in model.params:
        assert np.shape(neg[name]) == np.shape(model.params[name])
        assert rel(neg[name], plain_neg[name]) <= RTOL, name


@pytest.mark.parametrize("kind", ["ising 9 spins", "potts 5x3", "rbm 7+4", "grid 3x3 torus"])
def test_identity_through_the_route_matches_autograd(rng, kind):
    model = MODELS[kind][0](rng)
    data = model.space.all_states()[rng.integers(0, model.space.n_states, size=6)]
    by_identity = nll_gradient(model, data)
    by_autograd = nll_gradient(model, data, method="autograd")
    for name in model.params:
        assert rel(by_identity[name], by_autograd[name]) <= RTOL, name


def test_report_names_the_route(rng):
    model = Ising.chain(6, 0.5, 0.1)
    report = check_identity(model, np.ones((3, 6)), finite_difference=False)
    assert report.route == "transfer" and "transfer" in str(report)
    report = check_identity(random_rbm(rng, 4, 3), np.ones((2, 4)), finite_difference=False)
    assert report.route == "layer_sum"


def test_plain_can_still_be_asked_for(rng):
    assert choose_route(random_ising(rng, 5), "plain") is plain
    with pytest.raises(InputError, match="does not apply"):
        choose_route(random_ising(rng, 5), "layer_sum")


def test_fast_routes_reach_beyond_plain(rng):
    # 2^30 states: refused by plain (limit 2^27), taken by blocked without enumerating here
    assert choose_route(random_ising(rng, 30)) is blocked
    assert choose_route(random_rbm(rng, 40, 20)) is layer_sum
    assert choose_route(Ising.grid(14, 200, 0.3)) is transfer
    assert choose_route(Ising.chain(100000, 0.3)) is transfer


# -- property: any small model, any scale, the fast route equals plain ---------------------
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


def _random_lattice(rng, kind):
    K, H = rng.normal(size=2) * 2
    if kind == 0:
        return Ising.chain(int(rng.integers(1, 9)), K, H, periodic=bool(rng.integers(2)))
    return Ising.grid(int(rng.integers(1, 4)), int(rng.integers(1, 5)), K, H, periodic=bool(rng.integers(2)))


@settings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 2 ** 32 - 1), kind=st.integers(0, 5), scale=st.sampled_from([0.1, 1.0, 30.0, 1e3]))
def test_any_small_model_any_scale_matches_plain(seed, kind, scale):
    rng = np.random.default_rng(seed)
    if kind == 0:
        model = random_ising(rng, int(rng.integers(1, 8)), spins=[(-1, 1), (0, 1)][int(rng.integers(2))])
        model.params["J"] *= scale
        model.params["h"] *= scale
    elif kind == 1:
        model = random_potts(rng, int(rng.integers(1, 5)), int(rng.integers(2, 5)))
        model.params["J"] *= scale
        model.params["h"] *= scale
    elif kind == 2:
        model = random_rbm(rng, int(rng.integers(1, 6)), int(rng.integers(1, 6)))
        for name in model.params:
            model.params[name] *= scale
    else:
        model = _random_lattice(rng, kind % 2)
        model.params["coupling"] *= min(scale, 30.0)
    route = choose_route(model)
    assert route is not plain
    log_z, neg = route.log_partition_and_negative_phase(model)
    plain_log_z, plain_neg = plain.log_partition_and_negative_phase(model)
    assert abs(log_z - plain_log_z) <= RTOL * max(1.0, abs(plain_log_z))
    # Absolute floor 1: each statistic (spin, one-hot bit, bond or spin sum) is O(1) per
    # entry, and a phase that cancels to ~1e-168 (an antiferromagnet's magnetisation) is
    # only ever computed to ~1e-16 absolute; a relative test there would test nothing real.
    for name in model.params:
        diff = np.max(np.abs(np.asarray(neg[name]) - plain_neg[name]))
        assert diff <= RTOL * max(1.0, np.max(np.abs(plain_neg[name]))), name
