"""jets.py, the float evaluator of the general vocabulary, against the exact values (instances.evaluate).

The float value only proposes counterexamples, so it must agree with SymPy's exact value wherever it
gives one; a primitive it has no value for sends every instance to slow exact evaluation (issue 22).
"""
import pytest
import sympy
from sympy import Derivative, Integer, Sum, exp, log

from derivation.instances import Instance, evaluate
from derivation.jets import jet_value
from derivation.notation import expand_definitions
from derivation.vocabulary import K, Base, Mass, Param, State, StateFn
from derivation.taylor import Unsupported

theta = Param("theta")
y = State("y")


def instance(seed, states=3):
    return Instance(states=states, data=tuple(1 + k % states for k in range(4)), weights=(1,) * states,
                    denergy=(0,) * states, d2energy=(0,) * states, seed=seed)


def exact_float(e, inst, at=None):
    return float(sympy.N(evaluate(e, inst, at), 30))


# an exponential family with a base measure: log Z(theta) = log sum_y h(y) e^{theta T(y)}, its gradient
LOG_Z = log(Sum(Base("h", y) * exp(theta * StateFn("T", 0, y)), (y, 1, K)))
ROWS = [LOG_Z, Derivative(LOG_Z, theta),
        Sum(Base("h", y) * Mass(y) * StateFn("T", 0, y, (theta,)) ** 2, (y, 1, K))]


@pytest.mark.parametrize("row", ROWS)
@pytest.mark.parametrize("seed", [0, 3, 7])
def test_base_measure_has_the_exact_value(row, seed):
    e = expand_definitions(row)
    inst = instance(seed)
    assert jet_value(e, inst) == pytest.approx(exact_float(e, inst), rel=1e-12, abs=1e-12)


def test_base_measure_at_a_free_state():
    e = Base("h", y) * 2
    for s in (1, 2, 3):
        inst = instance(5)
        assert jet_value(e, inst, {y: Integer(s)}) == pytest.approx(exact_float(e, inst, {y: s}), rel=1e-14)


def test_the_base_measure_is_drawn_per_state():
    # a float value that ignored the state would give every h(y) one number: the sum would be K h(1)
    inst = instance(11, states=6)
    values = {jet_value(Base("h", y), inst, {y: Integer(s)}) for s in range(1, 7)}
    assert len(values) > 1


def test_unknown_object_is_still_unsupported():
    class Stranger(StateFn.__base__):   # an Obj with no float value: the exact evaluation decides
        pass
    with pytest.raises(Unsupported):
        jet_value(Stranger(Integer(1)) + theta, instance(0))
