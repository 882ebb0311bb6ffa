"""Finite instances: exact values agree with plain-Python sums; counterexamples are real and small."""
import math

import pytest
from sympy import Integer, exp, log

from derivation.judge.instances import Instance, NotEvaluable, evaluate, find_counterexample, random_instances
from derivation.meaning.notation import THETA, E, L, N, P, Z, d, data_sum, expect, i, state_sum, x, xi


def table(inst, k):
    """(w, d, s) of the energy table the instance draws for state k: e^{-E_k} = w, dE_k/dTheta = d and
    d2E_k/dTheta2 = s at the instance's point (derivation/judge/instance.py's table_coeffs)."""
    base, d1, d2, _ = inst.table_coeffs(("E", Integer(k)), (THETA,))
    return float(exp(-base)), d1[THETA], d2[THETA]


def plain(inst):
    """Z, P, dL/dTheta and the model expectation of dE from the fixed meanings, in floats."""
    w = [table(inst, k)[0] for k in range(1, inst.states + 1)]
    dk = [table(inst, k)[1] for k in range(1, inst.states + 1)]
    z = sum(w)
    p = [wk / z for wk in w]
    neg = sum(pk * d for pk, d in zip(p, dk))
    pos = sum(dk[s - 1] for s in inst.data) / len(inst.data)
    return z, p, pos, neg


def loss(inst, t):
    """L(t) = -(1/N) sum_i log P(x_i) with E_k = -ln w_k + d_k u + s_k u^2 / 2, u = t - (the point), by math.exp."""
    def energy(k):
        w, d, s = table(inst, k)
        return -math.log(w) + d * t + s * t * t / 2
    z = sum(math.exp(-energy(k)) for k in range(1, inst.states + 1))
    return -sum(-energy(s) - math.log(z) for s in inst.data) / len(inst.data)


@pytest.fixture
def insts(rng):
    return list(random_instances(rng, 12, second_order=True))


def close(a, b):
    # exact SymPy values against floats: only float rounding (~1e-15 relative) separates them
    return abs(float(a) - b) <= 1e-12 * max(1.0, abs(b))


def test_partition_function_and_probability(insts):
    for inst in insts:
        z, p, _, _ = plain(inst)
        assert close(evaluate(Z(), inst), z)
        assert close(evaluate(state_sum(P(x)), inst), 1.0)
        assert close(evaluate(P(xi).subs(i, 1), inst), p[inst.data[0] - 1])


def test_loss_and_its_gradient_against_central_differences(insts):
    h = 1e-5  # central differences: truncation ~h^2 * |L'''| ~ 1e-9, rounding ~1e-16 / h ~ 1e-11
    for inst in insts:
        assert close(evaluate(L(), inst), loss(inst, 0.0))
        fd = (loss(inst, h) - loss(inst, -h)) / (2 * h)
        assert abs(float(evaluate(d(L()), inst)) - fd) <= 1e-7 * max(1.0, abs(fd))


def test_eq7_phases(insts):
    for inst in insts:
        _, _, pos, neg = plain(inst)
        assert close(evaluate(data_sum(d(E(xi))) / N, inst), pos)
        assert close(evaluate(expect(d(E(x))), inst), neg)
        assert close(evaluate(d(L()), inst), pos - neg)


def test_second_derivative_uses_d2energy():
    for seed in range(6):
        inst = Instance(2, (1,), (1, 1), (0, 0), (0, 0), seed=seed)
        _, d1, d2 = table(inst, 1)
        assert evaluate(d(E(xi), 2).subs(i, 1), inst) == d2 and evaluate(d(E(xi)).subs(i, 1), inst) == d1


def test_values_are_exact_rationals_and_logs():
    inst = Instance(2, (1, 2), (1, 2), (1, -1), (0, 0))
    w = [exp(-inst.table_coeffs(("E", Integer(k)), (THETA,))[0]) for k in (1, 2)]   # e^{-E_k}: rationals
    assert all(v.is_Rational for v in w)
    assert evaluate(Z(), inst) == w[0] + w[1]
    assert evaluate(log(Z()), inst) == log(w[0] + w[1])
    assert evaluate(data_sum(exp(-E(xi))), inst) == w[0] + w[1]


def test_counterexample_is_smallest_first_and_confirmed():
    search = find_counterexample(d(log(Z())), d(log(data_sum(exp(-E(xi))))))
    c = search.counterexample
    assert c is not None and c.instance.states >= 2  # with one state Z equals the data sum's share
    assert float(c.lhs) != pytest.approx(float(c.rhs))
    assert set(c.as_dict()) >= {"states", "data", "tables", "lhs", "rhs"}
    assert {"E(1)", "E(2)"} <= set(c.as_dict()["tables"])


