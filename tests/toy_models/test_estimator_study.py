"""The study: bias, variance, MSE, time and trained NLL per method and M
(toy_models/estimator_study.py)."""
import numpy as np
import pytest

from toy_models import Categorical, NeuralEnergy
from toy_models.errors import InputError, StateSpaceTooLarge
from toy_models.estimator_problems import study_problem
from toy_models.estimator_study import estimator_study

FAST = dict(train_steps=3, pcd_warmup=5, generator_steps=20)


@pytest.fixture(scope="module")
def small():
    model, data, _ = study_problem("ising", 5, np.random.default_rng(0))
    methods = ["exact", "cd-1", "pcd-1", "gen-meanfield"]
    return model, data, methods, estimator_study(model, data, methods, [10, 200], 6,
                                                 np.random.default_rng(1), **FAST)


def test_one_row_per_method_and_size_with_consistent_numbers(small):
    model, _, methods, res = small
    assert [(r["method"], r["n_samples"]) for r in res["rows"]] == [(m, s) for m in methods for s in (10, 200)]
    for r in res["rows"]:
        assert r["mse"] == pytest.approx(r["bias"] ** 2 + r["variance"], rel=1e-9)
        assert r["noise"] == pytest.approx(np.sqrt(r["variance"] / 6))
        assert r["seconds"] > 0 and np.isfinite(r["train_nll"])
    assert res["initial_nll"] > res["exact_phase_nll"]


def test_variance_falls_with_m_and_cd_stays_biased(small):
    _, _, _, res = small
    row = {(r["method"], r["n_samples"]): r for r in res["rows"]}
    for m in ("exact", "cd-1", "pcd-1", "gen-meanfield"):
        assert row[m, 200]["variance"] < row[m, 10]["variance"] / 5
    assert row["cd-1", 200]["bias"] > 10 * row["cd-1", 200]["noise"]
    assert row["exact", 200]["bias"] < 0.2 * row["cd-1", 200]["bias"]
    assert row["pcd-1", 200]["bias"] < 0.2 * row["cd-1", 200]["bias"]


def test_every_row_carries_its_exact_limit_bias(small):
    _, _, _, res = small
    for r in res["rows"]:
        # the measured bias of 200 samples is near its exact value as M -> infinity
        if r["n_samples"] == 200:
            assert abs(r["bias"] - r["exact_bias"]) < 4 * r["noise"] + 1e-3
        assert ("generator_kl" in r) == r["method"].startswith("gen-")
        if r["method"] == "exact":
            assert r["exact_bias"] < 1e-12
    cd = [r["exact_bias"] for r in res["rows"] if r["method"] == "cd-1"]
    assert cd[0] == cd[1] > 1.0  # the same limit whatever M: CD-1's bias is not noise


def test_same_seed_same_numbers(small):
    model, data, methods, res = small
    again = estimator_study(model, data, methods, [10, 200], 6, np.random.default_rng(1), **FAST)
    for a, b in zip(res["rows"], again["rows"]):
        assert {k: v for k, v in a.items() if "seconds" not in k} == \
               {k: v for k, v in b.items() if "seconds" not in k}


def test_a_cell_does_not_depend_on_the_other_methods(small):
    model, data, _, res = small
    alone = estimator_study(model, data, ["cd-1"], [200], 6, np.random.default_rng(1), **FAST)
    row = next(r for r in res["rows"] if (r["method"], r["n_samples"]) == ("cd-1", 200))
    assert alone["rows"][0]["bias"] == row["bias"]


def test_progress_is_reported(small):
    model, data, _, _ = small
    calls = []
    estimator_study(model, data, ["exact"], [5, 6], 2, np.random.default_rng(0), train_steps=0,
                    progress=lambda *a: calls.append(a))
    assert [c[:2] for c in calls] == [(1, 3), (2, 3), (3, 3)]


@pytest.mark.parametrize("kwargs, match", [
    ({"methods": ["exact", "metropolis"]}, "unknown method"),
    ({"methods": "exact"}, "list"),
    ({"methods": []}, "list"),
    ({"sample_sizes": [10, 0]}, "M"),
    ({"sample_sizes": []}, "empty"),
    ({"repeats": 1}, "repeats"),
    ({"rng": 7}, "rng"),
    ({"lr": -1.0}, "lr"),
    ({"train_steps": -2}, "train_steps"),
    ({"methods": ["cd-1"], "model": NeuralEnergy.random(3, np.random.default_rng(0)), "data": np.zeros((2, 3))},
     "Ising, Potts and RBM"),
    ({"methods": ["exact"], "model": Categorical([0.0, 1.0]), "data": np.array([[1.0, 1.0]])}, "data"),
])
def test_bad_arguments_are_refused_before_any_work(monkeypatch, small, kwargs, match):
    import toy_models.estimator_study as study
    monkeypatch.setattr(study, "log_partition_and_negative_phase", lambda *a: pytest.fail("work started"))
    monkeypatch.setattr(study, "train_with_estimator", lambda *a, **k: pytest.fail("work started"))
    model, data, _, _ = small
    args = dict(model=model, data=data, methods=["exact"], sample_sizes=[5], repeats=2,
                rng=np.random.default_rng(0)) | kwargs
    with pytest.raises(InputError, match=match):
        estimator_study(**args)


def test_a_space_too_large_for_the_study_is_refused():
    from toy_models import Ising
    model = Ising(np.zeros((17, 17)), np.zeros(17))
    with pytest.raises(StateSpaceTooLarge, match="65,536"):
        estimator_study(model, np.ones((2, 17)), ["exact"], [5], 2, np.random.default_rng(0))
    chain = Ising.chain(5000, 1.0)  # 2^5000 states: refused without converting that to a float
    with pytest.raises(StateSpaceTooLarge):
        estimator_study(chain, np.ones((1, 5000)), ["exact"], [5], 2, np.random.default_rng(0))


def test_a_method_named_twice_is_studied_once(small):
    model, data, _, _ = small
    res = estimator_study(model, data, ["cd-1", "CD-1"], [5], 2, np.random.default_rng(0), train_steps=0)
    assert res["methods"] == ["cd-1"] and len(res["rows"]) == 1
