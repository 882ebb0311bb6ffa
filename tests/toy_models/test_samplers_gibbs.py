"""Every Gibbs sampler leaves P_Θ invariant (toy_models/samplers).

Level of every test: chi-square at 0.1% (stats_bounds.chi_square_critical), on a small
model of each kind, with at least 5 expected counts per state. Invariance: chains started
at exact draws from P are still distributed as P after any number of sweeps, and the
chains are independent, so their final states are a multinomial sample of P exactly.
Convergence: chains started at one fixed state reach P after enough sweeps.
"""
import numpy as np
import pytest

from toy_models import RBM, Categorical, Ising, NeuralEnergy, Potts
from toy_models.errors import InputError
from toy_models.samplers import exact_samples, gibbs_sweeps

from .stats_bounds import chi_square, chi_square_critical


def ising(rng, spins=(-1, 1), d=3, scale=0.6):
    a = scale * rng.standard_normal((d, d))
    J = (a + a.T) / 2
    np.fill_diagonal(J, 0.0)
    return Ising(J, 0.4 * rng.standard_normal(d), spins=spins)


def potts(rng, d=3, q=3, scale=0.5):
    a = scale * rng.standard_normal((d, d, q, q))
    J = (a + a.transpose(1, 0, 3, 2)) / 2
    J[np.arange(d), np.arange(d)] = 0.0
    return Potts(J, 0.3 * rng.standard_normal((d, q)))


def rbm(rng, n_v=3, n_h=2, scale=0.8):
    return RBM(scale * rng.standard_normal((n_v, n_h)), 0.3 * rng.standard_normal(n_v),
               0.3 * rng.standard_normal(n_h))


CASES = [("ising", "systematic"), ("ising", "random"), ("ising01", "systematic"), ("ising01", "random"),
         ("potts", "systematic"), ("potts", "random"), ("rbm", "systematic")]


def make(kind, rng):
    return {"ising": lambda: ising(rng), "ising01": lambda: ising(rng, spins=(0, 1)),
            "potts": lambda: potts(rng), "rbm": lambda: rbm(rng)}[kind]()


@pytest.mark.parametrize("kind, scan", CASES)
def test_gibbs_leaves_P_invariant(rng, kind, scan):
    model = make(kind, rng)
    start = exact_samples(model, 6000, rng)
    stat, dof, least = chi_square(model, gibbs_sweeps(model, start, 3, rng, scan))
    assert least >= 5, "too few expected counts for a chi-square test"
    assert stat < chi_square_critical(dof)


@pytest.mark.parametrize("kind, scan", CASES)
def test_gibbs_chains_from_one_state_reach_P(rng, kind, scan):
    model = make(kind, rng)
    start = np.repeat(model.space.values[[0]] * np.ones((1, model.space.d)), 6000, axis=0)
    stat, dof, _ = chi_square(model, gibbs_sweeps(model, start.astype(model.space.dtype), 40, rng, scan))
    assert stat < chi_square_critical(dof)


@pytest.mark.parametrize("kind", ["ising", "potts", "rbm"])
def test_a_wrong_sampler_is_caught(rng, kind):
    """The tests above have power: Gibbs for a model with 1.5x the couplings is rejected."""
    model = make(kind, rng)
    wrong = make(kind, np.random.default_rng(0))
    key = "W" if kind == "rbm" else "J"
    wrong.params = {k: np.array(v) for k, v in model.params.items()}
    wrong.params[key] = 1.5 * wrong.params[key] + (0 if kind != "rbm" else 0.5)
    start = exact_samples(model, 6000, rng)
    stat, dof, _ = chi_square(model, gibbs_sweeps(wrong, start, 3, rng), reference_model=model)
    assert stat > chi_square_critical(dof)


def test_zero_sweeps_return_a_copy_and_leave_the_start_alone(rng):
    model = ising(rng)
    start = exact_samples(model, 50, rng)
    before = start.copy()
    out = gibbs_sweeps(model, start, 0, rng)
    np.testing.assert_array_equal(out, before)
    gibbs_sweeps(model, start, 2, rng)
    np.testing.assert_array_equal(start, before)


def test_same_seed_same_chains():
    model = potts(np.random.default_rng(1))
    start = exact_samples(model, 20, np.random.default_rng(2))
    a = gibbs_sweeps(model, start, 3, np.random.default_rng(3), "random")
    b = gibbs_sweeps(model, start, 3, np.random.default_rng(3), "random")
    np.testing.assert_array_equal(a, b)


@pytest.mark.parametrize("model", [Categorical([0.0, 1.0]), NeuralEnergy.random(2, np.random.default_rng(0))],
                         ids=["categorical", "neural"])
def test_unsupported_models_are_refused(model):
    with pytest.raises(InputError, match="Ising, Potts and RBM"):
        gibbs_sweeps(model, model.space.all_states(), 1, np.random.default_rng(0))


@pytest.mark.parametrize("kwargs, match", [({"n_sweeps": -1}, "n_sweeps"), ({"n_sweeps": 1.5}, "n_sweeps"),
                                           ({"scan": "diagonal"}, "scan"), ({"rng": 3}, "rng")])
def test_bad_arguments(rng, kwargs, match):
    model = ising(rng)
    args = {"n_sweeps": 1, "rng": rng, "scan": "systematic"} | kwargs
    with pytest.raises(InputError, match=match):
        gibbs_sweeps(model, np.ones((2, 3)), **args)


def test_random_scan_is_refused_for_block_gibbs(rng):
    with pytest.raises(InputError, match="block Gibbs"):
        gibbs_sweeps(rbm(rng), np.zeros((2, 3)), 1, rng, "random")


def test_start_outside_the_space_is_refused(rng):
    with pytest.raises(InputError, match="start"):
        gibbs_sweeps(ising(rng), np.full((2, 3), 0.5), 1, rng)