def test_no_counterexample_for_a_true_identity():
    search = find_counterexample(d(log(Z())), -expect(d(E(x))), count=10)
    assert search.counterexample is None and search.tried == 10


def test_free_symbols_are_not_evaluable():
    one = Instance(1, (1,), (1,), (0,), (0,))
    with pytest.raises(NotEvaluable, match=r"x\^\(i\) has no value"):
        evaluate(E(xi), one)
    with pytest.raises(NotEvaluable, match=r"x\^\(2\) has no value"):
        evaluate(E(xi).subs(i, 2), one)


@pytest.mark.parametrize("kwargs, match", [
    (dict(states=0, data=(1,), weights=(), denergy=(), d2energy=()), "states"),
    (dict(states=2, data=(3,), weights=(1, 1), denergy=(0, 0), d2energy=(0, 0)), "data"),
    (dict(states=2, data=(), weights=(1, 1), denergy=(0, 0), d2energy=(0, 0)), "data"),
    (dict(states=2, data=(1,), weights=(1,), denergy=(0, 0), d2energy=(0, 0)), "weights"),
    (dict(states=2, data=(1,), weights=(0, 1), denergy=(0, 0), d2energy=(0, 0)), "positive"),
])
def test_instance_rejects_bad_input(kwargs, match):
    with pytest.raises(ValueError, match=match):
        Instance(**kwargs)


def test_random_instances_cover_unseen_and_all_states(rng):
    insts = list(random_instances(rng, 72))
    assert any(len(set(i.data)) < i.states for i in insts)       # some states unseen
    assert any(set(i.data) == set(range(1, i.states + 1)) and len(i.data) > i.states for i in insts)
    with pytest.raises(ValueError, match="count"):
        next(random_instances(rng, 0))


def test_free_state_index_is_checked_for_every_state():
    # P(x) = e^{-E(x)} / Z holds for each x; P(x) = e^{-E(x)} fails for some x: the report names it
    assert find_counterexample(P(x), exp(-E(x)) / Z(), count=6).counterexample is None
    c = find_counterexample(P(x), exp(-E(x)), count=6).counterexample
    assert c is not None and dict(c.at)["x"] in range(1, c.instance.states + 1)
    assert c.as_dict()["at"] == dict(c.at)


def test_a_side_without_a_value_where_the_other_has_one_is_a_counterexample():
    # (dE + dE^2) / dE = 1 + dE only where dE != 0; where dE = 0 the left side is 0/0 and the right
    # side is 1: the row does not hold there (DESIGN: for every smooth energy)
    lhs, rhs = (d(E(x)) + d(E(x)) ** 2) / d(E(x)), 1 + d(E(x))
    flat = next(Instance(1, (1,), (2,), (0,), (0,), seed=seed) for seed in range(99)
                if table(Instance(1, (1,), (2,), (0,), (0,), seed=seed), 1)[1] == 0)
    assert not evaluate(lhs, flat, {x: 1}).is_finite
    c = find_counterexample(lhs, rhs, count=20).counterexample
    assert c is not None and table(c.instance, dict(c.at)["x"])[1] == 0
    assert c.as_dict()["lhs"] is None and c.as_dict()["lhs_exact"].startswith("undefined")


def test_explicit_theta_is_evaluated_away_from_zero():
    from sympy import sin
    from derivation.meaning.notation import Theta
    c = find_counterexample(sin(Theta), Theta, count=8).counterexample   # equal at Theta = 0 only
    assert c is not None and c.instance.theta != 0 and c.as_dict()["theta"] == str(c.instance.theta)
    c = find_counterexample(sin(THETA), THETA, count=8).counterexample   # the model's parameter: the same
    assert c is not None and c.instance.point(THETA) != 0 and c.as_dict()["tables"]["Theta ="] != "0"
    inst = Instance(1, (1,), (2,), (3,), (0,), theta=sympy_half())
    w, d1, _ = table(inst, 1)
    assert evaluate(E(xi).subs(i, 1), inst) == inst.table_coeffs(("E", Integer(1)), (THETA,))[0]   # -ln w, exact
    assert float(exp(-evaluate(E(xi).subs(i, 1), inst))) == pytest.approx(w)   # E_k = -ln w_k at the point
    assert evaluate(d(E(xi)).subs(i, 1), inst) == d1


def sympy_half():
    from sympy import Rational
    return Rational(1, 2)


def test_complex_values_are_not_compared():
    search = find_counterexample(log(-1 - Z()), log(-2 - Z()), count=4)   # logs of negative numbers
    assert search.counterexample is None and search.tried == 0


def test_bad_arguments_are_named():
    with pytest.raises(TypeError, match="inst"):
        evaluate(Z(), "K=2")
    with pytest.raises(ValueError, match="count"):
        find_counterexample(Z(), Z(), count=0)
