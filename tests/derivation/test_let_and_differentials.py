"""Two notations of tirmisula-style notes, as classes: `\\text{Let } \\text{part1} = ...` names a new symbol (shown,
then used by its definition: latex/definition_signs.named_symbol), and one integral sign with several
differentials, `\\int f\\, dv\\, dh` or glued `dvdh`, is the integral over each (general_operators.apply)."""
import json
import math
from fractions import Fraction

from derivation.run.checkdoc import check_text

MODEL = "$$\np(v,h) = \\frac{1}{Z} e^{-E(v,h)}\n$$\n"


def _steps(text):
    d = json.loads(check_text(text).to_json())
    return [s for der in d.get("derivations", [d]) for s in der["steps"]]


def _display(*rows):
    return "".join(f"\n$$\n{r}\n$$\n" for r in rows)


def test_one_sign_with_two_differentials_is_read():
    for dv in (r"dv\,dh", "dvdh"):   # old code: unreadable ("unexpected d")
        *_, step = _steps(MODEL + _display(r"\int \frac{1}{Z} e^{-E(v,h)}\, " + dv + " = 1"))
        assert step["verdict"] in ("proved", "holds"), step
    *_, step = _steps(MODEL + _display(r"\int\int \frac{1}{Z} e^{-E(v,h)}\, dv\,dh = 1"))
    assert step["verdict"] in ("proved", "holds")   # two signs: each takes its own differential, as before


def test_a_wrong_total_is_refuted():
    *_, step = _steps(MODEL + _display(r"\int \frac{1}{Z} e^{-E(v,h)}\, dvdh = 2"))
    assert step["verdict"] == "invalid"
    cx = step["counterexample"]   # whatever the instance: the joint sums to one
    assert Fraction(cx["lhs_exact"]) == 1 and Fraction(cx["rhs_exact"]) == 2


LET = r"\text{Let } \text{part} = \nabla_\theta \log Z_\theta"


def test_let_names_a_new_symbol_used_by_its_definition():
    got = _steps(_display(LET, r"\text{part} = \frac{\nabla_\theta Z_\theta}{Z_\theta}"))
    assert [s["verdict"] for s in got] == ["unjudged", "proved"]   # old code: judged, undecided, undecided


def test_a_slip_about_the_named_symbol_is_refuted_and_recomputed():
    *_, step = _steps(_display(LET, r"\text{part} = \nabla_\theta Z_\theta"))
    assert step["verdict"] == "invalid"
    cx = step["counterexample"]
    states = range(1, cx["states"] + 1)
    mu = {s: Fraction(cx["tables"].get(f"mass({s})", 1)) for s in states}
    w = {s: Fraction(cx["tables"][f"E({s})"]["e^{-E}"]) for s in states}
    d = {s: Fraction(cx["tables"][f"E({s})"]["d/dtheta"]) for s in states}
    z = sum(mu[s] * w[s] for s in states)
    dz = sum(mu[s] * w[s] * -d[s] for s in states)
    assert math.isclose(float(dz / z), cx["lhs"]) and math.isclose(float(dz), cx["rhs"]) and z != 1


def test_let_on_an_object_of_the_vocabulary_stays_a_claim():
    *_, step = _steps(_display(r"\text{Let } Z = \sum_x e^{E(x)}"))
    assert step["verdict"] == "invalid"   # Z has its fixed meaning: `Let` never hides a slip about it


def test_let_on_a_state_letter_names_nothing():
    # `\text{and } v = 1` gives a state a value on that row: v is never replaced by 1 in the rows after it
    d = json.loads(check_text(_display(r"\text{and } v = 1", r"\sum_v p(v) = 1")).to_json())
    notes = [n for der in d.get("derivations", [d]) for r in der["rows"] for n in r["notes"]]
    assert not any("defines v" in n for n in notes)
    assert [s["verdict"] for der in d.get("derivations", [d]) for s in der["steps"] if s["verdict"] != "unjudged"] \
        == ["proved"]
