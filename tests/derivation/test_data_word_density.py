"""p(\\text{data}) under an integral over the states, in a document that draws x ~ p(\\text{data}), is the data
density at the integration variable (derivation/meaning/meaning_implicit.py); it was read as the model's probability of a
state named `data`. Counterexamples recomputed here from the printed tables."""
import math
from collections import Counter
from fractions import Fraction

from ._verdicts import display_steps

AVERAGE = r"\mathbb{E}_{x\sim p(\text{data})}[\log p(x|\theta)] = "


def test_the_data_average_as_an_integral_is_proved():
    step, = display_steps(AVERAGE + r"\int p(\text{data}) \log p(x|\theta)\, dx")   # old code: undecided
    assert step.verdict == "proved"


def test_a_dropped_log_is_refuted_and_recomputed():
    step, = display_steps(AVERAGE + r"\int p(\text{data})\, p(x|\theta)\, dx")
    assert step.verdict == "invalid"
    cx = step.counterexample.as_dict()
    states = range(1, cx["states"] + 1)
    mu = {s: Fraction(cx["tables"].get(f"mass({s})", 1)) for s in states}
    w = {s: Fraction(cx["tables"][f"E({s})"]["e^{-E}"]) for s in states}
    z = sum(mu[s] * w[s] for s in states)
    p = {s: w[s] / z for s in states}                                   # density of the model w.r.t. mu
    n, counts = len(cx["data"]), Counter(cx["data"])
    p_data = {s: Fraction(counts[s], n) / mu[s] for s in states}       # density of the data w.r.t. mu
    lhs = sum(math.log(p[x]) for x in cx["data"]) / n
    rhs = sum(mu[s] * p_data[s] * p[s] for s in states)
    assert math.isclose(lhs, cx["lhs"]) and math.isclose(float(rhs), cx["rhs"]) and not math.isclose(lhs, float(rhs))


def test_without_the_data_drawn_it_is_not_guessed():
    # p(data) may be the probability of the data set: with no x ~ p(data) in the document, never read as p_data(x)
    steps = display_steps(r"L = \int p(\text{data}) \log p(x|\theta)\, dx = \int p(\text{data})\, p(x|\theta)\, dx")
    assert all(s.verdict != "invalid" for s in steps)
