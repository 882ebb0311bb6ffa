"""Eq. (7) on every model: identity == autograd (1e-10) == central differences (1e-6).

Sizes are the issue's: d = 16 (Ising, both spin sets; NeuralEnergy; Categorical K = 16),
Potts d = 6 q = 3, RBM 10 + 10. Central differences run at d = 16 for the Ising models and
at d = 12 for NeuralEnergy (its 2 x 260 exact NLLs at d = 16 take ~4 s).
"""
import numpy as np
import pytest

from toy_models import check_identity, log_partition, negative_phase, nll, nll_gradient, positive_phase
from toy_models.errors import InputError, StateSpaceTooLarge
from toy_models.examples import random_data, random_model
from toy_models.routes import choose_route

# identity and autograd are the same exact sums in another rounding order (~1e-14 seen)
TOL_AUTOGRAD = 1e-10
# central differences, h = 1e-5: truncation ~h^2, rounding ~eps/h, ~1e-9 seen
TOL_FD = 1e-6
BIG = [("categorical", 16), ("ising", 16), ("ising01", 16), ("potts", 6), ("rbm", 10), ("neural", 16)]
FD_SIZES = [("categorical", 16), ("ising", 16), ("ising01", 10), ("potts", 6), ("rbm", 10), ("neural", 12)]


def _case(rng, kind, size, n=25):
    model = random_model(kind, size, rng)
    return model, random_data(model, n, rng)


@pytest.mark.parametrize("route", [None, "plain"])  # the chosen route, and plain enumeration itself
@pytest.mark.parametrize("kind, size", BIG)
def test_identity_matches_autograd(rng, kind, size, route):
    model, data = _case(rng, kind, size)
    report = check_identity(model, data, route=route, finite_difference=False)
    assert report.max_rel_vs_autograd < TOL_AUTOGRAD, report.to_text()
    assert report.route == choose_route(model, route).name and report.n_states == model.space.n_states


@pytest.mark.parametrize("kind, size", FD_SIZES)
def test_identity_matches_central_differences(rng, kind, size):
    model, data = _case(rng, kind, size)
    identity = nll_gradient(model, data)
    fd = nll_gradient(model, data, method="finite_difference")
    for k in model.params:
        err = np.max(np.abs(identity[k] - fd[k])) / np.max(np.abs(identity[k]))
        assert err < TOL_FD, (k, err)


def test_the_check_can_fail_with_the_wrong_sign_of_the_negative_phase(rng):
    model, data = _case(rng, "ising", 6)
    pos, neg = positive_phase(model, data), negative_phase(model)
    ag = nll_gradient(model, data, method="autograd")
    wrong = {k: pos[k] + neg[k] for k in pos}
    assert max(np.max(np.abs(wrong[k] - ag[k])) for k in pos) > 0.1


def test_the_check_can_fail_when_z_sums_over_the_data_only(rng):
    # the seed's row 7 reading: P weighted over the data set instead of the state space
    model, data = _case(rng, "ising", 6)
    x = model.check_data(data)
    e = model.energy(x)
    w = np.exp(-(e - e.min()))
    wrong_negative = model.weighted_energy_gradient(x, w / w.sum())
    pos = positive_phase(model, data)
    ag = nll_gradient(model, data, method="autograd")
    assert max(np.max(np.abs(pos[k] - wrong_negative[k] - ag[k])) for k in pos) > 0.05


def test_nll_matches_direct_log_probabilities(rng):
    model, data = _case(rng, "potts", 4)
    states = model.space.all_states()
    logp = -model.energy(states) - log_partition(model)
    codes = (model.check_data(data) * 3 ** np.arange(3, -1, -1)).sum(axis=1)  # base-3 position, by hand
    assert nll(model, data) == pytest.approx(-logp[codes].mean(), rel=1e-13)


@pytest.mark.parametrize("kind, size", [("ising", 8), ("ising01", 8), ("potts", 5), ("rbm", 6),
                                        ("categorical", 12), ("neural", 6)])
def test_energies_scaled_by_1e3_stay_finite_and_exact(rng, kind, size):
    model, data = _case(rng, kind, size)
    for k in model.params:
        model.params[k] *= 1e3
    log_z = log_partition(model)
    # independent: log-sum-exp of all -F in one array, no chunks
    neg = -model.free_energy(model.space.all_states())
    assert np.isfinite(log_z) and abs(log_z) > 1e2
    assert log_z == pytest.approx(neg.max() + np.log(np.exp(neg - neg.max()).sum()), rel=1e-14)
    report = check_identity(model, data)
    assert report.max_rel_vs_autograd < TOL_AUTOGRAD
    assert report.max_rel_vs_finite_difference < TOL_FD
    assert all(np.all(np.isfinite(b.identity)) for b in report.blocks)


