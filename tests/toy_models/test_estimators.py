"""Each estimator of the negative phase against the exact one (toy_models/estimators.py)."""
import numpy as np
import pytest

from toy_models import RBM, Categorical, Ising, NeuralEnergy, Potts
from toy_models.errors import InputError
from toy_models.estimator_problems import study_problem
from toy_models.estimators import (limit_negative_phase, negative_phase_estimate, new_chains,
                                   parse_method)
from toy_models.identity import negative_phase

# |z| above this for any one parameter entry is a failure: P(|N(0,1)| > 4.5) ≈ 7e-6, so a
# correct sampler fails with probability < 1e-4 over the 20 entries tested.
Z_BOUND = 4.5


def small_ising(rng, d=4):
    a = 0.6 * rng.standard_normal((d, d))
    J = (a + a.T) / 2
    np.fill_diagonal(J, 0.0)
    return Ising(J, 0.4 * rng.standard_normal(d))


def flat(tree, keys):
    return np.concatenate([np.ravel(tree[k]) for k in keys])


def per_state_gradients(model):
    """dF(x)/dΘ of every state, one state at a time (an independent reference)."""
    keys = list(model.params)
    states = model.space.all_states()
    return np.array([flat(model.weighted_energy_gradient(s[None, :], np.ones(1)), keys) for s in states])


def test_exact_sampling_is_unbiased_within_a_stated_bound(rng):
    model = small_ising(rng)
    keys, m = list(model.params), 4000
    G = per_state_gradients(model)
    p = np.exp(-model.energy(model.space.all_states()))
    p /= p.sum()
    exact = p @ G
    sd = np.sqrt(np.maximum(p @ G ** 2 - exact ** 2, 0) / m)
    est = flat(negative_phase_estimate(model, "exact", m, rng), keys)
    assert np.allclose(exact, flat(negative_phase(model), keys), atol=1e-12)
    moving = sd > 0  # J's diagonal: x_j² = 1 for ±1 spins, the estimate is exact
    assert np.all(np.abs(est - exact)[moving] < Z_BOUND * sd[moving])
    np.testing.assert_allclose(est[~moving], exact[~moving], atol=1e-12)


def test_exact_sampling_error_falls_like_one_over_sqrt_m(rng):
    """E||error||² = tr Cov / M exactly; measured over 200 repeats it is within a factor 1.5."""
    model = small_ising(rng)
    keys = list(model.params)
    G = per_state_gradients(model)
    p = np.exp(-model.energy(model.space.all_states()))
    p /= p.sum()
    trace = float(np.sum(p @ G ** 2 - (p @ G) ** 2))
    exact = flat(negative_phase(model), keys)
    for m in (10, 1000):
        mse = np.mean([np.sum((flat(negative_phase_estimate(model, "exact", m, rng), keys) - exact) ** 2)
                       for _ in range(200)])
        assert 1 / 1.5 < mse / (trace / m) < 1.5


def _bias_and_noise(model, data, method, m, repeats, rng, **kw):
    keys = list(model.params)
    exact = flat(negative_phase(model), keys)
    e = np.array([flat(negative_phase_estimate(model, method, m, rng, data=data, **kw), keys) - exact
                  for _ in range(repeats)])
    return np.linalg.norm(e.mean(axis=0)), np.sqrt(e.var(axis=0).sum() / repeats)


def test_cd1_bias_on_a_strong_ferromagnet_does_not_vanish(rng):
    """CD-1's chains start in the data's mode and stay there: the error does not shrink
    with M, and it is many times its own sampling error."""
    model, data, _ = study_problem("ising", 6, rng)
    b100, n100 = _bias_and_noise(model, data, "cd-1", 100, 10, rng)
    b2000, n2000 = _bias_and_noise(model, data, "cd-1", 2000, 10, rng)
    assert b100 > 10 * n100 and b2000 > 10 * n2000
    assert b2000 > 0.8 * b100
    exact_b, exact_n = _bias_and_noise(model, data, "exact", 2000, 10, rng)
    assert exact_b < 4 * exact_n and exact_b < 0.1 * b2000  # the control: no bias to see


def test_pcd_bias_is_below_cd1_at_equal_sweeps(rng):
    model, data, _ = study_problem("ising", 6, rng)
    b_cd, _ = _bias_and_noise(model, data, "cd-1", 500, 8, rng)
    b_pcd, n_pcd = _bias_and_noise(model, data, "pcd-1", 500, 8, rng)
    assert b_pcd < b_cd / 5


def test_pcd_reuses_the_chains_it_is_given(rng):
    model, data, _ = study_problem("ising", 4, rng)
    m = parse_method("pcd-2")
    chains = new_chains(model, m, 30, rng, warmup=0)
    negative_phase_estimate(model, "pcd-2", 30, rng, chains=chains)
    negative_phase_estimate(model, "pcd-2", 30, rng, chains=chains)
    assert chains.sweeps_done == 4
    with pytest.raises(InputError, match="30 chains"):
        negative_phase_estimate(model, "pcd-2", 31, rng, chains=chains)


