"""The binary RBM's conditionals and gradients are PROVED (the factorisation with one unit pinned,
factorise.py), and a slip beside each stays invalid with a counterexample that THIS test recomputes by
enumerating the small RBM it prints (numpy; the gradients by central differences of log p(v))."""
import itertools
import json
import math

import numpy as np
import pytest

from derivation.run.checkdoc import check_text
from tests.derivation.test_latex_explicit import VALID, _config, _energy, _rbm, _verdicts

PROVED = ["free energy", "p(h_j=1|v)", "p(v_i=1|h)", "p(v|h)", "dW", "db", "dc"]


@pytest.fixture(scope="module")
def valid():
    return _verdicts({k: VALID[k] for k in PROVED})


@pytest.mark.parametrize("name", PROVED)
def test_rbm_row_is_proved(valid, name):
    step = valid[name]
    assert step["verdict"] == "proved", step


def test_conditionals_are_proved_by_the_pinned_factorisation(valid):
    for name in ("p(h_j=1|v)", "p(v_i=1|h)", "dW", "dc"):
        assert any("factorisation" in r for r in valid[name]["rules"]), valid[name]["rules"]


# ---- the reference: enumeration of the printed RBM --------------------------------------------

def _states(n):
    return [np.array(bits, dtype=float) for bits in itertools.product((0, 1), repeat=n)]


def _p_unit(v, j, b, c, W, layer):
    """p(h_j = 1 | v) (layer 'h') or p(v_j = 1 | h) (layer 'v', v then holds h), by enumeration."""
    if layer == "h":
        pairs = [(h, math.exp(-_energy(v, h, b, c, W))) for h in _states(len(c))]
    else:
        pairs = [(u, math.exp(-_energy(u, v, b, c, W))) for u in _states(len(b))]
    return sum(w for s, w in pairs if s[j] == 1) / sum(w for _, w in pairs)


def _log_p(v, b, c, W):
    def log_sum(vis):
        return math.log(sum(math.exp(-_energy(vis, h, b, c, W)) for h in _states(len(c))))
    return log_sum(v) - math.log(sum(math.exp(log_sum(u)) for u in _states(len(b))))


def _grad(v, b, c, W, name, i, j, eps=1e-6):
    """d log p(v) / d theta by central differences: theta = W_ij, b_i or c_j."""
    out = []
    for s in (1, -1):
        b2, c2, W2 = b.copy(), c.copy(), W.copy()
        {"W": lambda: W2.__setitem__((i, j), W2[i, j] + s * eps),
         "b": lambda: b2.__setitem__(i, b2[i] + s * eps),
         "c": lambda: c2.__setitem__(j, c2[j] + s * eps)}[name]()
        out.append(_log_p(v, b2, c2, W2))
    return (out[0] - out[1]) / (2 * eps)


def _model_mean(b, c, W, f):
    """sum_v' p(v') f(v') by enumeration."""
    ws = [(u, math.exp(-_log_free(u, b, c, W))) for u in _states(len(b))]
    return sum(w * f(u) for u, w in ws) / sum(w for _, w in ws)


def _log_free(u, b, c, W):
    return -math.log(sum(math.exp(-_energy(u, h, b, c, W)) for h in _states(len(c))))


SLIPS = {
    "hidden bias sign": (r"p(h_j = 1 \mid \mathbf{v}) = \sigma\left(-c_j + \sum_i v_i W_{ij}\right)",
                         lambda v, i, j, b, c, W: (_p_unit(v, j, b, c, W, "h"),
                                                   1 / (1 + math.exp(c[j] - v @ W[:, j])))),
    "visible bias missing": (r"p(v_i = 1 \mid \mathbf{h}) = \mathrm{sigm}\left(\sum_j W_{ij} h_j\right)",
                             lambda h, i, j, b, c, W: (_p_unit(h, i, b, c, W, "v"),
                                                       1 / (1 + math.exp(-(W[i] @ h))))),
    "dW sign": (r"\frac{\partial \log p(\mathbf{v})}{\partial W_{ij}} = v_i\, p(h_j = 1 \mid \mathbf{v}) + "
                r"\sum_{\mathbf{v}'} p(\mathbf{v}') v'_i\, p(h_j = 1 \mid \mathbf{v}')",
                lambda v, i, j, b, c, W: (_grad(v, b, c, W, "W", i, j),
                                          v[i] * _p_unit(v, j, b, c, W, "h") + _model_mean(
                                              b, c, W, lambda u: u[i] * _p_unit(u, j, b, c, W, "h")))),
    "db sign": (r"\frac{\partial \log p(\mathbf{v})}{\partial b_i} = -v_i + \sum_{\mathbf{v}'} p(\mathbf{v}') v'_i",
                lambda v, i, j, b, c, W: (_grad(v, b, c, W, "b", i, j),
                                          -v[i] + _model_mean(b, c, W, lambda u: u[i]))),
    "dc missing bias": (r"\frac{\partial \log p(\mathbf{v})}{\partial c_j} = \sigma\left(\sum_i v_i W_{ij}\right) - "
                        r"\sum_{\mathbf{v}'} p(\mathbf{v}') p(h_j = 1 \mid \mathbf{v}')",
                        lambda v, i, j, b, c, W: (_grad(v, b, c, W, "c", i, j),
                                                  1 / (1 + math.exp(-(v @ W[:, j]))) - _model_mean(
                                                      b, c, W, lambda u: _p_unit(u, j, b, c, W, "h")))),
}


@pytest.fixture(scope="module")
def slips():
    return _verdicts({k: v[0] for k, v in SLIPS.items()})


@pytest.mark.parametrize("name", list(SLIPS))
def test_slip_beside_a_proved_row_is_refuted_and_recomputed(slips, name):
    step = slips[name]
    assert step["verdict"] == "invalid", step
    cx = step["counterexample"]
    nv, nh, b, c, W = _rbm(cx)
    assert 1 <= nv <= 3 and 1 <= nh <= 3
    at = cx.get("at", {})
    i, j = at.get("i", 1) - 1, at.get("j", 1) - 1
    given = _config(at["h"], nh) if name == "visible bias missing" else _config(at.get("x", 1), nv)
    lhs, rhs = SLIPS[name][1](given, i, j, b, c, W)
    assert lhs == pytest.approx(cx["lhs"], rel=1e-5, abs=1e-7)   # central differences: ~1e-9 error
    assert rhs == pytest.approx(cx["rhs"], rel=1e-9, abs=1e-12)
    assert abs(lhs - rhs) > 1e-4


def test_spin_conditional_is_proved():
    """With +-1 units the pinned factor is e^{(u - c) a} summed over u in {-1, +1}: sigma(2 c_j + 2 W_j v).
    (The binary formula under spins is refuted: test_latex_explicit.test_spin_units_change_the_conditional.)"""
    text = (r"Units are spins $\{-1, +1\}$." "\n$$\nE(v, h) = -h'Wv - b'v - c'h\n$$\n"
            "$$\np(h_j = 1 \\mid v) = \\sigma\\left(2 c_j + 2 \\sum_i W_{ji} v_i\\right)\n$$\n")
    d = json.loads(check_text(text, timeout=30).to_json())
    got = [s["verdict"] for x in d["derivations"] for s in x["steps"] if s["verdict"] != "unjudged"]
    assert got == ["proved"]
