"""Explicit energies (derivation/meaning/explicit.py): the binary RBM's rows are proved or hold, and
each classic slip is refuted with a counterexample that THIS test recomputes by enumerating the
small RBM it prints (numpy, independent of the checker's code)."""
import itertools
import json
import math

import numpy as np
import pytest

from derivation.run.checkdoc import check_text

STEP_SECONDS = 30   # the verdicts, not the speed, are tested here (the machine may be loaded)

ENERGY = r"""
$$
E(\mathbf{v}, \mathbf{h}) = -\mathbf{b}^\top \mathbf{v} - \mathbf{c}^\top \mathbf{h} - \mathbf{v}^\top W \mathbf{h}
$$
"""

VALID = {
    "free energy": r"F(\mathbf{v}) = -\mathbf{b}^\top \mathbf{v} - \sum_j \log\left(1 + e^{c_j + \sum_i v_i W_{ij}}\right)",
    "p(h_j=1|v)": r"p(h_j = 1 \mid \mathbf{v}) = \sigma\left(c_j + \sum_i v_i W_{ij}\right)",
    "p(v_i=1|h)": r"p(v_i = 1 \mid \mathbf{h}) = \mathrm{sigm}\left(b_i + \sum_j W_{ij} h_j\right)",
    "p(v|h)": r"p(\mathbf{v} \mid \mathbf{h}) = \frac{e^{-E(\mathbf{v}, \mathbf{h})}}{\sum_{\mathbf{v}'} e^{-E(\mathbf{v}', \mathbf{h})}}",
    "dW": r"\frac{\partial \log p(\mathbf{v})}{\partial W_{ij}} = v_i\, p(h_j = 1 \mid \mathbf{v}) - \sum_{\mathbf{v}'} p(\mathbf{v}') v'_i\, p(h_j = 1 \mid \mathbf{v}')",
    "db": r"\frac{\partial \log p(\mathbf{v})}{\partial b_i} = v_i - \sum_{\mathbf{v}'} p(\mathbf{v}') v'_i",
    "dc": r"\frac{\partial \log p(\mathbf{v})}{\partial c_j} = p(h_j = 1 \mid \mathbf{v}) - \sum_{\mathbf{v}'} p(\mathbf{v}') p(h_j = 1 \mid \mathbf{v}')",
}


def _verdicts(rows: dict) -> dict:
    text = ENERGY + "".join(f"\n$$\n{r}\n$$\n" for r in rows.values())
    d = json.loads(check_text(text, timeout=STEP_SECONDS).to_json())
    ders = [x for x in d["derivations"] if any(s["verdict"] != "unjudged" for s in x["steps"])]
    assert len(ders) == len(rows)
    return {name: der["steps"][0] for name, der in zip(rows, ders)}   # one step per row here


@pytest.fixture(scope="module")
def valid():
    return _verdicts(VALID)


@pytest.mark.parametrize("name", list(VALID))
def test_rbm_identity_is_proved_or_holds(valid, name):
    assert valid[name]["verdict"] in ("proved", "holds"), valid[name]


def test_free_energy_bias_gradient_and_conditional_of_the_visible_layer_are_proved(valid):
    assert valid["free energy"]["verdict"] == "proved"   # by the factorisation over the hidden units
    assert valid["db"]["verdict"] == "proved"
    assert valid["p(v|h)"]["verdict"] == "proved"


# ---- an independent reference: enumerate the small RBM the counterexample prints ------------

def _rbm(cx):
    rbm = cx["rbm"]
    nv, nh = rbm["visible_units"], rbm["hidden_units"]
    b, c, W = np.zeros(nv), np.zeros(nh), np.zeros((nv, nh))
    for key, value in cx.get("tables", {}).items():   # "W[1, 2] =": "-1"
        if not key.endswith(" ="):
            continue
        name, idx = key[:-2].split("[")
        ix = [int(t) - 1 for t in idx.rstrip("]").split(",")]
        {"b": b, "c": c, "W": W}[name][tuple(ix)] = float(value)   # weights not printed do not enter
    return nv, nh, b, c, W


def _config(state, units):
    return np.array([((state - 1) >> k) & 1 for k in range(units)], dtype=float)


def _energy(v, h, b, c, W):
    return -b @ v - c @ h - v @ W @ h


def _hidden(nh):
    return [np.array(bits, dtype=float) for bits in itertools.product((0, 1), repeat=nh)]


