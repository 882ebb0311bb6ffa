"""jets.py, the float evaluator of the general vocabulary, against the exact values (instances.evaluate).

The float value only proposes counterexamples, so it must agree with SymPy's exact value wherever it
gives one; a primitive it has no value for sends every instance to slow exact evaluation (issue 22).
"""
import pytest
import sympy
from sympy import Derivative, Integer, Sum, exp, log

from derivation.judge.instances import Instance, evaluate
from derivation.judge.jets import jet_value
from derivation.meaning.notation import expand_definitions
from derivation.meaning.vocabulary import K, ArbitraryFn, Base, Mass, Param, State, StateFn
from derivation.meaning.vocabulary.space import AtState
from derivation.judge.taylor import Unsupported

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


phi, xi = Param("phi"), Param("xi")
F = ArbitraryFn("f", (y,), (theta,))        # f(y, theta): an arbitrary function of the arguments written
G = ArbitraryFn("g", (), (theta + 2 * phi, phi))
ARBITRARY = [Sum(F, (y, 1, K)), Derivative(log(Sum(exp(-F), (y, 1, K))), theta),
             Derivative(Sum(F ** 2, (y, 1, K)), theta, 2), G, Derivative(G, theta, phi),
             Derivative(ArbitraryFn("h", (AtState(y, xi),), (theta,)), xi, theta)]


@pytest.mark.parametrize("row", ARBITRARY)
@pytest.mark.parametrize("seed", [0, 1, 6])
def test_arbitrary_function_has_the_exact_value(row, seed):
    inst = instance(seed)
    at = {y: Integer(2)} if row.has(AtState) else None
    assert jet_value(row, inst, at) == pytest.approx(exact_float(row, inst, at), rel=1e-10, abs=1e-12)


def test_arbitrary_function_keeps_its_transcendental_part():
    # f(theta) at theta + 1 against its quadratic part alone: a float value that dropped the e^{u} term
    # (a polynomial in u) would make a third difference vanish; the exact values do not
    inst = instance(2)
    third = sum((-1) ** (3 - k) * sympy.binomial(3, k) * ArbitraryFn("f", (), (theta + k,)) for k in range(4))
    exact = exact_float(third, inst)
    assert exact != pytest.approx(0, abs=1e-9)
    assert jet_value(third, inst) == pytest.approx(exact, rel=1e-9)


def test_unknown_object_is_still_unsupported():
    class Stranger(StateFn.__base__):   # an Obj with no float value: the exact evaluation decides
        pass
    with pytest.raises(Unsupported):
        jet_value(Stranger(Integer(1)) + theta, instance(0))


# d x / d phi of a state seen as a point (nabla_x f(x) dx/dphi, a generator's chain rule written out): 0, as
# SymPy's exact value has it; without a float value every instance of such a row went to exact evaluation
STILL = [Derivative(AtState(y, xi), phi) * ArbitraryFn("f", (y,), (theta,)),
         Derivative(AtState(y, xi), phi, theta) + ArbitraryFn("f", (y,), (theta,))]


@pytest.mark.parametrize("row", STILL)
@pytest.mark.parametrize("seed", [0, 4])
def test_a_state_does_not_move_with_the_parameters(row, seed):
    inst = instance(seed)
    at = {y: Integer(2)}
    assert jet_value(row, inst, at) == pytest.approx(exact_float(row, inst, at), rel=1e-12, abs=1e-12)


def test_a_state_moves_with_its_own_coordinate():
    # by xi (the state's own coordinate) the exact evaluation cannot take it: no float value either
    with pytest.raises(Unsupported):
        jet_value(Derivative(AtState(y, xi), xi), instance(0), {y: Integer(2)})
