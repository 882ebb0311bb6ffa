"""Huge parameters: every route refuses, or computes what the plain route computes.

The plain route (chunked enumeration) is the reference; a fast route must never return
NaN where it refuses. Parameters whose energies could pass validate.MAX_ENERGY_BOUND are
refused by every entry point alike, before any energy.
"""
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toy_models import Ising, log_partition, negative_phase
from toy_models.errors import InputError
from toy_models.examples import random_model
from toy_models.routes import blocked, choose_route, layer_sum, plain, transfer
from toy_models.validate import MAX_ENERGY_BOUND

from .test_validate import Spy


def _ising_h(h):
    return Ising(np.zeros((3, 3)), np.asarray(h, dtype=float))


@pytest.mark.parametrize("call", [
    lambda m: log_partition(m), lambda m: log_partition(m, route="plain"),
    lambda m: log_partition(m, route="blocked"), lambda m: negative_phase(m),
    lambda m: plain.log_partition(m), lambda m: blocked.log_partition(m),
    lambda m: blocked.log_partition_and_negative_phase(m),
])
def test_h_1e308_is_refused_on_every_route(call):
    model = _ising_h([1e308, 1e308, 0.0])  # -E of (1, 1, x) overflows to -inf
    spy = Spy(model)
    with pytest.raises(InputError, match="too large"):
        call(model)
    assert spy.calls == 0


@pytest.mark.parametrize("make, route", [
    (lambda: random_model("rbm", 3, np.random.default_rng(0)), layer_sum),
    (lambda: random_model("potts", 3, np.random.default_rng(0)), blocked),
    (lambda: Ising.chain(7, 0.5), transfer),
    (lambda: Ising.grid(2, 3, 0.5), transfer),
])
def test_huge_parameters_refused_on_the_other_routes(make, route):
    model = make()
    name = sorted(model.params)[-1]  # a bias or field: no symmetry to keep
    model.params[name] = np.full(np.shape(model.params[name]), 1e305)
    for call in (lambda: route.log_partition_and_negative_phase(model), lambda: plain.log_partition(model),
                 lambda: log_partition(model)):
        with pytest.raises(InputError, match="too large"):
            call()


def test_just_below_the_bound_is_computed_and_equals_plain():
    h = np.array([MAX_ENERGY_BOUND / 4, -MAX_ENERGY_BOUND / 4, MAX_ENERGY_BOUND / 4])
    model = _ising_h(h)
    fast = blocked.log_partition_and_negative_phase(model)
    ref = plain.log_partition_and_negative_phase(model)
    assert np.isfinite(fast[0]) and fast[0] == pytest.approx(ref[0], rel=1e-12)
    assert fast[0] == pytest.approx(float(np.abs(h).sum()), rel=1e-12)  # the ground state alone
    for k in ref[1]:
        np.testing.assert_allclose(fast[1][k], ref[1][k], rtol=1e-12, atol=1e-12)


def test_long_chain_bound_counts_every_bond():
    assert np.isfinite(log_partition(Ising.chain(10 ** 8, 1e290)))
    with pytest.raises(InputError, match="too large"):
        log_partition(Ising.chain(10 ** 12, 1e290))  # 1e12 bonds x 1e290


# -- property: over scales up to the float64 limit, fast routes == plain or both refuse ----
def _model(kind, rng):
    if kind == "ising":
        return random_model(["ising", "ising01"][int(rng.integers(2))], int(rng.integers(1, 7)), rng)
    if kind == "potts":
        return random_model("potts", int(rng.integers(1, 4)), rng)
    if kind == "rbm":
        return random_model("rbm", int(rng.integers(1, 5)), rng)
    if kind == "chain":
        return Ising.chain(int(rng.integers(1, 9)), 0.7, -0.2, periodic=bool(rng.integers(2)))
    return Ising.grid(int(rng.integers(1, 3)), int(rng.integers(1, 4)), 0.7, 0.3, periodic=bool(rng.integers(2)))


def _outcome(call):
    try:
        return call()
    except InputError as exc:
        assert "too large" in str(exc)
        return "refused"


@settings(max_examples=60, deadline=None)
@given(kind=st.sampled_from(["ising", "potts", "rbm", "chain", "grid"]), seed=st.integers(0, 2 ** 32 - 1),
       log10_scale=st.floats(0, 310))
def test_fast_route_equals_plain_or_both_refuse(kind, seed, log10_scale):
    rng = np.random.default_rng(seed)
    model = _model(kind, rng)
    with np.errstate(over="ignore"):
        scale = np.float64(10.0) ** log10_scale  # inf beyond 1e308
    for name in model.params:
        with np.errstate(over="ignore"):
            model.params[name] = model.params[name] * scale
    if not all(np.all(np.isfinite(v)) for v in model.params.values()):
        with pytest.raises(InputError, match="NaN or inf"):
            log_partition(model)
        return
    route = choose_route(model)
    assert route is not plain
    fast = _outcome(lambda: route.log_partition_and_negative_phase(model))
    ref = _outcome(lambda: plain.log_partition_and_negative_phase(model))
    if isinstance(ref, str) or isinstance(fast, str):
        assert fast == ref == "refused"
        return
    assert np.isfinite(fast[0]) and abs(fast[0] - ref[0]) <= 1e-10 * max(1.0, abs(ref[0]))
    for name in model.params:
        got, want = np.asarray(fast[1][name]), np.asarray(ref[1][name])
        assert np.all(np.isfinite(got))
        assert np.max(np.abs(got - want)) <= 1e-10 * max(1.0, np.max(np.abs(want))), name
