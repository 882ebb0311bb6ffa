"""Property tests on random small models and data sets (hypothesis draws the seeds and sizes)."""
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from toy_models import check_identity, exact, log_partition, nll_gradient
from toy_models.examples import KINDS, random_data, random_model

SETTINGS = settings(max_examples=25, deadline=None)
cases = st.tuples(st.sampled_from(KINDS), st.integers(1, 6), st.integers(1, 12), st.integers(0, 2 ** 32 - 1))


def _case(kind, size, n, seed):
    rng = np.random.default_rng(seed)
    model = random_model(kind, max(size, 2) if kind == "categorical" else size, rng)
    return model, random_data(model, n, rng), rng


@SETTINGS
@given(cases)
def test_identity_equals_autograd(case):
    model, data, _ = _case(*case)
    report = check_identity(model, data, finite_difference=False)  # relative to the phases' scale
    assert report.max_rel_vs_autograd <= 1e-10, report.to_text()


@SETTINGS
@given(cases)
def test_probabilities_sum_to_one(case):
    model, _, _ = _case(*case)
    p = exact.probabilities(model, chunk_rows=17)
    assert np.all(p >= 0) and abs(p.sum() - 1.0) < 1e-12


@SETTINGS
@given(cases, st.floats(-1e4, 1e4))
def test_log_z_shifts_by_c_when_energies_shift_by_minus_c(case, c):
    model, _, _ = _case(*case)

    class Shifted:
        space = model.space

        def free_energy(self, x, params=None):
            return model.free_energy(x, params) - c
    assert abs(exact.log_partition(Shifted()) - (log_partition(model) + c)) <= 1e-12 * (1 + abs(c))


@SETTINGS
@given(cases)
def test_gradient_does_not_depend_on_the_order_of_the_data(case):
    model, data, rng = _case(*case)
    a = nll_gradient(model, data)
    b = nll_gradient(model, data[rng.permutation(len(data))])
    for k in a:
        np.testing.assert_allclose(a[k], b[k], rtol=1e-12, atol=1e-14)


@SETTINGS
@given(cases)
def test_gradient_of_the_nll_sums_to_zero_along_a_constant_shift(case):
    # Categorical: adding c to every theta_k shifts every energy by c; P and the NLL do not
    # change, so the gradient is orthogonal to the all-ones direction.
    _, size, n, seed = case
    model, data, _ = _case("categorical", size, n, seed)
    assert abs(nll_gradient(model, data)["theta"].sum()) < 1e-12


@SETTINGS
@given(st.integers(1, 4), st.integers(1, 4), st.integers(1, 8), st.integers(0, 2 ** 32 - 1))
def test_rbm_joint_form_equals_free_energy_form(n_visible, n_hidden, n, seed):
    from toy_models import RBM
    from toy_models.rbm_joint import joint_nll_gradient
    rng = np.random.default_rng(seed)
    model = RBM(rng.standard_normal((n_visible, n_hidden)), rng.standard_normal(n_visible),
                rng.standard_normal(n_hidden))
    data = random_data(model, n, rng)
    a, b = nll_gradient(model, data), joint_nll_gradient(model, data)
    for k in a:
        assert np.max(np.abs(a[k] - b[k])) <= 1e-12 * max(1.0, np.max(np.abs(a[k])))


@SETTINGS
@given(cases)
def test_nll_is_the_mean_negative_log_probability_of_the_data(case):
    from toy_models import nll
    model, data, _ = _case(*case)
    p = exact.probabilities(model)
    value = nll(model, data)
    assert value >= 0  # -log of a probability of a discrete state
    expected = -np.mean(np.log(p[model.space.codes_of(model.check_data(data))]))
    assert abs(value - expected) <= 1e-12 * max(1.0, abs(expected))