@pytest.mark.parametrize("method", ["gen-meanfield", "gen-nade", "gen-table"])
def test_generator_estimates_run_on_spin_models(rng, method):
    model = small_ising(rng, d=3)
    est = negative_phase_estimate(model, method, 50, rng)
    assert set(est) == {"J", "h"} and np.all(np.abs(est["h"]) <= 1)


def test_a_perfect_generator_is_unbiased(rng):
    """gen-table fitted long enough equals P_Θ: the estimate is then exact sampling."""
    from toy_models.estimators import new_generator
    model = small_ising(rng, d=3)
    gen = new_generator(model, parse_method("gen-table"), rng, steps=600)
    keys = list(model.params)
    exact = flat(negative_phase(model), keys)
    est = flat(negative_phase_estimate(model, "gen-table", 20_000, rng, generator=gen), keys)
    assert np.max(np.abs(est - exact)) < 0.05


def test_same_seed_same_numbers():
    model, data, _ = study_problem("potts", 3, np.random.default_rng(0))
    for method in ("exact", "cd-2", "pcd-1"):
        a = negative_phase_estimate(model, method, 20, np.random.default_rng(9), data=data)
        b = negative_phase_estimate(model, method, 20, np.random.default_rng(9), data=data)
        for k in a:
            np.testing.assert_array_equal(a[k], b[k])


@pytest.mark.parametrize("name, parsed", [("exact", ("exact", 0, "")), ("CD-3", ("cd", 3, "")),
                                          ("pcd-10", ("pcd", 10, "")), ("gen-nade", ("gen", 0, "nade"))])
def test_method_names(name, parsed):
    m = parse_method(name)
    assert (m.kind, m.sweeps, m.generator) == parsed


@pytest.mark.parametrize("bad", ["cd", "cd-0", "cd-x", "gibbs", "gen-gan", "", 3, None])
def test_unknown_methods_are_refused(bad):
    with pytest.raises(InputError, match="method"):
        parse_method(bad)


@pytest.mark.parametrize("m", [0, -3, 2.5, True])
def test_bad_sample_counts(rng, m):
    with pytest.raises(InputError, match="n_samples"):
        negative_phase_estimate(small_ising(rng), "exact", m, rng)


def test_unsupported_models_and_missing_inputs_are_refused_before_work(rng, monkeypatch):
    import toy_models.estimators as est
    monkeypatch.setattr(est, "exact_samples", lambda *a: pytest.fail("work started"))
    monkeypatch.setattr(est, "fit_generator", lambda *a: pytest.fail("work started"))
    with pytest.raises(InputError, match="Ising, Potts and RBM"):
        negative_phase_estimate(NeuralEnergy.random(3, rng), "cd-1", 5, rng, data=np.zeros((2, 3)))
    with pytest.raises(InputError, match="Ising, Potts and RBM"):
        negative_phase_estimate(Categorical([0.0, 1.0]), "pcd-1", 5, rng)
    with pytest.raises(InputError, match="two-valued"):
        negative_phase_estimate(Potts(np.zeros((2, 2, 3, 3)), np.zeros((2, 3))), "gen-nade", 5, rng)
    with pytest.raises(InputError, match="pass data"):
        negative_phase_estimate(small_ising(rng), "cd-1", 5, rng)
    with pytest.raises(InputError, match="rng"):
        negative_phase_estimate(small_ising(rng), "exact", 5, 42)
    with pytest.raises(InputError, match="scan"):
        negative_phase_estimate(small_ising(rng), "cd-1", 5, rng, data=np.ones((2, 4)), scan="zigzag")
    rbm = RBM(np.zeros((2, 2)), np.zeros(2), np.zeros(2))
    negative_phase_estimate(rbm, "cd-1", 3, rng, data=np.ones((2, 2)))  # supported: no error


def test_cd_limit_is_exact_and_shrinks_with_more_sweeps(rng):
    """CD-k's bias as M -> infinity, by the exact sweep kernels: large for k = 1 on the
    ferromagnet, smaller for more sweeps, and what 4000 chains average to."""
    model, data, _ = study_problem("ising", 6, rng)
    keys = list(model.params)
    exact = flat(negative_phase(model), keys)
    limits = {k: flat(limit_negative_phase(model, f"cd-{k}", data), keys) for k in (1, 5, 50)}
    bias = {k: np.linalg.norm(v - exact) for k, v in limits.items()}
    assert bias[1] > 1.0 and bias[50] < bias[5] < bias[1]
    est = np.array([flat(negative_phase_estimate(model, "cd-1", 4000, rng, data=data), keys) for _ in range(4)])
    noise = np.sqrt(est.var(axis=0).sum() / 4)
    assert np.linalg.norm(est.mean(axis=0) - limits[1]) < 4 * noise + 1e-3


def test_limits_of_exact_and_pcd(rng):
    model, data, _ = study_problem("potts", 3, rng)
    keys = list(model.params)
    exact = flat(negative_phase(model), keys)
    assert np.array_equal(flat(limit_negative_phase(model, "exact"), keys), exact)
    pcd = flat(limit_negative_phase(model, "pcd-1", pcd_warmup=200), keys)
    assert np.linalg.norm(pcd - exact) < 1e-6  # 201 sweeps of a 27-state Potts chain: mixed
    with pytest.raises(InputError, match="generator"):
        limit_negative_phase(small_ising(rng), "gen-nade")