SLIPS = {
    # the hidden bias c_j missing from the sigmoid (copied from a tutorial into a blog)
    "missing bias": (r"p(h_j = 1 \mid \mathbf{v}) = \sigma\left(\sum_i v_i W_{ij}\right)",
                     lambda v, j, b, c, W: (
                         sum(math.exp(-_energy(v, h, b, c, W)) for h in _hidden(len(c)) if h[j] == 1)
                         / sum(math.exp(-_energy(v, h, b, c, W)) for h in _hidden(len(c))),
                         1 / (1 + math.exp(-(v @ W[:, j]))))),
    # a sum over hidden configurations of a product written as a sum of sums
    "sum of sums": (r"\sum_{\mathbf{h}} e^{-E(\mathbf{v}, \mathbf{h})} = e^{\mathbf{b}^\top \mathbf{v}} \sum_j "
                    r"\sum_{h_j \in \{0,1\}} e^{h_j (c_j + \sum_i v_i W_{ij})}",
                    lambda v, j, b, c, W: (
                        sum(math.exp(-_energy(v, h, b, c, W)) for h in _hidden(len(c))),
                        math.exp(b @ v) * sum(1 + math.exp(c[k] + v @ W[:, k]) for k in range(len(c))))),
    # the log of a sum turned into a sum of logs
    "log of a sum": (r"-\log \sum_{\mathbf{h}} e^{-E(\mathbf{v}, \mathbf{h})} = \sum_{\mathbf{h}} E(\mathbf{v}, \mathbf{h})",
                     lambda v, j, b, c, W: (
                         -math.log(sum(math.exp(-_energy(v, h, b, c, W)) for h in _hidden(len(c)))),
                         sum(_energy(v, h, b, c, W) for h in _hidden(len(c))))),
    # the sign of a bias term in the free energy
    "bias sign": (r"F(\mathbf{v}) = \mathbf{b}^\top \mathbf{v} - \sum_j \log\left(1 + e^{c_j + \sum_i v_i W_{ij}}\right)",
                  lambda v, j, b, c, W: (
                      -math.log(sum(math.exp(-_energy(v, h, b, c, W)) for h in _hidden(len(c)))),
                      b @ v - sum(math.log(1 + math.exp(c[k] + v @ W[:, k])) for k in range(len(c))))),
    # p(v|h) divided by Z instead of by the sum over visible configurations
    "conditional over Z": (r"p(\mathbf{v} \mid \mathbf{h}) = e^{-E(\mathbf{v}, \mathbf{h})}/Z", None),
}


@pytest.fixture(scope="module")
def slips():
    return _verdicts({k: v[0] for k, v in SLIPS.items()})


@pytest.mark.parametrize("name", list(SLIPS))
def test_slip_is_refuted_by_a_small_rbm(slips, name):
    step = slips[name]
    assert step["verdict"] == "invalid", step
    cx = step["counterexample"]
    reference = SLIPS[name][1]
    if reference is None:
        return
    nv, nh, b, c, W = _rbm(cx)
    assert 1 <= nv <= 3 and 1 <= nh <= 3
    at = cx.get("at", {})
    v = _config(at.get("x", 1), nv)
    j = at.get("j", 1) - 1
    lhs, rhs = reference(v, j, b, c, W)
    assert lhs == pytest.approx(cx["lhs"], rel=1e-9, abs=1e-12)
    assert rhs == pytest.approx(cx["rhs"], rel=1e-9, abs=1e-12)
    assert abs(lhs - rhs) > 1e-6


def test_conditional_over_z_counterexample_recomputed(slips):
    cx = slips["conditional over Z"]["counterexample"]
    nv, nh, b, c, W = _rbm(cx)
    at = cx["at"]
    v, h = _config(at["x"], nv), _config(at["h"], nh)
    visible = [np.array(bits, dtype=float) for bits in itertools.product((0, 1), repeat=nv)]
    z = sum(math.exp(-_energy(u, g, b, c, W)) for u in visible for g in _hidden(nh))
    given_h = sum(math.exp(-_energy(u, h, b, c, W)) for u in visible)
    weight = math.exp(-_energy(v, h, b, c, W))
    assert weight / given_h == pytest.approx(cx["lhs"], rel=1e-9)
    assert weight / z == pytest.approx(cx["rhs"], rel=1e-9)


