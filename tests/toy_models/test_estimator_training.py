"""Learning with an estimated negative phase, scored by the exact NLL
(toy_models/estimator_training.py)."""
import numpy as np
import pytest

from toy_models import Potts, nll
from toy_models.errors import InputError
from toy_models.estimator_problems import study_problem
from toy_models.estimator_training import project, train_with_estimator


@pytest.fixture(scope="module")
def default_problem():
    """The default problem of `eq7 estimators` (its seed, its size)."""
    from toy_models.estimators_cli import DEFAULT_SEED
    return study_problem("ising", None, np.random.default_rng(DEFAULT_SEED))


def test_exact_phase_training_lowers_the_nll_and_leaves_the_model_alone(default_problem):
    model, data, _ = default_problem
    before = {k: v.copy() for k, v in model.params.items()}
    h = train_with_estimator(model, data, None, None, 20, 0.1, np.random.default_rng(0))
    assert h[0] == pytest.approx(nll(model, data)) and h[-1] < h[0] - 0.3
    for k in before:
        np.testing.assert_array_equal(model.params[k], before[k])


def _joint(model, data, method, steps, seed):
    hist = {}
    train_with_estimator(model, data, method, 100, steps, 0.1, np.random.default_rng(seed), history=hist)
    assert len(hist["kl"]) == steps and len(hist["nll"]) == steps + 1
    return hist["kl"], hist["nll"]


def test_joint_training_on_the_default_problem_lowers_the_kl_and_the_nll(default_problem):
    """Kim & Bengio's alternation on the default problem, everything exact: the table
    generator's KL(P_φ || P_Θ) falls and the energy model's NLL improves (to within 0.1
    of training with the exact negative phase)."""
    model, data, _ = default_problem
    kl, nlls = _joint(model, data, "gen-table", 50, 1)
    exact = train_with_estimator(model, data, None, None, 50, 0.1, np.random.default_rng(1))
    assert kl[-10:].mean() < 0.2 * kl[:10].mean()
    assert nlls[-1] < nlls[0] - 0.5 and nlls[-1] < exact[-1] + 0.1


def test_joint_training_with_nade_on_an_rbm(rng):
    model, data, _ = study_problem("rbm", 6, rng)
    kl, nlls = _joint(model, data, "gen-nade", 40, 2)
    assert kl[-5:].mean() < 0.7 * kl[:5].mean()
    assert nlls[-1] < nlls[0] - 0.5


def test_pcd_training_beats_cd1_on_the_multimodal_problem(default_problem):
    model, data, _ = default_problem
    cd = train_with_estimator(model, data, "cd-1", 100, 60, 0.1, np.random.default_rng(2))
    pcd = train_with_estimator(model, data, "pcd-1", 100, 60, 0.1, np.random.default_rng(2))
    exact = train_with_estimator(model, data, None, None, 60, 0.1, np.random.default_rng(2))
    assert pcd[-1] < cd[-1] - 0.05
    assert pcd[-1] < exact[-1] + 0.05


def test_projection_keeps_potts_couplings_valid(rng):
    d, q = 3, 2
    J = rng.standard_normal((d, d, q, q))
    model = Potts(np.zeros((d, d, q, q)), np.zeros((d, q)))
    model.params["J"] = J  # as a raw gradient step would leave it
    project(model)
    model.validate()  # symmetric, zero diagonal blocks


def test_same_seed_same_history(default_problem):
    model, data, _ = default_problem
    a = train_with_estimator(model, data, "cd-1", 20, 5, 0.1, np.random.default_rng(4))
    b = train_with_estimator(model, data, "cd-1", 20, 5, 0.1, np.random.default_rng(4))
    np.testing.assert_array_equal(a, b)


@pytest.mark.parametrize("kwargs, match", [({"lr": 0.0}, "lr"), ({"lr": float("nan")}, "lr"),
                                           ({"steps": -1}, "steps"), ({"method": "cd-0"}, "cd-K"),
                                           ({"n_samples": 0, "method": "pcd-1"}, "n_samples"),
                                           ({"n_samples": 0, "method": "exact"}, "n_samples"),
                                           ({"scan": "zigzag"}, "scan")])
def test_bad_arguments(default_problem, kwargs, match):
    model, data, _ = default_problem
    args = dict(model=model, data=data, method="exact", n_samples=10, steps=2, lr=0.1,
                rng=np.random.default_rng(0)) | kwargs
    with pytest.raises(InputError, match=match):
        train_with_estimator(**args)
