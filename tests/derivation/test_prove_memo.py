"""prove.py remembers the proof of a pair (issue 22): the rows' other readings and the claim's track ask for the same
pair again, and a proof is a pure function of the two sides. The second call gives the same Proof without
normalizing; an unevaluated pair is its own; a proof ended by an exception inside SymPy is not remembered."""
import sympy
from sympy import exp, log

from derivation.judge import prove as prove_module
from derivation.meaning import normal_form
from derivation.meaning.notation import E, Theta, d, state_sum, x


def _refuse(self, e):
    raise AssertionError("normalized a pair already proved")


def test_a_pair_is_proved_once(monkeypatch):
    z = state_sum(exp(-E(x)))
    lhs, rhs = d(log(z)), d(z) / z
    first = prove_module.prove(lhs, rhs)
    assert first.proved and first.rules == ("derivative of log",)
    monkeypatch.setattr(normal_form.Normalizer, "norm", _refuse)
    assert prove_module.prove(lhs, rhs) == first


def test_an_unevaluated_pair_is_its_own():
    # the same sides built unevaluated (built.py) normalize under other rules: never the evaluated pair's proof
    a, b = E(x) * 3, E(x) + 2 * E(x)
    prove_module.prove(a, b)
    assert (a, b, True) in prove_module._PROOFS and (a, b, False) not in prove_module._PROOFS
    with sympy.evaluate(False):
        prove_module.prove(a, b)
    assert (a, b, False) in prove_module._PROOFS


def test_a_proof_ended_by_an_exception_is_not_remembered(monkeypatch):
    def deep(self, e):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(normal_form.Normalizer, "norm", deep)
    lhs, rhs = Theta ** 3 * E(x), E(x) * Theta ** 2 * (Theta + 1) - Theta ** 2 * E(x)
    assert prove_module.prove(lhs, rhs).error.startswith("RecursionError")
    assert (lhs, rhs, True) not in prove_module._PROOFS
