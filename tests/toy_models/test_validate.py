"""Parameters edited after construction are checked like new ones, at every entry point.

Independent references: the gradient of the same model built with float parameters, and
a spy that counts energy evaluations (a refused edit must compute nothing).
"""
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toy_models import (Ising, check_identity, log_partition, negative_phase, nll, nll_gradient,
                        positive_phase)
from toy_models.errors import InputError
from toy_models.examples import random_data, random_model
from toy_models.routes import blocked, layer_sum, plain, transfer
from toy_models.sampled import exact_samples, gibbs_sweeps, sampled_negative_phase
from toy_models.validate import as_float64


class Spy:
    """Count energy evaluations of a model (a refusal must come before any)."""

    def __init__(self, model):
        self.calls = 0
        for name in ("energy", "free_energy"):
            setattr(model, name, self._counted(getattr(model, name)))

    def _counted(self, original):
        def counted(*a, **k):
            self.calls += 1
            return original(*a, **k)
        return counted


def _ising(rng, d=4, spins=(-1, 1)):
    return random_model("ising" if spins == (-1, 1) else "ising01", d, rng)


ENTRY_POINTS = {
    "log_partition": lambda m, x: log_partition(m),
    "log_partition plain": lambda m, x: log_partition(m, route="plain"),
    "nll": lambda m, x: nll(m, x),
    "nll_gradient": lambda m, x: nll_gradient(m, x),
    "nll_gradient autograd": lambda m, x: nll_gradient(m, x, method="autograd"),
    "nll_gradient fd": lambda m, x: nll_gradient(m, x, method="finite_difference"),
    "check_identity": lambda m, x: check_identity(m, x),
    "positive_phase": lambda m, x: positive_phase(m, x),
    "negative_phase": lambda m, x: negative_phase(m),
    "sampled_negative_phase": lambda m, x: sampled_negative_phase(m, x),
    "exact_samples": lambda m, x: exact_samples(m, 3, np.random.default_rng(0)),
    "plain route": lambda m, x: plain.log_partition_and_negative_phase(m),
    "plain route log Z": lambda m, x: plain.log_partition(m),
    "blocked route": lambda m, x: blocked.log_partition_and_negative_phase(m),
}


# -- ints are cast exactly; the gradient is the float model's ------------------------------
def test_int_parameters_give_the_float_gradient(rng):
    J = rng.integers(-2, 3, size=(5, 5))
    J = J + J.T
    np.fill_diagonal(J, 0)
    h = rng.integers(-1, 2, size=5)
    reference = Ising(J.astype(float) / 4, h.astype(float) / 4)
    edited = Ising(np.zeros((5, 5)), np.zeros(5))
    edited.params["J"], edited.params["h"] = J, h  # int64 arrays, edited in
    reference.params["J"], reference.params["h"] = J.astype(float), h.astype(float)
    data = random_data(reference, 7, rng)
    want = nll_gradient(reference, data, method="autograd")
    for method in ("autograd", "identity", "finite_difference"):
        got = nll_gradient(edited, data, method=method)
        for k in want:
            np.testing.assert_allclose(got[k], want[k], rtol=1e-6, atol=1e-8)
    assert edited.params["J"].dtype == np.float64 and edited.params["h"].dtype == np.float64


@pytest.mark.parametrize("value", [np.float32(0.5), np.array([1.5], dtype=np.float16), 3, np.int8(-2),
                                   np.array([2 ** 53]), np.array([2 ** 64 - 2 ** 12], dtype=np.uint64)])
def test_exact_casts_are_accepted(value):
    out = as_float64(value, "p")
    assert out.dtype == np.float64 and np.all(out == np.asarray(value))


@pytest.mark.parametrize("value, match", [
    (np.array([1 + 2j]), "must be real, got complex"),
    (np.array([1 + 0j]), "must be real, got complex"),  # refused even when exactly real
    (np.array([True]), "dtype bool"),
    ("0.5", "numeric array"),
    (np.array([2 ** 53 + 1]), "no exact float64 value"),
    (np.array([2 ** 63 - 1]), "no exact float64 value"),
    (10 ** 30, "dtype object"),
    ([[1.0], [1.0, 2.0]], "numeric array"),
    (None, "dtype object"),
])
def test_inexact_or_non_real_values_are_refused(value, match):
    with pytest.raises(InputError, match=match):
        as_float64(value, "p")


def test_long_double_is_cast_only_when_exact():
    if np.finfo(np.longdouble).nmant <= 52:
        pytest.skip("long double is float64 here")
    ok = np.array([0.5], dtype=np.longdouble)
    assert as_float64(ok, "p")[0] == 0.5
    with pytest.raises(InputError, match="no exact float64 value"):
        as_float64(np.array([1], dtype=np.longdouble) + np.finfo(np.longdouble).eps, "p")


def test_construction_refuses_complex_instead_of_dropping_the_imaginary_part():
    with pytest.raises(InputError, match="J must be real"):
        Ising(np.zeros((2, 2)) + 1j, np.zeros(2))


