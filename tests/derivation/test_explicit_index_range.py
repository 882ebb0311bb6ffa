"""Sums whose index range is not written, in explicit energies (derivation/meaning/explicit.py sum_layer): the layer
is told by the letters the index picks, W_j v (the row j of W, contracted with v) and b_j together; and a
sum whose range no letter tells is never evaluated with the number of components m drawn as a weight
(rbm_instances.py: it was m = -6, an empty sum, and a valid free energy judged invalid). Counterexamples
are recomputed here by enumerating the small RBM printed (numpy, independent of the checker)."""
import itertools
import json
import math

import numpy as np
import pytest

from derivation.run.checkdoc import check_text

ENERGY = "$$\nE(v, h) = - h^T W v - a^T v - b^T h\n$$\n"
LHS = r"-\log \sum_{h} e^{-E(v, h)}"
ROWS = {
    "free energy, W_j v + b_j": LHS + r" = - a^Tv - \sum_j \log(1 + e^{W_j v + b_j})",
    "free energy, b_j + W_j v": LHS + r" = - a^Tv - \sum_j \log(1 + e^{b_j + W_j v})",
    "slip: log of the sum": LHS + r" = - a^Tv - \log \sum_j (1 + e^{W_j v + b_j})",
}
ONLY_W = "$$\nE(v, h) = - h^T W v\n$$\n\n$$\n" + LHS + r" = - \sum_j \log(1 + e^{W_j v})" + "\n$$\n"
# v^T W_j: no letter the reader uses tells j's layer; the sum fell to components 1..m (m drawn -6: INVALID)
NOT_TOLD = "$$\nE(v, h) = - h^T W v\n$$\n\n$$\n" + LHS + r" = - \sum_j \log(1 + e^{v^T W_j})" + "\n$$\n"


def _steps(text):
    d = json.loads(check_text(text, timeout=30).to_json())
    return [s for der in d["derivations"] for s in der["steps"] if s["verdict"] != "unjudged"]


@pytest.fixture(scope="module")
def steps():
    got = _steps(ENERGY + "".join(f"\n$$\n{r}\n$$\n" for r in ROWS.values()))
    assert len(got) == len(ROWS)
    return dict(zip(ROWS, got))


@pytest.mark.parametrize("name", ["free energy, W_j v + b_j", "free energy, b_j + W_j v"])
def test_free_energy_with_rows_of_w_is_proved(steps, name):
    assert steps[name]["verdict"] == "proved", steps[name]


def test_w_j_v_alone_tells_the_hidden_layer():
    (step,) = _steps(ONLY_W)
    assert step["verdict"] == "proved", step


def test_range_not_told_is_never_drawn_as_a_weight():
    (step,) = _steps(NOT_TOLD)
    assert step["verdict"] != "invalid", step   # old code: m = -6 printed as a weight, a valid row refuted
    assert "m =" not in json.dumps(step.get("counterexample"))


def test_log_of_the_sum_is_refuted_and_recomputed(steps):
    step = steps["slip: log of the sum"]
    assert step["verdict"] == "invalid", step
    cx = step["counterexample"]
    nv, nh = cx["rbm"]["visible_units"], cx["rbm"]["hidden_units"]
    a, b, W = np.zeros(nv), np.zeros(nh), np.zeros((nh, nv))
    for key, value in cx["tables"].items():   # "W[2, 1] =": "5"
        if key.endswith(" ="):
            name, idx = key[:-2].split("[")
            {"a": a, "b": b, "W": W}[name][tuple(int(t) - 1 for t in idx.rstrip("]").split(","))] = float(value)
    s = cx.get("at", {}).get("x", 1)
    v = np.array([((s - 1) >> k) & 1 for k in range(nv)], dtype=float)
    hs = [np.array(bits, dtype=float) for bits in itertools.product((0, 1), repeat=nh)]
    lhs = -math.log(sum(math.exp(h @ W @ v + a @ v + b @ h) for h in hs))
    rhs = -a @ v - math.log(sum(1 + math.exp(W[j] @ v + b[j]) for j in range(nh)))
    assert lhs == pytest.approx(cx["lhs"], rel=1e-9) and rhs == pytest.approx(cx["rhs"], rel=1e-9)
    assert abs(lhs - rhs) > 1e-6
