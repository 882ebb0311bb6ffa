"""p(x; theta) = f(x; theta) / Z(theta) with f a new function given nowhere else (general_chains._energy_form):
f is Z p, the model's unnormalized density, in every later row (positive: its log has a value). Read as an
arbitrary function whose log was the energy, f drew values <= 0 and every step stayed undecided."""
import json
import math
from fractions import Fraction

from derivation.run.checkdoc import check_text

MODEL = "$$\np(x;\\theta) = \\frac{1}{Z(\\theta)} f(x;\\theta)\n$$\n"


def _steps(*rows):
    text = MODEL + "".join(f"\n$$\n{r}\n$$\n" for r in rows)
    return [s for der in json.loads(check_text(text).to_json())["derivations"] for s in der["steps"]]


def test_the_definition_and_the_normalizer_are_proved():
    got = _steps(r"Z(\theta) = \sum_x f(x;\theta)", r"Z(\theta) = \int f(x;\theta) dx")
    assert [s["verdict"] for s in got] == ["proved", "proved", "proved"]   # old code: undecided, every one


def test_a_log_slip_is_refuted_and_recomputed():
    *_, step = _steps(r"Z(\theta) = \sum_x \log f(x;\theta)")
    assert step["verdict"] == "invalid"
    cx = step["counterexample"]
    w = [Fraction(cx["tables"][f"E({s})"]["e^{-E}"]) for s in range(1, cx["states"] + 1)]   # f = p~ = e^{-E}
    assert float(sum(w)) == cx["lhs"] and math.isclose(sum(math.log(u) for u in w), cx["rhs"])
    assert not math.isclose(cx["lhs"], cx["rhs"])


def test_f_given_otherwise_in_another_row_keeps_the_old_reading():
    # f(x; theta) = e^{theta x} on a row of its own: f is not taken as p~ (that row would become a claim)
    got = _steps(r"f(x;\theta) = e^{\theta x}")
    assert got[-1]["verdict"] == "unjudged"