def test_log_partition_near_1e4(rng):
    model = random_model("ising", 12, rng)
    model.params["h"] = np.full(12, 1e3)  # ground state all +1: log Z ~ 1.2e4
    model.params["J"] = 1e3 * model.params["J"]
    log_z = log_partition(model)
    assert 1e4 < log_z < 2e4
    g = nll_gradient(model, np.ones((3, 12)))
    ag = nll_gradient(model, np.ones((3, 12)), method="autograd")
    for k in g:
        assert np.all(np.isfinite(g[k]))
        np.testing.assert_allclose(g[k], ag[k], rtol=0, atol=1e-10 * max(1.0, np.max(np.abs(ag[k]))))


class _Spy:
    """Wrap a model and count energy evaluations (bad input must compute nothing)."""

    def __init__(self, model):
        self.calls = 0
        for name in ("energy", "free_energy"):
            setattr(model, name, self._counted(getattr(model, name)))

    def _counted(self, original):
        def counted(*a, **k):
            self.calls += 1
            return original(*a, **k)
        return counted


@pytest.mark.parametrize("method", ["identity", "autograd", "finite_difference"])
@pytest.mark.parametrize("data, match", [
    (np.zeros((3, 4)), "outside"),               # {0,1} data for a +-1 model
    (np.ones((3, 5)), r"shape \(N, 4\)"),
    (np.ones((0, 4)), "empty"),
    (np.full((2, 4), np.nan), "NaN"),
])
def test_bad_data_is_refused_before_any_energy(rng, method, data, match):
    model = random_model("ising", 4, rng)
    spy = _Spy(model)
    with pytest.raises(InputError, match=match):
        nll_gradient(model, data, method=method)
    assert spy.calls == 0


def test_non_finite_parameters_are_refused_before_any_energy(rng):
    model = random_model("rbm", 3, rng)
    model.params["W"][1, 1] = np.inf
    spy = _Spy(model)
    for call in (lambda: log_partition(model), lambda: check_identity(model, np.ones((1, 3))),
                 lambda: negative_phase(model)):
        with pytest.raises(InputError, match="W holds NaN or inf"):
            call()
    assert spy.calls == 0


def test_unknown_method(rng):
    model, data = _case(rng, "ising", 3)
    with pytest.raises(InputError, match="method must be one of"):
        nll_gradient(model, data, method="backprop")


@pytest.mark.parametrize("call", [
    lambda m, x: log_partition(m), lambda m, x: nll(m, x), lambda m, x: nll_gradient(m, x),
    lambda m, x: nll_gradient(m, x, method="autograd"), lambda m, x: check_identity(m, x),
    lambda m, x: negative_phase(m),
])
def test_too_large_space_is_refused_with_its_size(call):
    from toy_models import Ising
    # fully coupled: a sparse J (even all zeros) is exact by contraction at any size
    model = Ising(np.ones((40, 40)) - np.eye(40), np.zeros(40))
    spy = _Spy(model)
    with pytest.raises(StateSpaceTooLarge, match=r"1,099,511,627,776 states .* TB"):
        call(model, np.ones((2, 40)))
    assert spy.calls == 0


def test_autograd_has_its_own_smaller_ceiling():
    from toy_models import Ising
    model = Ising(np.zeros((22, 22)), np.zeros(22))  # 4M states: streams fine, autograd refuses
    spy = _Spy(model)
    with pytest.raises(StateSpaceTooLarge, match="autograd"):
        nll_gradient(model, np.ones((1, 22)), method="autograd")
    assert spy.calls == 0


def test_check_identity_refuses_slow_central_differences_before_any_energy():
    from toy_models import Potts
    # 9^6 = 531,441 states (autograd would accept) x 2 x 2,970 entries = 3.2e9 evaluations > 2^31
    model = Potts(np.zeros((6, 6, 9, 9)), np.zeros((6, 9)))
    spy = _Spy(model)
    with pytest.raises(StateSpaceTooLarge, match="central differences"):
        check_identity(model, np.zeros((2, 6)))
    assert spy.calls == 0
