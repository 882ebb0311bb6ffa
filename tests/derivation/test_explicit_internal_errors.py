"""Internal errors met on RBM documents (issue 18 item 4), each reproduced with a small row of our own and
fixed at its root: an arbitrary function of a real argument inside a derivative, a unit index on an
instance without units, a derivative the rules cannot write out, beta used as a bias vector, and the
entries w_ij of the energy's matrix W. Counterexamples are recomputed here by enumerating the printed RBM."""
import itertools
import json
import math

import numpy as np
import pytest
import sympy

from derivation.judge.instances import Instance, NotEvaluable
from derivation.run.checkdoc import check_text
from derivation.meaning.vocabulary import Param
from derivation.meaning.vocabulary.functions import ArbitraryFn
from derivation.meaning.vocabulary.units import HiddenIndex, VisibleIndex

STEP_SECONDS = 30


def _steps(text):
    d = json.loads(check_text(text, timeout=STEP_SECONDS).to_json())
    return [s for der in d.get("derivations", [d]) for s in der["steps"] if s["verdict"] != "unjudged"]


def _no_internal_error(steps):
    for s in steps:
        assert "internal error" not in (s.get("explanation") or ""), s


def test_arbitrary_function_of_a_real_argument_knows_what_it_depends_on():
    theta, phi = Param("theta"), Param("phi")
    f = ArbitraryFn("f", (), (theta + 1,))
    assert f.depends_on(theta) and not f.depends_on(phi)     # was AttributeError: 'tuple' object has no attribute 'has'


def test_unit_index_on_an_instance_without_units_is_not_evaluable():
    inst = Instance(states=2, data=(1,), weights=(1, 1), denergy=(0, 0), d2energy=(0, 0))
    for idx in (VisibleIndex("i"), HiddenIndex("j")):
        with pytest.raises(NotEvaluable):
            idx.instance_range(inst)                          # was AttributeError: no attribute 'sizes'


ENERGY_BETA = "$$\nE(o,h) = -(h^Two+\\alpha^To+\\beta^Th)\n$$\n"


def test_beta_as_a_bias_vector_and_a_loss_the_document_leaves_arbitrary():
    """beta^T h is a bias (not an inverse temperature): the energy is read; a row about an unknown loss
    L_k is never refuted and never an internal error."""
    rows = (r"\frac{\partial}{\partial w_{ij}} \mathcal{L}_{k}(\theta) = \sum_{o,h}p(o,h)\frac{\partial}{\partial "
            r"w_{ij}}E(o,h) - \sum_{h}p(h^{(k)}|o^{(k)})\frac{\partial}{\partial w_{ij}}E(o^{(k)},h^{(k)})")
    steps = _steps(ENERGY_BETA + f"\n$$\n{rows}\n$$\n")
    _no_internal_error(steps)
    # L_k(theta): an indexed letter before parentheses may be the function applied or a product (roles_functions,
    # read4): unreadable, named; either way never judged
    assert [s["verdict"] for s in steps] in (["undecided"], ["unreadable"])


def test_beta_bias_gradient_is_proved():
    row = r"\frac{\partial}{\partial \beta_{i}} E(o,h) = -h_i"
    steps = _steps(ENERGY_BETA + f"\n$$\n{row}\n$$\n")
    assert [s["verdict"] for s in steps] == ["proved"], steps


def test_derivative_the_rules_cannot_write_out_is_not_a_loop():
    """An energy the checker cannot read leaves d E / d w_ij unexpanded: undecided with the reason,
    never a recursion (it was 'an expression nests too deeply')."""
    from derivation.judge.rbm_instances import rbm_instances
    from derivation.judge.rng import default_rng
    from derivation.judge.unit_values import exact_value
    from derivation.meaning.vocabulary import Model, ModelEnergy, VectorParam
    from derivation.judge.taylor import Unsupported
    w = VectorParam("w")
    m = Model((w,), sympy.Integer(1), 1, 0, 0)
    e = sympy.Derivative(ModelEnergy(sympy.Tuple(1, 1), m), w[1, 1])
    inst = next(rbm_instances(default_rng(0), 1))
    with pytest.raises(Unsupported):
        exact_value(e, inst)


