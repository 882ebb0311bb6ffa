"""roles_marks.py: a lower-case z under the model's Boltzmann form, p(x) = e^{-E(x)}/z, is the model's Z
(p normalized, E the model's energy: the row itself says z sums e^{-E}); a later row writing z means Z.
A z that is a state anywhere, or under a form that is not e^{-E} of the same arguments, stays arbitrary."""
import json
import math

import pytest

from derivation.run.checkdoc import check_text
from derivation.read.general import parse_general
from derivation.meaning.roles import find_roles

STEP_SECONDS = 30
MODEL = r"p(x) = \frac{1}{z}\exp(-E(x))"


def judged(*rows):
    text = "".join(f"$$\n{r}\n$$\n\n" for r in rows)
    d = json.loads(check_text(text, timeout=STEP_SECONDS).to_json())
    return [s for x in d.get("derivations", [d]) for s in x["steps"] if s["verdict"] != "unjudged"]


def roles(*rows):
    sides = [[parse_general(side) for side in r.split("=")] for r in rows]
    return find_roles([a for s in sides for a in s], rows=sides)


@pytest.mark.parametrize("row", [MODEL, r"p(o, h) = \frac{1}{z}\exp\left(-E(o, h)\right)",
                                 r"p(x) = \frac{e^{-\beta E(x)}}{z}",
                                 # p normalized: z sums what it divides, whatever the document's own f (the
                                 # document's model, issue 21 part 2)
                                 r"p(x) = \frac{1}{z}\exp(-f(x))", r"p(x) = \frac{1}{z(\theta)} h(x) e^{\theta s(x)}"])
def test_z_under_the_boltzmann_form_is_the_models_z(row):
    assert roles(row).normalizers == {"z"}


@pytest.mark.parametrize("rows", [
    (MODEL, r"q(x) = \sum_z p(x, z)"),                       # z a state elsewhere
    (r"p(x) = \frac{1}{z}\exp(-f(y))",),                     # not of the distribution's state
    (r"p(x) = \frac{1}{z}\exp(-E(y))",),                     # not the same arguments
])
def test_z_stays_arbitrary_otherwise(rows):
    assert "z" not in roles(*rows).normalizers


def test_the_model_row_and_the_log_of_it_are_proved():
    assert [s["verdict"] for s in judged(MODEL, r"\log p(x) = -E(x) - \log z")] == ["proved", "proved"]


def test_the_gradient_of_log_z_is_proved():
    got = judged(MODEL, r"\frac{\partial \log z}{\partial \theta} = -\sum_x p(x) \frac{\partial E(x)}{\partial \theta}")
    assert [s["verdict"] for s in got][-1] == "proved"


def test_the_sign_slip_on_log_z_is_refuted_with_its_counterexample():
    got = judged(MODEL, r"\log p(x) = -E(x) + \log z")
    assert [s["verdict"] for s in got][-1] == "invalid"
    ce = got[-1]["counterexample"]
    w = {k: float(eval(v["e^{-E}"].replace("^", "**"))) for k, v in ce["tables"].items() if k.startswith("E(")}
    z = sum(w.values())
    x = f"E({ce.get('at', {}).get('x', 1)})"
    left, right = math.log(w[x] / z), math.log(w[x]) + math.log(z)
    assert abs(left - right) > 1e-9
    assert math.isclose(left, ce["lhs"], rel_tol=1e-9) and math.isclose(right, ce["rhs"], rel_tol=1e-9)
