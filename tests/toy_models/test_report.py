"""The report: its relative difference, its dict (JSON-able) and its text table."""
import json

import numpy as np

from toy_models import check_identity
from toy_models.examples import random_data, random_model
from toy_models.report import max_abs_diff, rel_diff


def test_rel_diff_is_normwise():
    a, b = np.array([1.0, 0.0]), np.array([1.0, 1e-3])
    assert max_abs_diff(a, b) == 1e-3
    assert rel_diff(a, b) == 1e-3  # not infinite although a[1] = 0
    assert rel_diff(np.zeros(3), np.zeros(3)) == 0.0
    assert rel_diff(np.array([2.0]), np.array([-2.0])) == 2.0
    assert rel_diff(np.array([1e-17]), np.array([0.0]), scale=0.5) == 2e-17  # scale from the phases


def test_a_vanishing_block_compares_as_rounding_not_as_100_percent():
    # one +-1 spin: dNLL/dJ = -x^2/2 + E[x^2]/2 = 0 exactly; FD gives ~1e-11 noise
    from toy_models import Ising
    report = check_identity(Ising(np.zeros((1, 1)), [0.3]), np.array([[1.0], [-1.0], [1.0]]))
    j = report.blocks[0]
    assert np.all(j.identity == 0) and j.rel_vs_finite_difference < 1e-6
    assert report.passed(1e-10, 1e-6)


def test_a_wrong_reference_still_shows_order_one(rng):
    from toy_models.report import BlockReport
    pos, neg = np.array([0.5, -0.2]), np.array([0.3, 0.1])
    block = BlockReport.compare("h", pos, neg, pos + neg, None)  # the sign error
    assert block.rel_vs_autograd > 0.5


def _report(rng, **kw):
    model = random_model("rbm", 3, rng)
    return check_identity(model, random_data(model, 4, rng), **kw)


def test_to_dict_is_json_and_complete(rng):
    report = _report(rng)
    d = json.loads(json.dumps(report.to_dict()))
    assert d["route"] == report.route and d["n_states"] == 8 and d["n_data"] == 4
    assert [b["name"] for b in d["blocks"]] == ["W", "b", "c"]
    w = d["blocks"][0]
    np.testing.assert_allclose(np.array(w["positive_phase"]) - np.array(w["negative_phase"]), w["identity"])
    assert np.array(w["autograd"]).shape == (3, 3)
    assert "identity" not in report.to_dict(gradients=False)["blocks"][0]


def test_text_names_blocks_route_and_log_z(rng):
    report = _report(rng)
    text = report.to_text()
    assert f"route: {report.route}" in text and "log Z" in text
    assert all(f"\n  {k} " in text for k in ("W", "b", "c"))


def test_passed_and_without_finite_differences(rng):
    report = _report(rng, finite_difference=False)
    assert report.max_rel_vs_finite_difference is None
    assert report.passed(1e-10, 1e-6) and not report.passed(-1.0, 1e-6)
    assert "-" in report.to_text()