ENERGY_W = "$$\nE(v, h) = -a^T v - b^T h - v^T W h\n$$\n"
GRAD = r"\frac{\partial \log p(v)}{\partial w_{ij} } = \langle v_i h_j \rangle_{data} %s \langle v_i h_j \rangle_{model}"


def test_entries_w_ij_of_the_matrix_w_are_read_and_the_gradient_proved():
    steps = _steps(ENERGY_W + f"\n$$\n{GRAD % '-'}\n$$\n")
    assert [s["verdict"] for s in steps] == ["proved"], steps


def test_entries_w_ij_slip_refuted_and_recomputed():
    steps = _steps(ENERGY_W + f"\n$$\n{GRAD % '+'}\n$$\n")
    assert [s["verdict"] for s in steps] == ["invalid"], steps
    cx = steps[0]["counterexample"]
    nv, nh = cx["rbm"]["visible_units"], cx["rbm"]["hidden_units"]
    a, b, W = np.zeros(nv), np.zeros(nh), np.zeros((nv, nh))
    for key, value in cx["tables"].items():
        if key.endswith(" ="):
            name, idx = key[:-2].split("[")
            {"a": a, "b": b, "W": W}[name][tuple(int(t) - 1 for t in idx.rstrip("]").split(","))] = float(value)
    conf = lambda s, n: np.array([((s - 1) >> k) & 1 for k in range(n)], dtype=float)   # noqa: E731
    vs = [np.array(t, dtype=float) for t in itertools.product((0, 1), repeat=nv)]
    hs = [np.array(t, dtype=float) for t in itertools.product((0, 1), repeat=nh)]
    weight = lambda v, h: math.exp(a @ v + b @ h + v @ W @ h)   # noqa: E731
    z = sum(weight(v, h) for v in vs for h in hs)
    v0, i, j = conf(cx["at"]["x"], nv), cx["at"]["i"] - 1, cx["at"]["j"] - 1
    clamped = sum(weight(v0, h) * v0[i] * h[j] for h in hs) / sum(weight(v0, h) for h in hs)
    model = sum(weight(v, h) * v[i] * h[j] for v in vs for h in hs) / z
    assert clamped - model == pytest.approx(cx["lhs"], rel=1e-9, abs=1e-12)    # d log p(v) / dW_ij
    assert clamped + model == pytest.approx(cx["rhs"], rel=1e-9, abs=1e-12)
    assert abs(model) > 1e-6


def test_gradient_in_the_state_of_binary_units_is_never_proved():
    """E_{v ~ p}[nabla_v E(v, h)] = 0 was proved by a continuous reading of v; v is binary: no gradient."""
    steps = _steps(ENERGY_W + "\n$$\n\\mathbb{E}_{v\\sim p}[\\nabla_v E(v,h)] = 0\n$$\n")
    assert [s["verdict"] for s in steps] == ["unreadable"], steps
    assert "binary" in steps[0]["explanation"]


def test_energy_of_no_written_form_has_a_number_on_an_rbm_instance():
    """An energy the document gives no form yet (a table polynomial in the parameters) beside units: the RBM
    evaluators put every parameter at its point (it was 'the instances cannot evaluate it: 3*exp(2*theta ...')."""
    from derivation.judge.rbm_instances import rbm_instances
    from derivation.judge.rng import default_rng
    from derivation.judge.unit_values import exact_value, float_value
    from derivation.meaning.vocabulary import Model, ModelEnergy, VectorParam
    w, theta = VectorParam("w"), Param("theta")
    e = sympy.exp(-ModelEnergy(sympy.Tuple(1, 2), Model((theta, w), sympy.Integer(1), 1, 0, 0)))
    inst = next(t for t in rbm_instances(default_rng(0), 8) if t.hidden >= 2)
    exact = exact_value(e, inst)
    assert exact.is_number and float(exact) == pytest.approx(float_value(e, inst), rel=1e-12)
