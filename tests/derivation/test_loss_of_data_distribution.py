"""L(theta; p) with p the document's data distribution (q_theta the model) is the model's NLL under that data
(meaning.loss): it was unreadable as 'L(... | ...) with a bar'. L(theta | v) stays unread (the likelihood
given v or the NLL: never guessed)."""
import json
import math
from collections import Counter
from fractions import Fraction

from derivation.run.checkdoc import check_text

GRAD = r"\nabla_{\theta}\mathcal{L}_{\text{MLE}}(\theta;p) = "


def _steps(row):
    d = json.loads(check_text(f"$$\n{row}\n$$\n").to_json())
    return [s for der in d.get("derivations", [d]) for s in der["steps"]]


def test_the_gradient_of_the_loss_under_the_data_is_proved():
    step, = _steps(GRAD + r"-\mathbb{E}_{p(x)}\left[\nabla_{\theta}\log q_{\theta}(x)\right]")
    assert step["verdict"] == "proved"   # old code: unreadable


def test_a_sign_slip_is_refuted_and_recomputed():
    step, = _steps(GRAD + r"\mathbb{E}_{p(x)}\left[\nabla_{\theta}\log q_{\theta}(x)\right]")
    assert step["verdict"] == "invalid"
    cx = step["counterexample"]
    states = range(1, cx["states"] + 1)
    mu = {s: Fraction(cx["tables"].get(f"mass({s})", 1)) for s in states}
    w = {s: Fraction(cx["tables"][f"E({s})"]["e^{-E}"]) for s in states}
    d = {s: Fraction(cx["tables"][f"E({s})"]["d/dtheta"]) for s in states}
    z = sum(mu[s] * w[s] for s in states)
    model_mean = sum(mu[s] * w[s] * d[s] for s in states) / z          # E_q[dE/dtheta]
    score = {s: -d[s] + model_mean for s in states}                      # d log q(s) / d theta
    n = len(cx["data"])
    data_mean = sum(Fraction(c, n) * score[s] for s, c in Counter(cx["data"]).items())
    assert math.isclose(float(-data_mean), cx["lhs"]) and math.isclose(float(data_mean), cx["rhs"])
    assert data_mean != 0


def test_a_bar_with_a_state_stays_unread():
    step, = _steps(r"\nabla_{\theta}\mathcal{L}(\theta | x) = -\nabla_{\theta}\log q_{\theta}(x)")
    assert step["verdict"] != "invalid" and step["verdict"] != "proved"