def test_spin_units_change_the_conditional():
    """With +-1 units, p(h_j = 1 | v) = sigma(2 c_j + 2 W_j v); the binary formula is refuted, and the
    counterexample is recomputed over the spins it prints."""
    text = (r"Units are spins $\{-1, +1\}$." "\n$$\nE(v, h) = -h'Wv - b'v - c'h\n$$\n"
            "$$\np(h_j = 1 \\mid v) = \\sigma\\left(2 c_j + 2 \\sum_i W_{ji} v_i\\right)\n$$\n"
            "$$\np(h_j = 1 \\mid v) = \\sigma\\left(c_j + \\sum_i W_{ji} v_i\\right)\n$$\n")
    d = json.loads(check_text(text, timeout=STEP_SECONDS).to_json())
    right, wrong = [x["steps"][0] for x in d["derivations"] if any(s["verdict"] != "unjudged" for s in x["steps"])]
    assert right["verdict"] in ("proved", "holds")
    assert wrong["verdict"] == "invalid"
    cx = wrong["counterexample"]
    assert cx["rbm"]["units"] == "spin"
    nv, nh = cx["rbm"]["visible_units"], cx["rbm"]["hidden_units"]
    b, c, W = np.zeros(nv), np.zeros(nh), np.zeros((nh, nv))      # W is hidden x visible here (h'Wv)
    for key, value in cx["tables"].items():
        if key.endswith(" ="):
            name, idx = key[:-2].split("[")
            {"b": b, "c": c, "W": W}[name][tuple(int(t) - 1 for t in idx.rstrip("]").split(","))] = float(value)
    v = 2 * _config(cx["at"]["x"], nv) - 1
    j = cx["at"]["j"] - 1
    spins = [np.array(s, dtype=float) for s in itertools.product((-1, 1), repeat=nh)]
    weight = [math.exp(h @ W @ v + b @ v + c @ h) for h in spins]
    exact = sum(w for w, h in zip(weight, spins) if h[j] == 1) / sum(weight)
    assert exact == pytest.approx(cx["lhs"], rel=1e-9)
    assert 1 / (1 + math.exp(-(c[j] + W[j] @ v))) == pytest.approx(cx["rhs"], rel=1e-9)


def test_conditional_independence_and_unit_counts_named_n_m():
    """Sums to N visible / M hidden units run over units, and p(h|v) = prod_j p(h_j|v) (a product over units)."""
    energy = (r"E(\mathbf{v},\mathbf{h}) = -\sum_{i=1}^{N} a_i v_i - \sum_{j=1}^{M} b_j h_j "
              r"- \sum_{i=1}^{N}\sum_{j=1}^{M} v_i w_{ij} h_j")
    rows = [r"P(\mathbf{h} \mid \mathbf{v}) = \prod_{j=1}^{M} P(h_j \mid \mathbf{v})",
            r"P(h_j = 1 \mid \mathbf{v}) = \sigma\left(b_j + \sum_{i=1}^{N} w_{ij} v_i\right)"]
    text = f"$$\n{energy}\n$$\n" + "".join(f"\n$$\n{r}\n$$\n" for r in rows)
    d = json.loads(check_text(text, timeout=STEP_SECONDS).to_json())
    got = [s["verdict"] for x in d["derivations"] for s in x["steps"] if s["verdict"] != "unjudged"]
    assert got == ["holds", "holds"] or set(got) <= {"proved", "holds"} and len(got) == 2


def test_data_and_model_brackets_give_the_three_gradients():
    """<v_i h_j>_data with one v on the left is the average with v clamped (the data set is {v});
    with (1/N) sum_n on the left it is the data average. Both are proved; the swapped sign is refuted."""
    rows = [r"\frac{\partial \log p(\mathbf{v})}{\partial W_{ij}} = \langle v_i h_j \rangle_{\text{data}} - "
            r"\langle v_i h_j \rangle_{\text{model}}",
            r"\frac{1}{N}\sum_{n=1}^{N} \frac{\partial \log p(\mathbf{v}^{(n)})}{\partial W_{ij}} = "
            r"\langle v_i h_j \rangle_{\text{data}} - \langle v_i h_j \rangle_{\text{model}}",
            r"\frac{\partial \log p(\mathbf{v})}{\partial c_j} = \langle h_j \rangle_{p(\mathbf{h} \mid \mathbf{v})} - "
            r"\sum_{\mathbf{v}'} p(\mathbf{v}') p(h_j = 1 \mid \mathbf{v}')",
            r"\frac{\partial \log p(\mathbf{v})}{\partial W_{ij}} = \langle v_i h_j \rangle_{\text{model}} - "
            r"\langle v_i h_j \rangle_{\text{data}}"]
    got = _verdicts(dict(zip("abcd", rows)))
    assert got["a"]["verdict"] == "proved" and got["b"]["verdict"] == "proved"
    assert got["c"]["verdict"] in ("proved", "holds")
    assert got["d"]["verdict"] == "invalid"
