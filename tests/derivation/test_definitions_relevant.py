"""derivation/judge/definitions_respected.py: a refutation is left undecided only for breaking a definition of
something the step uses. A model written p(x | theta) = (1/Z(theta)) e^{theta T(x)} is the model's definition
(general_chains.py: its energy is -theta T(x), bound for the rows after it): a step about other letters is
judged on its own, and a slip about the model is refuted on an instance that keeps the definition."""
import json
from fractions import Fraction

from derivation.run.checkdoc import check_text

STEP_SECONDS = 30
MODEL = "$$\np(x \\mid \\theta) = \\frac{1}{Z(\\theta)} e^{\\theta T(x)}\n$$\n\n"


def steps(*displays):
    d = json.loads(check_text(MODEL + "".join(f"$$\n{t}\n$$\n\n" for t in displays), timeout=STEP_SECONDS).to_json())
    return [s for der in d.get("derivations", [d]) for s in der["steps"] if s["verdict"] != "unjudged"]


def test_a_step_that_uses_nothing_of_the_definition_is_refuted():
    got = steps("(a + b)^2 = a^2 + b^2")
    assert [s["verdict"] for s in got] == ["invalid"]
    t = got[0]["counterexample"]["tables"]
    a, b = Fraction(t["a ="]), Fraction(t["b ="])
    assert (a + b) ** 2 != a ** 2 + b ** 2 and float((a + b) ** 2) == got[0]["counterexample"]["lhs"]


def test_the_models_own_identity_is_proved_with_its_definition():
    got = steps(r"\frac{\partial}{\partial \theta} \log Z(\theta) = \sum_x p(x \mid \theta) T(x)")
    assert [s["verdict"] for s in got] == ["proved"]


def test_a_slip_about_the_model_is_refuted_on_an_instance_that_keeps_the_definition():
    got = steps(r"\frac{\partial}{\partial \theta} \log Z(\theta) = 2 \theta")
    assert [s["verdict"] for s in got] == ["invalid"]
    ce = got[0]["counterexample"]
    theta = Fraction(ce["tables"]["theta ="])
    t = {int(k[2:-1]): Fraction(v["value"]) for k, v in ce["tables"].items() if k.startswith("T(")}
    # Z = sum_x e^{theta T(x)}: d log Z / d theta = E[T], with p(x) proportional to e^{theta T(x)}
    import math
    w = {x: math.exp(theta * tx) for x, tx in t.items()}
    mean = sum(w[x] * t[x] for x in t) / sum(w.values())
    assert abs(mean - ce["lhs"]) < 1e-9 and float(2 * theta) == ce["rhs"] and abs(mean - 2 * theta) > 1e-6


def test_relevance_by_name():
    import sympy

    from derivation.judge.definitions_respected import relevant
    from derivation.meaning.vocabulary.functions import Arbitrary
    a, b, g = Arbitrary("a"), Arbitrary("b"), Arbitrary("g")
    assert relevant((g, a + 1, 3, "symbol"), g * 2, b) and not relevant((g, a + 1, 3, "symbol"), a * 2, b)
    assert relevant((g, a, 3, "symbol"), None, b)   # unknown sides: kept, as before
    assert not relevant((sympy.Integer(1), a, 3, "model"), a, b)   # no model object in the step


JOINT = "$$\nF_{rbm}(x, h) = \\frac{1}{Z} e^{-E(x, h)}\n$$\n\n"


def test_a_letter_defined_for_two_states_then_for_one_is_a_second_definition_not_a_claim():
    # F(x) = sum_h F(x, h) sets F of one state (the labeller's "we set"): shown, never refuted with unrelated F's
    d = json.loads(check_text(JOINT + "$$\nF_{rbm}(x) = \\sum_h F_{rbm}(x, h)\n$$\n\n"
                              "$$\nF_{rbm}(x) = \\frac{1}{Z} \\sum_h e^{-E(x, h)}\n$$\n\n"
                              "$$\nF_{rbm}(x) = \\frac{2}{Z} \\sum_h e^{-E(x, h)}\n$$\n", timeout=STEP_SECONDS).to_json())
    got = [(s["to_line"], s["verdict"]) for der in d["derivations"] for s in der["steps"]]
    assert got[:2] == [(2, "unjudged"), (6, "unjudged")]
    assert got[2] == (10, "proved")    # both definitions bind: F(x) is the marginal of the joint
    assert got[3] == (14, "invalid")   # and a slip about it is refuted
