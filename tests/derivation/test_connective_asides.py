"""A row that starts with \\because or \\therefore between the rows of a chain is the author's aside: its own
claim, judged on its own; the next `= ...` row goes on from the row before the aside (reader.py). It was a row
of the chain: the next step compared the aside's right side with the chain's next row (a valid step refuted)."""
import json
import math
from fractions import Fraction

from derivation.run.checkdoc import check_text

ROWS = [r"\nabla_\theta \log Z_\theta &= \frac{\nabla_\theta Z_\theta}{Z_\theta}",
        r"&\because Z_\theta = \sum_x e^{-E_\theta(x)}"]


def _steps(*rows):
    text = "$$\n\\begin{align*}\n" + " \\\\\n".join(rows) + "\n\\end{align*}\n$$\n"
    d = json.loads(check_text(text).to_json())
    return [s for der in d.get("derivations", [d]) for s in der["steps"]]


def test_the_step_after_an_aside_goes_on_from_the_row_before_it():
    got = _steps(*ROWS, r"&= \frac{1}{Z_\theta}\sum_x \nabla_\theta e^{-E_\theta(x)}")
    assert sorted((s["from_line"], s["to_line"], s["verdict"]) for s in got) == [
        (3, 3, "proved"), (3, 5, "proved"), (4, 4, "proved")]   # old code: 4 -> 5, Z against the gradient


def test_a_sign_slip_after_an_aside_is_refuted_and_recomputed():
    got = _steps(*ROWS, r"&= \frac{1}{Z_\theta}\sum_x e^{-E_\theta(x)} \nabla_\theta E_\theta(x)")
    step, = [s for s in got if s["to_line"] == 5]
    assert step["verdict"] == "invalid" and step["from_line"] == 3
    cx = step["counterexample"]
    states = range(1, cx["states"] + 1)
    if "tables" in cx:   # the general vocabulary's tables
        mu = {s: Fraction(cx["tables"].get(f"mass({s})", 1)) for s in states}
        w = {s: Fraction(cx["tables"][f"E({s})"]["e^{-E}"]) for s in states}
        d = {s: Fraction(cx["tables"][f"E({s})"]["d/dtheta"]) for s in states}
    else:                # the post's instance: e^{-E_k} = weights[k] / scale, dE_k/dtheta = denergy[k]
        mu = {s: 1 for s in states}
        w = {s: Fraction(cx["weights"][s - 1]) / Fraction(cx.get("scale", 1)) for s in states}
        d = {s: Fraction(cx["denergy"][s - 1]) for s in states}
    z = sum(mu[s] * w[s] for s in states)
    lhs = sum(mu[s] * w[s] * -d[s] for s in states) / z   # dZ/Z = -sum mu e^{-E} E' / Z
    rhs = sum(mu[s] * w[s] * d[s] for s in states) / z
    assert math.isclose(float(lhs), cx["lhs"]) and math.isclose(float(rhs), cx["rhs"]) and lhs != rhs


def test_a_connective_opening_the_display_starts_the_chain():
    # \therefore on the first row is no aside: the row after it goes on from it, as before
    got = _steps(r"\therefore \log Z_\theta &= \log \sum_x e^{-E_\theta(x)}", r"&= \log Z_\theta")
    assert [(s["from_line"], s["to_line"]) for s in got] == [(3, 3), (3, 4)]
    assert [s["verdict"] for s in got] == ["proved", "proved"]