# -- every entry point refuses an edited model before any energy ----------------------------
@pytest.mark.parametrize("entry", sorted(ENTRY_POINTS))
@pytest.mark.parametrize("edit, match", [
    (lambda p: p.update(h=p["h"] + 1j), "must be real"),
    (lambda p: p.update(h=np.zeros(5)), r"parameter h must have shape \(4,\)"),
    (lambda p: p.update(h=p["h"] > 0), "dtype bool"),
    (lambda p: p.pop("h"), "exactly the entries"),
    (lambda p: p.update(extra=np.zeros(2)), "exactly the entries"),
    (lambda p: p["J"].__setitem__((0, 1), np.nan), "J holds NaN or inf"),
    (lambda p: p["J"].__setitem__((0, 1), 5.0), "symmetric"),
    (lambda p: p.update(h=np.full(4, 1e308)), "too large"),
])
def test_edited_parameters_are_refused_at_every_entry_point(rng, entry, edit, match):
    model = _ising(rng)
    data = random_data(model, 3, rng)
    edit(model.params)
    spy = Spy(model)
    with pytest.raises(InputError, match=match):
        ENTRY_POINTS[entry](model, data)
    assert spy.calls == 0


def test_params_replaced_by_a_non_dict(rng):
    model = _ising(rng)
    model.params = [1, 2]
    with pytest.raises(InputError, match="params must be a dict"):
        log_partition(model)


def test_gibbs_and_rbm_routes_check_too(rng):
    model = _ising(rng)
    model.params["J"] = model.params["J"] * (1 + 1j)
    with pytest.raises(InputError, match="must be real"):
        gibbs_sweeps(model, np.ones((2, 4)), 1, rng)
    rbm = random_model("rbm", 3, rng)
    rbm.params["W"] = rbm.params["W"].astype(complex)
    with pytest.raises(InputError, match="must be real"):
        layer_sum.log_partition_and_negative_phase(rbm)
    lattice = Ising.chain(5, 0.3)
    lattice.params["coupling"] = np.array([0.3, 0.2])
    with pytest.raises(InputError, match="coupling must have shape"):
        transfer.log_partition_and_negative_phase(lattice)


# -- property: any corruption of any model is refused with InputError, computing nothing ----
KINDS = ["ising", "ising01", "potts", "rbm", "categorical", "neural", "chain"]


def _model(kind, rng):
    if kind == "chain":
        return Ising.chain(6, 0.4, 0.1)
    return random_model(kind, 3, rng)


def _corrupt(value, how, rng):
    arr = np.array(value, dtype=float)
    flat = arr.reshape(-1)
    if how == "nan":
        flat[rng.integers(flat.size)] = np.nan
        return arr
    if how == "inf":
        flat[rng.integers(flat.size)] = -np.inf
        return arr
    if how == "complex":
        return arr + 1e-3j
    if how == "bool":
        return arr > 0
    if how == "str":
        return arr.astype(str)
    if how == "shape":
        return np.zeros(arr.shape + (2,))
    if how == "huge int":
        return np.full(arr.shape, 2 ** 62 + 1, dtype=np.int64)
    if how == "huge":
        return np.full(arr.shape, 1e305)
    if how == "object":
        return np.full(arr.shape, None, dtype=object)
    raise AssertionError(how)


HOWS = ["nan", "inf", "complex", "bool", "str", "shape", "huge int", "huge", "object", "missing", "extra"]


@settings(max_examples=80, deadline=None)
@given(kind=st.sampled_from(KINDS), how=st.sampled_from(HOWS), entry=st.sampled_from(sorted(ENTRY_POINTS)),
       seed=st.integers(0, 2 ** 32 - 1))
def test_any_corruption_is_refused_before_any_energy(kind, how, entry, seed):
    rng = np.random.default_rng(seed)
    model = _model(kind, rng)
    data = random_data(model, 2, rng) if kind != "chain" else np.ones((2, 6))
    names = sorted(model.params)
    name = names[rng.integers(len(names))]
    if how == "missing":
        del model.params[name]
    elif how == "extra":
        model.params["theta2"] = np.zeros(1)
    else:
        model.params[name] = _corrupt(model.params[name], how, rng)
    spy = Spy(model)
    with pytest.raises(InputError):
        ENTRY_POINTS[entry](model, data)
    assert spy.calls == 0


# -- spins ---------------------------------------------------------------------------------
@pytest.mark.parametrize("spins", [(0.5, 1), (0, 1.5), (True, 1), ("0", "1"), (-1, 1, 1), (1, -1), (0,),
                                   (-1.0000001, 1), 5, None, (np.nan, 1)])
def test_only_the_two_spin_sets_exactly(spins):
    with pytest.raises(InputError, match="spins must be exactly"):
        Ising(np.zeros((2, 2)), np.zeros(2), spins=spins)


@pytest.mark.parametrize("spins, key", [((0.0, 1.0), (0, 1)), (np.array([-1, 1]), (-1, 1)),
                                        ([np.int8(0), np.float32(1)], (0, 1))])
def test_equal_spellings_of_the_spin_sets_are_accepted(spins, key):
    assert Ising(np.zeros((2, 2)), np.zeros(2), spins=spins).spins == key


def test_a_model_that_fills_its_params_in_place_is_held_to_what_it_filled():
    from toy_models.models.base import EnergyModel
    from toy_models.spaces import Binary

    class Filled(EnergyModel):
        def __init__(self):
            self.space = Binary(2)
            self.params = {}
            self.params["a"] = np.zeros(2)

        def energy(self, x, params=None):
            return x @ self._p(params)["a"]

        def sizes(self):
            return "d=2"

    model = Filled()
    assert np.isfinite(log_partition(model, route="plain"))
    model.params["a"] = np.zeros(3)
    with pytest.raises(InputError, match=r"parameter a must have shape \(2,\)"):
        log_partition(model, route="plain")
