"""Ising models with couplings as explicit energies over one layer of +-1 units: d log Z / dJ_ij = <s_i s_j>
(the average binds the configuration: explicit_averages.one_layer), the susceptibility d2 log Z / db_i^2 =
1 - <s_i>^2 for spins; the classic slips refuted, each counterexample recomputed here by enumerating the
printed model. Also the exact evaluator's memo, which once ignored the index of d/db_i."""
import itertools
import json
import math

import pytest
import sympy

from derivation.run.checkdoc import check_text

STEP_SECONDS = 30
ISING = ("Spins $s_i \\in \\{-1, +1\\}$.\n\n$$\nE(s) = -\\sum_{i,j} J_{ij} s_i s_j - \\sum_i b_i s_i\n$$\n")


def _steps(*rows):
    text = ISING + "".join(f"\n$$\n{r}\n$$\n" for r in rows)
    d = json.loads(check_text(text, timeout=STEP_SECONDS).to_json())
    return [s for der in d.get("derivations", [d]) for s in der["steps"] if s["verdict"] != "unjudged"]


def _model(cx):
    n = cx["rbm"]["visible_units"]
    J, b = [[0.0] * n for _ in range(n)], [0.0] * n
    for key, value in cx["tables"].items():
        if key.endswith(" ="):
            name, idx = key[:-2].split("[")
            ix = [int(t) - 1 for t in idx.rstrip("]").split(",")]
            if name == "J":
                J[ix[0]][ix[1]] = float(sympy.Rational(value))
            else:
                b[ix[0]] = float(sympy.Rational(value))
    spins = list(itertools.product((-1, 1), repeat=n))
    weight = {s: math.exp(sum(J[i][j] * s[i] * s[j] for i in range(n) for j in range(n))
                          + sum(b[i] * s[i] for i in range(n))) for s in spins}
    z = sum(weight.values())
    return lambda f: sum(weight[s] / z * f(s) for s in spins)   # the model average <f>


def test_coupling_gradient_and_susceptibility_hold():
    got = _steps(r"\frac{\partial \log Z}{\partial J_{ij}} = \langle s_i s_j \rangle",
                 r"\frac{\partial \log Z}{\partial b_i} = \langle s_i \rangle",
                 r"\frac{\partial^2 \log Z}{\partial b_i^2} = \langle s_i^2 \rangle - \langle s_i \rangle^2",
                 r"\frac{\partial^2 \log Z}{\partial b_i^2} = 1 - \langle s_i \rangle^2")
    assert [s["verdict"] for s in got[:3]] == ["proved"] * 3, got
    assert got[3]["verdict"] in ("proved", "holds"), got[3]


def test_correlation_read_as_a_product_of_means_is_refuted_and_recomputed():
    (step,) = _steps(r"\frac{\partial \log Z}{\partial J_{ij}} = \langle s_i \rangle \langle s_j \rangle")
    assert step["verdict"] == "invalid"
    cx = step["counterexample"]
    avg = _model(cx)
    i, j = cx["at"]["i"] - 1, cx["at"]["j"] - 1
    assert avg(lambda s: s[i] * s[j]) == pytest.approx(cx["lhs"], rel=1e-9, abs=1e-12)
    assert avg(lambda s: s[i]) * avg(lambda s: s[j]) == pytest.approx(cx["rhs"], rel=1e-9, abs=1e-12)


def test_susceptibility_without_the_square_is_refuted_and_recomputed():
    (step,) = _steps(r"\frac{\partial^2 \log Z}{\partial b_i^2} = 1 - \langle s_i \rangle")
    assert step["verdict"] == "invalid"
    cx = step["counterexample"]
    avg = _model(cx)
    i = cx["at"]["i"] - 1
    assert 1 - avg(lambda s: s[i]) ** 2 == pytest.approx(cx["lhs"], rel=1e-9, abs=1e-12)
    assert 1 - avg(lambda s: s[i]) == pytest.approx(cx["rhs"], rel=1e-9, abs=1e-12)


def test_exact_value_of_a_derivative_depends_on_its_index():
    """The memo of the exact evaluator keyed d/db_i without i: at i = 2 it returned the value at i = 1."""
    from derivation.judge.rbm_instances import rbm_instances
    from derivation.judge.rng import default_rng
    from derivation.judge.unit_values import exact_value, float_value
    from derivation.meaning.vocabulary import Model, ModelPartition, VectorParam
    from derivation.meaning.vocabulary.units import Unit, VisibleIndex, unit_sum
    b, i = VectorParam("b"), VisibleIndex("i")
    s, k = sympy.Dummy("s", integer=True, positive=True), sympy.Dummy("k", integer=True, positive=True)
    m = Model((b,), sympy.Integer(1), 0, 0, sympy.Lambda(s, -unit_sum(b[k] * Unit(s, k, 0, 1), k, 0)))
    d2 = sympy.Derivative(sympy.log(ModelPartition(m)), (b[i], 2))
    inst = next(t for t in rbm_instances(default_rng(3), 8, spin=1) if t.visible_units == 2)
    values = [float(exact_value(d2, inst, {i: v})) for v in (1, 2)]
    from derivation.judge.instances import _expanded
    floats = [float_value(_expanded(d2), inst, {i: v}) for v in (1, 2)]
    assert values == pytest.approx(floats, rel=1e-9)
    # and independently: for independent spins with fields b_k, d2 log Z / db_i^2 = 1 - tanh(b_i)^2
    fields = [float(inst.point(b[sympy.Integer(v)])) for v in (1, 2)]
    assert values == pytest.approx([1 - math.tanh(f) ** 2 for f in fields], rel=1e-9)
