"""A row whose left side is the model's energy written with its parameter (E_theta(x)) and whose right side is made of
the model's objects is a claim about the fixed energy, judged, never the definition of a new symbol (issue 18 part 4;
hostile set 5 D15: the false signs were shown, not judged, and the document exited 0)."""
import math
from fractions import Fraction

from derivation.run.checkdoc import check_text

MODEL = "$$\np_\\theta(x) = \\frac{e^{-E_\\theta(x)}}{Z_\\theta}\n$$\n\n"


def _last(row):
    """The verdict on the row at line 6 (after the model row): a step, or None when it is shown, not judged."""
    steps = [s for r in check_text(MODEL + "$$\n" + row + "\n$$\n").reports for s in r.steps if s.step.to_line == 6]
    return steps[-1] if steps else None


def test_the_energy_from_the_model_is_proved():
    s = _last(r"E_\theta(x) = -\log p_\theta(x) - \log Z_\theta")
    assert s is not None and s.verdict == "proved", s.explanation


def test_the_energy_with_the_signs_wrong_is_refuted_and_recomputed_here():
    s = _last(r"E_\theta(x) = \log p_\theta(x) + \log Z_\theta")
    assert s is not None and s.verdict == "invalid", s.explanation
    cx = s.counterexample.as_dict()
    k = cx["states"]
    w = [Fraction(cx["tables"][f"E({i})"]["e^{-E}"]) for i in range(1, k + 1)]
    at = cx.get("at", {}).get("x", 1)
    z = sum(w)
    lhs = -math.log(w[at - 1])                        # E(x) = -log e^{-E(x)}
    rhs = math.log(w[at - 1] / z) + math.log(z)       # log p(x) + log Z = log e^{-E(x)} = -E(x)
    assert math.isclose(lhs, cx["lhs"], abs_tol=1e-9) and math.isclose(rhs, cx["rhs"], abs_tol=1e-9)
    assert not math.isclose(lhs, rhs)


def test_an_energy_written_out_stays_a_definition():
    s = _last(r"E_\theta(x) = \theta x^2")
    assert s is None or s.verdict == "unjudged", s.explanation
