"""derivation/meaning/roles_functions.py: application or product. A letter the document writes only before an
argument list (z(theta), h(x), eta(theta)) is a function; a state letter or a parameter also written alone
keeps both readings (readings_others.APPLIED): a step the two readings disagree on is undecided, never
decided by the product reading alone."""
import json

import sympy

from derivation.run.checkdoc import check_text
from derivation.read.general import parse_general as p
from derivation.meaning.roles_functions import applied_and_alone, applied_only

STEP_SECONDS = 30   # verdicts, not speed (the machine may be loaded)


def steps(tex):
    d = json.loads(check_text(f"$$\n{tex}\n$$\n", timeout=STEP_SECONDS).to_json())
    return [s for der in d.get("derivations", [d]) for s in der["steps"] if s["verdict"] != "unjudged"]


def test_letters_only_applied_are_functions_and_letters_also_alone_are_not():
    asts = [p(r"\frac{1}{z(\theta)} h(x) e^{\eta(\theta) s(x)}"), p(r"\log z(\theta) + x")]
    assert applied_only(asts) == {"z", "h", "eta", "s"}
    assert applied_only(asts + [p("z + 1")]) == {"h", "eta", "s"}
    assert applied_only([p("z_i + z(x)")]) == set()              # z_i names a quantity z
    assert applied_and_alone([p(r"z(\theta) + z")], {"z"}) == {"z"}
    assert applied_and_alone([p(r"z(\theta + 1) + z")], {"z"}) == set()   # not a list of letters: a product


def test_a_valid_identity_about_a_function_is_proved():
    got = steps(r"\frac{\partial}{\partial \theta} \left(\theta z(\theta)\right) = z(\theta) + \theta "
                r"\frac{\partial z(\theta)}{\partial \theta}")
    assert [s["verdict"] for s in got] == ["proved"]


def test_z_of_theta_as_a_function_refutes_what_only_the_product_makes_true():
    # (z theta)' = z = (z theta) / theta holds for a product; for a function z it fails (main read it so)
    got = steps(r"\frac{\partial}{\partial \theta} z(\theta) = \frac{z(\theta)}{\theta}")
    assert [s["verdict"] for s in got] == ["invalid"]
    ce = got[0]["counterexample"]
    table = next(v for k, v in ce["tables"].items() if k.startswith("z("))
    theta = sympy.Rational(ce["tables"]["theta ="])
    t = sympy.Symbol("t")
    # the printed function: value + d t + d2 t^2/2 + c (e^t - 1 - t - t^2/2)
    z = (sympy.Rational(table["value"]) + table["d/dz.1"] * t + sympy.Rational(table["d2/dz.12"]) * t ** 2 / 2
         + table["e^{z.1} coefficient"] * (sympy.exp(t) - 1 - t - t ** 2 / 2))
    left, right = sympy.diff(z, t).subs(t, theta), (z / t).subs(t, theta)
    assert sympy.simplify(left - right) != 0
    assert abs(float(left) - ce["lhs"]) < 1e-9 and abs(float(right) - ce["rhs"]) < 1e-9


def test_a_letter_also_written_alone_has_both_readings_and_they_disagree_undecided():
    got = steps(r"\frac{\partial}{\partial \theta} z(\theta) = \frac{z(\theta)}{\theta} + z - z")
    assert [s["verdict"] for s in got] == ["undecided"]
    assert "function applied" in got[0]["explanation"]
